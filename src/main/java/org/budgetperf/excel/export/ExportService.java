package org.budgetperf.excel.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.budgetperf.common.NotFoundException;
import org.budgetperf.evaluation.EvaluationService;
import org.budgetperf.monitoring.MonitoringService;
import org.budgetperf.security.CurrentUser;
import org.budgetperf.declaration.TargetDetails;
import org.budgetperf.declaration.TargetService;
import org.budgetperf.declaration.TargetType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Exports tables the caller may read as .xlsx: one target, or every target of a department and year. */
@Service
@Transactional(readOnly = true)
public class ExportService {

    private final TargetService targets;
    private final EvaluationService evaluations;
    private final MonitoringService monitoring;

    public ExportService(TargetService targets, EvaluationService evaluations, MonitoringService monitoring) {
        this.targets = targets;
        this.evaluations = evaluations;
        this.monitoring = monitoring;
    }

    /** One sheet, named by the table's code. */
    public ExportFile target(Long targetId, ExportTable table, CurrentUser user) {
        TargetDetails target = targets.details(targetId, user);
        String name = target.code() + "-" + table.label();
        return new ExportFile(name + ".xlsx", target.code() + "-" + table.key() + ".xlsx",
                workbook(table, Map.of(target.code(), List.of(target)), user));
    }

    /**
     * One sheet per implementing unit, named after it, with its tables one below the other (as seed 003 prints
     * them), each on a printed page of its own; a department's overall table on a sheet of its own. A thousand
     * sheets would be of no use to a reader, and POI's cost per sheet grows with the number of sheets.
     */
    public ExportFile department(String departmentCode, int year, ExportTable table, CurrentUser user) {
        List<TargetDetails> readable = targets.readableOf(departmentCode, year, user);
        if (readable.isEmpty()) {
            throw new NotFoundException("主管部门“" + departmentCode + "”在" + year + "年度没有您可查看的绩效目标表");
        }
        String code = readable.get(0).department().code();
        return new ExportFile(code + "-" + year + "-" + table.label() + ".xlsx",
                code + "-" + year + "-" + table.key() + ".xlsx", workbook(table, bySheet(readable), user));
    }

    private static Map<String, List<TargetDetails>> bySheet(List<TargetDetails> tables) {
        return tables.stream().collect(Collectors.groupingBy(target -> target.type() == TargetType.DEPARTMENT
                        ? target.department().name() + "部门整体" : target.unit().name(),
                LinkedHashMap::new, Collectors.toList()));
    }

    private byte[] workbook(ExportTable table, Map<String, List<TargetDetails>> sheets, CurrentUser user) {
        try (ExportWorkbook book = new ExportWorkbook()) {
            sheets.forEach((name, tables) -> {
                SheetWriter sheet = book.sheet(name, widths(table, tables.get(0)));
                for (TargetDetails target : tables) {
                    sheet.nextTable();
                    switch (table) {
                        case TARGET -> TargetSheet.write(sheet, target);
                        case MONITORING -> MonitoringSheet.write(sheet, target, monitoring.form(target.id(), user));
                        case EVALUATION -> EvaluationSheet.write(sheet, target, evaluations.get(target.id(), user));
                    }
                }
            });
            return book.bytes();
        }
    }

    /** The tables grouped on one sheet share their layout, so the first one's column widths serve them all. */
    private static int[] widths(ExportTable table, TargetDetails first) {
        return switch (table) {
            case TARGET -> TargetSheet.widths(first);
            case MONITORING -> MonitoringSheet.WIDTHS;
            case EVALUATION -> EvaluationSheet.WIDTHS;
        };
    }
}
