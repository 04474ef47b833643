package org.budgetperf.excel.imports;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.groups.Default;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetperf.declaration.TargetRequest;
import org.springframework.stereotype.Component;

/**
 * Applies the declaration's own validation rules to a table read from a workbook and reports each broken rule
 * at the cell it came from: a draft's rules as errors, what only a submission needs
 * ({@link TargetRequest.Submission}, e.g. a blank target value) as warnings, since the draft is stored incomplete.
 */
@Component
class RequestChecks {

    private static final Pattern INDEXED = Pattern.compile("(\\w+)\\[(\\d+)]\\.(\\w+)");
    private static final Map<String, TableField> FIELDS = Map.ofEntries(
            Map.entry("name", TableField.NAME), Map.entry("code", TableField.CODE),
            Map.entry("budgetYear", TableField.BUDGET_YEAR), Map.entry("departmentCode", TableField.SUPERVISING_DEPARTMENT),
            Map.entry("unitCode", TableField.UNIT), Map.entry("category", TableField.CATEGORY),
            Map.entry("projectLevel", TableField.PROJECT_LEVEL), Map.entry("startYear", TableField.START_YEAR),
            Map.entry("endYear", TableField.END_YEAR), Map.entry("responsiblePerson", TableField.RESPONSIBLE_PERSON),
            Map.entry("contactPhone", TableField.CONTACT_PHONE), Map.entry("headCount", TableField.HEAD_COUNT));
    private static final Map<String, ColumnRole> COLUMNS = Map.of(
            "level1", ColumnRole.LEVEL1, "level2", ColumnRole.LEVEL2, "level3", ColumnRole.LEVEL3,
            "halfYearValue", ColumnRole.HALF_YEAR_VALUE, "fullYearValue", ColumnRole.FULL_YEAR_VALUE,
            "weight", ColumnRole.WEIGHT);

    private final Validator validator;

    RequestChecks(Validator validator) {
        this.validator = validator;
    }

    /** Checks every rule except those on {@code pending} properties, which the importing user still has to supply. */
    void check(TableContent table, TargetRequest request, Set<String> pending) {
        if (table.problems.stream().anyMatch(ImportProblem::isError)) {
            return;
        }
        report(table, request, pending, ImportProblem.Severity.ERROR);
        report(table, request, pending, ImportProblem.Severity.WARNING);
    }

    private void report(TableContent table, TargetRequest request, Set<String> pending,
                        ImportProblem.Severity severity) {
        Class<?> group = severity == ImportProblem.Severity.ERROR ? Default.class : TargetRequest.Submission.class;
        validator.validate(request, group).stream()
                .filter(violation -> !pending.contains(violation.getPropertyPath().toString()))
                .sorted(Comparator.comparing(violation -> violation.getPropertyPath().toString()))
                .forEach(violation -> report(table, violation, severity));
    }

    private static void report(TableContent table, ConstraintViolation<TargetRequest> violation,
                               ImportProblem.Severity severity) {
        String path = violation.getPropertyPath().toString();
        String message = violation.getMessage();
        Matcher indexed = INDEXED.matcher(path);
        if (indexed.matches()) {
            int index = Integer.parseInt(indexed.group(2));
            switch (indexed.group(1)) {
                case "indicators" -> {
                    ColumnRole role = COLUMNS.get(indexed.group(3));
                    Integer column = role == null ? null : table.header.column(role);
                    table.add(severity, table.indicators.get(index).row(), column == null ? -1 : column,
                            role == null ? null : role.label(), message);
                }
                case "funds" -> {
                    TableContent.Fund fund = table.funds.get(index);
                    Integer column = "annualBudget".equals(indexed.group(3)) ? fund.annualColumn() : null;
                    table.add(severity, fund.row(), column == null ? -1 : column, "资金来源", message);
                }
                case "expenditures" -> table.add(severity, table.expenditures.get(index).row(), -1, "支出项目", message);
                case "dutyGoals" -> table.add(severity, table.duties.get(index).row(), -1, "年度履职目标", message);
                default -> table.add(severity, table.firstRow, -1, null, message);
            }
            return;
        }
        TableField field = FIELDS.get(path);
        TableContent.Field written = field == null ? null : table.fields.get(field);
        if (written != null) {
            table.add(severity, written.row(), written.column(), field.label(), message);
        } else {
            table.add(severity, table.firstRow, -1, field == null ? null : field.label(), message);
        }
    }
}
