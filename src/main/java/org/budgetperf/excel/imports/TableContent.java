package org.budgetperf.excel.imports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.budgetperf.declaration.FundSource;

/** What one table of a sheet holds, as read, each piece with the place it came from. */
final class TableContent {

    record Field(String text, BigDecimal number, int row, int column) {
    }

    /**
     * A fund source's line; {@code executed} is a monitoring form's 1-6月实际执行数 (its column, where there is one);
     * {@code annualColumn} is the 全年预算数 column where the funds block has one (a blank amount is warned there).
     */
    record Fund(FundSource source, BigDecimal annual, BigDecimal halfYear, BigDecimal executed, Integer executedColumn,
                int row, Integer annualColumn) {
    }

    record Expenditure(String name, BigDecimal annual, BigDecimal halfYear, int row) {
    }

    record Duty(String duty, String task, String project, BigDecimal amount, int row) {
    }

    record BudgetExecution(String name, BigDecimal initial, BigDecimal adjustment, BigDecimal adjusted,
                           BigDecimal actual, int row) {
    }

    record Indicator(int row, String level1, String level2, String level3, String description, String halfYearValue,
                     String fullYearValue, String explanation, String basis, String formula, String scoringRule,
                     BigDecimal weight, String actualValue, String actualSource, String cause, String halfYearActual,
                     String expectedFullYear, String statement, String measures) {
    }

    final String sheet;
    final int firstRow;
    String title;
    Integer yearInHeading;
    String fundUnit;
    Field unlabelledOrganization;
    final Map<TableField, Field> fields = new EnumMap<>(TableField.class);
    final List<Fund> funds = new ArrayList<>();
    final List<Expenditure> expenditures = new ArrayList<>();
    final List<Duty> duties = new ArrayList<>();
    final List<BudgetExecution> budgetExecution = new ArrayList<>();
    final List<Indicator> indicators = new ArrayList<>();
    IndicatorHeader header;
    final List<ImportProblem> problems = new ArrayList<>();

    TableContent(String sheet, int firstRow) {
        this.sheet = sheet;
        this.firstRow = firstRow;
    }

    String text(TableField field) {
        Field found = fields.get(field);
        return found == null || found.text().isBlank() ? null : found.text();
    }

    void error(int row, int column, String field, String message) {
        problems.add(ImportProblem.error(sheet, row, column, field, message));
    }

    void warn(int row, int column, String field, String message) {
        problems.add(ImportProblem.warning(sheet, row, column, field, message));
    }

    void add(ImportProblem.Severity severity, int row, int column, String field, String message) {
        problems.add(ImportProblem.at(severity, sheet, row, column, field, message));
    }
}
