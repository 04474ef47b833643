package org.budgetperf.excel.imports;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetperf.declaration.FundSource;

/**
 * Reads everything above an indicator table: key-value rows (label in one cell, value in the next filled cell,
 * or “label：value” in one cell), the year and money unit, fund sources (with a monitoring form's 1-6月实际执行数),
 * spending lines, duty goals and the budget-execution block of a self-evaluation.
 */
final class HeadingReader {

    private static final Pattern YEAR = Pattern.compile("(20\\d{2})\\s*年度");
    private static final Pattern CODED_ORGANIZATION = Pattern.compile("\\d{6,}\\s*\\S.*");
    private static final Pattern ENUMERATION = Pattern.compile("^([一二三四五六七八九十]+、|\\d+[、.．]|[(（][一二三四五六七八九十\\d]+[)）])");

    private final SheetGrid grid;
    private final TableContent table;
    private Integer annualColumn;
    private Integer halfYearColumn;
    private Integer executedColumn;
    private Block block;

    private HeadingReader(SheetGrid grid, TableContent table) {
        this.grid = grid;
        this.table = table;
    }

    static void read(SheetGrid grid, int from, int to, TableContent table) {
        HeadingReader reader = new HeadingReader(grid, table);
        for (int row = from; row < to; row++) {
            if (!grid.isBlankRow(row)) {
                reader.readRow(row, grid.distinctCells(row));
            }
        }
    }

    private void readRow(int row, List<SheetGrid.Located> cells) {
        noteYearAndUnit(cells);
        if (startsBlock(row, cells)) {
            return;
        }
        if (block != null && block.take(row, cells)) {
            return;
        }
        block = null;
        readLabels(row, cells);
    }

    private void noteYearAndUnit(List<SheetGrid.Located> cells) {
        for (SheetGrid.Located cell : cells) {
            if (table.fundUnit == null) {
                MoneyLabels.unitDeclared(cell.text()).ifPresent(unit -> table.fundUnit = unit);
            }
        }
        if (table.yearInHeading == null && cells.size() <= 2) {
            Matcher year = YEAR.matcher(cells.get(0).text());
            if (year.find()) {
                table.yearInHeading = Integer.valueOf(year.group(1));
            }
        }
    }

    private boolean startsBlock(int row, List<SheetGrid.Located> cells) {
        Optional<Integer> annual = columnOf(cells, MoneyLabels.ANNUAL);
        if (annual.isPresent() && columnOf(cells, MoneyLabels.BUDGET_INITIAL).isEmpty()) {
            annualColumn = annual.get();
            halfYearColumn = columnOf(cells, MoneyLabels.HALF_YEAR).orElse(null);
            executedColumn = columnOf(cells, MoneyLabels.HALF_YEAR_EXECUTED).orElse(null);
            block = MoneyLabels.SPENDING_BLOCK.contains(cells.get(0).key()) ? new SpendingBlock() : null;
            return true;
        }
        Optional<Integer> project = columnOf(cells, MoneyLabels.DUTY_PROJECT);
        Optional<Integer> duty = columnOf(cells, MoneyLabels.DUTY);
        if (project.isPresent() && duty.isPresent()) {
            block = new DutyBlock(duty.get(), columnOf(cells, MoneyLabels.DUTY_TASK).orElse(null), project.get(),
                    columnOf(cells, MoneyLabels.DUTY_AMOUNT).orElse(null));
            return true;
        }
        Optional<Integer> initial = columnOf(cells, MoneyLabels.BUDGET_INITIAL);
        Optional<Integer> actual = columnOf(cells, MoneyLabels.BUDGET_ACTUAL);
        if (initial.isPresent() && actual.isPresent()) {
            block = new BudgetExecutionBlock(cells.get(0).column(), initial.get(),
                    columnOf(cells, MoneyLabels.BUDGET_ADJUSTMENT).orElse(null),
                    columnOf(cells, MoneyLabels.BUDGET_ADJUSTED).orElse(null), actual.get());
            return true;
        }
        return false;
    }

    private static Optional<Integer> columnOf(List<SheetGrid.Located> cells, Set<String> names) {
        return cells.stream().filter(cell -> names.contains(cell.key())).map(SheetGrid.Located::column).findFirst();
    }

    private void readLabels(int row, List<SheetGrid.Located> cells) {
        if (cells.size() == 1 && table.unlabelledOrganization == null && !table.fields.containsKey(TableField.UNIT)
                && CODED_ORGANIZATION.matcher(cells.get(0).text()).matches()) {
            SheetGrid.Located only = cells.get(0);
            table.unlabelledOrganization = new TableContent.Field(only.text(), null, row, only.column());
            return;
        }
        for (int i = 0; i < cells.size(); i++) {
            SheetGrid.Located cell = cells.get(i);
            Optional<TableField> field = TableField.labelled(cell.text());
            Optional<FundSource> source = MoneyLabels.source(cell.text());
            if (field.isPresent()) {
                int next = i + 1;
                if (next < cells.size() && !isLabel(cells.get(next))) {
                    SheetGrid.Located value = cells.get(next);
                    table.fields.putIfAbsent(field.get(),
                            new TableContent.Field(value.text(), value.cell().number(), value.row(), value.column()));
                    i = next;
                }
            } else if (source.isPresent()) {
                readFund(row, cells, i, source.get());
            } else {
                readInlineLabel(cell);
            }
        }
    }

    /** “一、预算部门名称：苏州市红十字会” holds label and value in one cell. */
    private void readInlineLabel(SheetGrid.Located cell) {
        String text = ENUMERATION.matcher(cell.text().strip()).replaceFirst("");
        int colon = Math.max(text.indexOf('：'), text.indexOf(':'));
        if (colon <= 0 || colon == text.length() - 1) {
            return;
        }
        TableField.labelled(text.substring(0, colon)).ifPresent(field -> table.fields.putIfAbsent(field,
                new TableContent.Field(text.substring(colon + 1).strip(), null, cell.row(), cell.column())));
    }

    private void readFund(int row, List<SheetGrid.Located> cells, int labelIndex, FundSource source) {
        int labelColumn = cells.get(labelIndex).column();
        Integer annualAt = annualColumn != null && annualColumn > labelColumn ? annualColumn : null;
        BigDecimal annual = annualAt != null ? amount(row, annualAt, source.label())
                : firstAmountAfter(row, cells, labelIndex, source.label());
        BigDecimal halfYear = halfYearColumn != null && halfYearColumn > labelColumn
                ? amount(row, halfYearColumn, source.label() + "半年计划执行数") : null;
        Integer executedAt = executedColumn != null && executedColumn > labelColumn ? executedColumn : null;
        BigDecimal executed = amount(row, executedAt, source.label() + "1-6月实际执行数");
        if (annual != null || halfYear != null || executed != null) {
            table.funds.add(new TableContent.Fund(source, annual, halfYear, executed, executedAt, row, annualAt));
        }
    }

    private BigDecimal firstAmountAfter(int row, List<SheetGrid.Located> cells, int labelIndex, String field) {
        for (int i = labelIndex + 1; i < cells.size() && !isLabel(cells.get(i)); i++) {
            if (Amounts.isNumber(cells.get(i).cell())) {
                return amount(row, cells.get(i).column(), field);
            }
        }
        int next = labelIndex + 1;
        if (next < cells.size() && !isLabel(cells.get(next))) {
            return amount(row, cells.get(next).column(), field);
        }
        return null;
    }

    private BigDecimal amount(int row, Integer column, String field) {
        if (column == null) {
            return null;
        }
        try {
            return Amounts.read(grid.cell(row, column)).orElse(null);
        } catch (Amounts.NotANumber e) {
            table.error(row, column, field, "金额" + e.getMessage());
            return null;
        }
    }

    private static boolean isLabel(SheetGrid.Located cell) {
        return TableField.labelled(cell.text()).isPresent() || MoneyLabels.source(cell.text()).isPresent();
    }

    private String text(int row, Integer column) {
        return column == null ? null : blankToNull(grid.cell(row, column).text());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** Rows that belong to a block started by its own header row. */
    private interface Block {
        boolean take(int row, List<SheetGrid.Located> cells);
    }

    private final class SpendingBlock implements Block {
        @Override
        public boolean take(int row, List<SheetGrid.Located> cells) {
            SheetGrid.Located name = cells.stream()
                    .filter(cell -> !MoneyLabels.SPENDING_BLOCK.contains(cell.key())).findFirst().orElse(null);
            if (name == null || isLabel(name) || name.cell().number() != null || annualColumn <= name.column()
                    || grid.cell(row, annualColumn).isBlank()) {
                return false;
            }
            BigDecimal annual = amount(row, annualColumn, "支出项目“" + name.text() + "”全年预算数");
            BigDecimal halfYear = amount(row, halfYearColumn, "支出项目“" + name.text() + "”半年计划执行数");
            table.expenditures.add(new TableContent.Expenditure(name.text(), annual, halfYear, row));
            return true;
        }
    }

    private final class DutyBlock implements Block {
        private final int duty;
        private final Integer task;
        private final int project;
        private final Integer amount;

        DutyBlock(int duty, Integer task, int project, Integer amount) {
            this.duty = duty;
            this.task = task;
            this.project = project;
            this.amount = amount;
        }

        @Override
        public boolean take(int row, List<SheetGrid.Located> cells) {
            if (TableField.labelled(cells.get(0).text()).isPresent() || text(row, project) == null && text(row, duty) == null) {
                return false;
            }
            table.duties.add(new TableContent.Duty(text(row, duty), text(row, task), text(row, project),
                    amount(row, amount, "预算金额"), row));
            return true;
        }
    }

    private final class BudgetExecutionBlock implements Block {
        private final int name;
        private final int initial;
        private final Integer adjustment;
        private final Integer adjusted;
        private final int actual;

        BudgetExecutionBlock(int name, int initial, Integer adjustment, Integer adjusted, int actual) {
            this.name = name;
            this.initial = initial;
            this.adjustment = adjustment;
            this.adjusted = adjusted;
            this.actual = actual;
        }

        @Override
        public boolean take(int row, List<SheetGrid.Located> cells) {
            String line = text(row, name);
            if (line == null || !Amounts.isNumber(grid.cell(row, initial)) && !Amounts.isNumber(grid.cell(row, actual))) {
                return false;
            }
            table.budgetExecution.add(new TableContent.BudgetExecution(line, amount(row, initial, line + "年初预算数"),
                    amount(row, adjustment, line + "调整数"), amount(row, adjusted, line + "调整预算数"),
                    amount(row, actual, line + "实际支出数"), row));
            return true;
        }
    }
}
