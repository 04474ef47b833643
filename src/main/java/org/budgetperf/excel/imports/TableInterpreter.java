package org.budgetperf.excel.imports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetperf.declaration.FundSource;
import org.budgetperf.declaration.TargetRequest;
import org.budgetperf.declaration.TargetType;
import org.springframework.stereotype.Component;

/** Turns what was read from a table into the declaration it stands for: type, year, code, organizations, content. */
@Component
class TableInterpreter {

    private static final Pattern YEAR = Pattern.compile("(20\\d{2})");
    private static final Pattern PERSON_THEN_PHONE = Pattern.compile("([^\\d+(（/]*?)\\s*[/／]?\\s*([\\d+(（].*)");
    private static final String TOTAL_BUDGET_LINE = "预算总金额";

    private final RequestChecks checks;

    TableInterpreter(RequestChecks checks) {
        this.checks = checks;
    }

    /** Identity of the draft a workbook is uploaded into; its code, year and type cannot change. */
    record Draft(String code, int budgetYear, TargetType type) {
    }

    /**
     * With {@code organizationsRequired}, an organization the system does not know is an error; otherwise (a
     * preview) a warning asking for a mapping.
     */
    InterpretedTable interpret(TableContent table, ImportScope scope, Draft draft, boolean organizationsRequired) {
        TargetType type = draft != null ? draft.type() : typeOf(table);
        Integer year = draft != null ? Integer.valueOf(draft.budgetYear()) : yearOf(table, scope.options());
        OrganizationRef unit = unitOf(table, type, scope.organizations());
        OrganizationRef department = departmentOf(table, type, unit, scope.organizations());
        if (type == TargetType.DEPARTMENT) {
            unit = department;
        }
        reportUnknown(table, department, "主管部门", organizationsRequired);
        if (unit != department) {
            reportUnknown(table, unit, "实施单位", organizationsRequired);
        }
        String code = draft != null ? draft.code() : codeOf(table, type, year, unit, department, scope.codes());
        TargetRequest request = request(table, type, year, code, department, unit);
        boolean organizationsPending = department == null || !department.known() || unit == null || !unit.known();
        checks.check(table, request, organizationsPending ? Set.of("departmentCode", "unitCode", "code") : Set.of());
        return new InterpretedTable(table, request, department, unit, List.copyOf(table.problems));
    }

    private static TargetType typeOf(TableContent table) {
        boolean departmentTitle = table.title != null && Labels.normalise(table.title).contains("部门整体");
        boolean onlyDepartmentNamed = table.fields.containsKey(TableField.DEPARTMENT_NAME)
                && !table.fields.containsKey(TableField.NAME);
        return departmentTitle || onlyDepartmentNamed ? TargetType.DEPARTMENT : TargetType.PROJECT;
    }

    private static Integer yearOf(TableContent table, ImportOptions options) {
        TableContent.Field field = table.fields.get(TableField.BUDGET_YEAR);
        if (field != null) {
            Integer year = year(field.text());
            if (year == null) {
                table.error(field.row(), field.column(), TableField.BUDGET_YEAR.label(),
                        "预算年度“" + field.text() + "”不是四位年份");
            }
            return year;
        }
        if (table.yearInHeading != null) {
            return table.yearInHeading;
        }
        if (options.year() != null) {
            return options.year();
        }
        table.error(table.firstRow, -1, TableField.BUDGET_YEAR.label(),
                "表中没有“预算年度”或“××××年度”，请在导入时指定预算年度（year 参数）");
        return null;
    }

    private static OrganizationRef unitOf(TableContent table, TargetType type, OrganizationMatcher organizations) {
        String written = Optional.ofNullable(table.text(TableField.UNIT))
                .orElse(table.unlabelledOrganization == null ? null : table.unlabelledOrganization.text());
        OrganizationRef unit = organizations.match(written);
        if (unit == null && type == TargetType.PROJECT) {
            table.error(table.firstRow, -1, TableField.UNIT.label(), "表中没有“实施单位”");
        }
        return unit;
    }

    private static OrganizationRef departmentOf(TableContent table, TargetType type, OrganizationRef unit,
                                                OrganizationMatcher organizations) {
        for (TableField field : List.of(TableField.SUPERVISING_DEPARTMENT, TableField.DEPARTMENT_BUDGET_CODE,
                TableField.DEPARTMENT_NAME)) {
            OrganizationRef found = organizations.match(table.text(field));
            if (found != null && (found.known() || field != TableField.DEPARTMENT_BUDGET_CODE)) {
                return found;
            }
        }
        OrganizationRef derived = organizations.departmentOf(unit);
        if (derived == null && type == TargetType.DEPARTMENT) {
            table.error(table.firstRow, -1, TableField.DEPARTMENT_NAME.label(), "表中没有“部门名称”");
        }
        return derived;
    }

    private static void reportUnknown(TableContent table, OrganizationRef organization, String role,
                                      boolean required) {
        if (organization == null || organization.known()) {
            return;
        }
        String message = role + "“" + organization.asWritten()
                + "”尚未在系统中登记；请在单位对照（organizationMapping）中指定其编码";
        if (required) {
            table.error(table.firstRow, -1, role, message);
        } else {
            table.warn(table.firstRow, -1, role, message);
        }
    }

    private static String codeOf(TableContent table, TargetType type, Integer year, OrganizationRef unit,
                                 OrganizationRef department, TargetCodes codes) {
        String written = table.text(TableField.CODE);
        if (written != null) {
            if (year != null && !codes.reserve(written, year)) {
                TableContent.Field field = table.fields.get(TableField.CODE);
                table.error(field.row(), field.column(), TableField.CODE.label(),
                        "项目编码 " + written + " 在本文件中重复出现");
            }
            return written;
        }
        OrganizationRef owner = type == TargetType.DEPARTMENT ? department : unit;
        if (year == null || owner == null || !owner.known()) {
            return null;
        }
        return codes.next(type, owner.code(), year);
    }

    private static TargetRequest request(TableContent table, TargetType type, Integer year, String code,
                                         OrganizationRef department, OrganizationRef unit) {
        String[] person = personAndPhone(table);
        return new TargetRequest(code, year, type, nameOf(table, type), codeOf(department), codeOf(unit),
                table.text(TableField.CATEGORY), table.text(TableField.PROJECT_LEVEL),
                year(table.text(TableField.START_YEAR)), year(table.text(TableField.END_YEAR)), person[0], person[1],
                table.text(TableField.RATIONALE), table.text(TableField.FEASIBILITY), table.text(TableField.CONTENT),
                table.text(TableField.MID_LONG_TERM_GOAL), table.text(TableField.ANNUAL_GOAL),
                table.fundUnit == null ? "万元" : table.fundUnit, funds(table),
                table.expenditures.stream().map(line -> new TargetRequest.ExpenditureLine(line.name(), line.annual(),
                        line.halfYear())).toList(),
                expenditure(table, TableField.BASIC_EXPENDITURE, "基本支出"),
                expenditure(table, TableField.PROJECT_EXPENDITURE, "项目支出"),
                table.text(TableField.DUTIES), table.text(TableField.KEY_TASKS), headCount(table),
                table.text(TableField.ASSETS),
                table.duties.stream().map(duty -> new TargetRequest.DutyGoalLine(duty.duty(), duty.task(),
                        duty.project(), duty.amount())).toList(),
                table.indicators.stream().map(row -> new TargetRequest.IndicatorLine(row.level1(), row.level2(),
                        row.level3(), row.description(), row.halfYearValue(), row.fullYearValue(), row.explanation(),
                        row.basis(), row.formula(), row.scoringRule(), row.weight())).toList());
    }

    private static String nameOf(TableContent table, TargetType type) {
        String name = table.text(TableField.NAME);
        if (name != null || type == TargetType.PROJECT) {
            return name;
        }
        String department = table.text(TableField.DEPARTMENT_NAME);
        return department == null ? null : department + "部门整体支出绩效目标";
    }

    private static String codeOf(OrganizationRef organization) {
        return organization == null ? null : organization.code();
    }

    /** Fund lines as the table gives them; a self-evaluation's 预算总金额 stands for the total when none are given. */
    private static List<TargetRequest.FundSourceLine> funds(TableContent table) {
        List<TargetRequest.FundSourceLine> funds = new ArrayList<>(table.funds.stream()
                .map(fund -> new TargetRequest.FundSourceLine(fund.source(), fund.annual(), fund.halfYear()))
                .toList());
        if (funds.isEmpty()) {
            budgetLine(table, TOTAL_BUDGET_LINE)
                    .ifPresent(total -> funds.add(new TargetRequest.FundSourceLine(FundSource.TOTAL, total, null)));
        }
        return funds;
    }

    private static BigDecimal expenditure(TableContent table, TableField field, String budgetLine) {
        TableContent.Field written = table.fields.get(field);
        if (written != null) {
            if (written.number() != null) {
                return written.number();
            }
            try {
                return Amounts.parse(written.text()).orElse(null);
            } catch (Amounts.NotANumber e) {
                table.error(written.row(), written.column(), field.label(), "金额" + e.getMessage());
                return null;
            }
        }
        return budgetLine(table, budgetLine).orElse(null);
    }

    private static Optional<BigDecimal> budgetLine(TableContent table, String name) {
        return table.budgetExecution.stream().filter(line -> Labels.normalise(line.name()).equals(name))
                .map(TableContent.BudgetExecution::initial).filter(java.util.Objects::nonNull).findFirst();
    }

    private static Integer headCount(TableContent table) {
        TableContent.Field field = table.fields.get(TableField.HEAD_COUNT);
        if (field == null) {
            return null;
        }
        Matcher digits = Pattern.compile("\\d+").matcher(field.text());
        if (!digits.find()) {
            table.error(field.row(), field.column(), TableField.HEAD_COUNT.label(), "人员编制数“" + field.text() + "”不是数字");
            return null;
        }
        return Integer.valueOf(digits.group());
    }

    /** “陈大玲025- 83318696” and “陈大玲/025-83318696” in one cell, or two labelled cells. */
    private static String[] personAndPhone(TableContent table) {
        String both = table.text(TableField.RESPONSIBLE_PERSON_AND_PHONE);
        if (both != null) {
            Matcher split = PERSON_THEN_PHONE.matcher(both.strip());
            if (split.matches()) {
                return new String[] {blankToNull(split.group(1)), split.group(2).strip()};
            }
            return new String[] {both.strip(), null};
        }
        return new String[] {table.text(TableField.RESPONSIBLE_PERSON), table.text(TableField.CONTACT_PHONE)};
    }

    private static Integer year(String text) {
        if (text == null) {
            return null;
        }
        Matcher year = YEAR.matcher(text);
        return year.find() ? Integer.valueOf(year.group(1)) : null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
