package org.budgetperf.excel.export;

import java.util.List;
import org.budgetperf.common.NotFoundException;
import org.budgetperf.evaluation.EvaluationService;
import org.budgetperf.security.CurrentUser;
import org.budgetperf.target.TargetDetails;
import org.budgetperf.target.TargetService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Exports tables the caller may read as .xlsx: one target, or every target of a department and year. */
@Service
@Transactional(readOnly = true)
public class ExportService {

    private final TargetService targets;
    private final EvaluationService evaluations;

    public ExportService(TargetService targets, EvaluationService evaluations) {
        this.targets = targets;
        this.evaluations = evaluations;
    }

    public ExportFile target(Long targetId, ExportTable table, CurrentUser user) {
        TargetDetails target = targets.details(targetId, user);
        String name = target.code() + "-" + table.label();
        return new ExportFile(name + ".xlsx", target.code() + "-" + table.key() + ".xlsx",
                workbook(table, List.of(target), user));
    }

    /** One sheet per target, named by its code. */
    public ExportFile department(String departmentCode, int year, ExportTable table, CurrentUser user) {
        List<TargetDetails> readable = targets.readableOf(departmentCode, year, user);
        if (readable.isEmpty()) {
            throw new NotFoundException("主管部门“" + departmentCode + "”在" + year + "年度没有您可查看的绩效目标表");
        }
        String code = readable.get(0).department().code();
        return new ExportFile(code + "-" + year + "-" + table.label() + ".xlsx",
                code + "-" + year + "-" + table.key() + ".xlsx", workbook(table, readable, user));
    }

    private byte[] workbook(ExportTable table, List<TargetDetails> tables, CurrentUser user) {
        try (ExportWorkbook book = new ExportWorkbook()) {
            for (TargetDetails target : tables) {
                switch (table) {
                    case TARGET -> TargetSheet.write(book, target);
                    case MONITORING -> MonitoringSheet.write(book, target);
                    case EVALUATION -> EvaluationSheet.write(book, target, evaluations.get(target.id(), user));
                }
            }
            return book.bytes();
        }
    }
}
