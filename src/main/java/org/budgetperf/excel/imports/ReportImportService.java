package org.budgetperf.excel.imports;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.budgetperf.common.BadRequestException;
import org.budgetperf.evaluation.EvaluationRequest;
import org.budgetperf.evaluation.EvaluationService;
import org.budgetperf.evaluation.EvaluationView;
import org.budgetperf.monitoring.MonitoringRequest;
import org.budgetperf.monitoring.MonitoringService;
import org.budgetperf.monitoring.MonitoringView;
import org.budgetperf.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Uploads a filled-in 监控表 or 自评表 into the table's open half-year monitoring or self-evaluation, recorded through
 * the same service as the API's, by the same people and only while it is open. Everything is refused before
 * anything is stored; a dry run records and rolls back, so its preview shows the computed figures and lights.
 */
@Service
public class ReportImportService {

    private final WorkbookOpener opener;
    private final MonitoringService monitoring;
    private final EvaluationService evaluations;
    private final TransactionTemplate transaction;

    ReportImportService(WorkbookOpener opener, MonitoringService monitoring, EvaluationService evaluations,
                        PlatformTransactionManager transactions) {
        this.opener = opener;
        this.monitoring = monitoring;
        this.evaluations = evaluations;
        this.transaction = new TransactionTemplate(transactions);
    }

    public ReportImport<MonitoringView> monitoring(Long targetId, String fileName, byte[] content, boolean dryRun,
                                                   CurrentUser user) {
        monitoring.requireSubmittable(targetId, user);
        return upload(fileName, content, dryRun, "上传监控表",
                table -> MonitoringLines.of(table, monitoring.form(targetId, user)),
                request -> monitoring.submit(targetId, request, user));
    }

    public ReportImport<EvaluationView> evaluation(Long targetId, String fileName, byte[] content, boolean dryRun,
                                                   CurrentUser user) {
        evaluations.requireOpen(targetId, user);
        return upload(fileName, content, dryRun, "上传自评表",
                table -> EvaluationLines.matched(table, evaluations.get(targetId, user)),
                request -> evaluations.record(targetId, request, user));
    }

    /**
     * Reads the workbook's one table (a workbook without any, or with several, is refused), the report it carries,
     * and records that, all refusals with their places in the sheet.
     */
    private <R, V> ReportImport<V> upload(String fileName, byte[] content, boolean dryRun, String where,
                                          Function<TableContent, ReportLines<R>> reading, Function<R, V> recording) {
        WorkbookTables read = WorkbookTables.read(opener.open(content));
        WorkbookRejected.ifAny(read.problems(), null);
        read.requireAtMostOne(where);
        TableContent table = read.tables().get(0);
        ReportLines<R> lines = reading.apply(table);
        WorkbookRejected.ifAny(table.problems, null);
        V report;
        try {
            report = transaction.execute(status -> {
                V recorded = recording.apply(lines.request());
                if (dryRun) {
                    status.setRollbackOnly();
                }
                return recorded;
            });
        } catch (BadRequestException refusal) {
            WorkbookRejected.ifAny(RefusalPlaces.of(table, lines.rows(), refusal), null);
            throw refusal;
        }
        List<ImportProblem> warnings = Stream.concat(read.problems().stream(), table.problems.stream()).toList();
        return new ReportImport<>(fileName, dryRun, !dryRun, warnings, report);
    }
}
