package org.budgetperf.excel.imports;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.budgetperf.common.ApiException;
import org.budgetperf.evaluation.EvaluationService;
import org.budgetperf.indicator.IndicatorValueParser;
import org.budgetperf.organization.OrganizationService;
import org.budgetperf.security.CurrentUser;
import org.budgetperf.declaration.TargetDetails;
import org.budgetperf.declaration.TargetQueries;
import org.budgetperf.declaration.TargetService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports the tables of a workbook as draft declarations (with the self-evaluation a table may carry, as seed
 * 002 does), all in one transaction or none. A dry run goes through
 * the same steps, creation included, and rolls back, so its preview reports exactly what the import would do.
 */
@Service
public class WorkbookImportService {

    private final WorkbookOpener opener;
    private final TableInterpreter interpreter;
    private final TargetService targets;
    private final TargetQueries queries;
    private final OrganizationService organizations;
    private final EvaluationService evaluations;
    private final EntityManager entityManager;
    private final TransactionTemplate transaction;
    private final IndicatorValueParser parser;

    WorkbookImportService(WorkbookOpener opener, TableInterpreter interpreter, TargetService targets,
                          TargetQueries queries, OrganizationService organizations, EvaluationService evaluations,
                          EntityManager entityManager, PlatformTransactionManager transactions,
                          IndicatorValueParser parser) {
        this.parser = parser;
        this.opener = opener;
        this.interpreter = interpreter;
        this.targets = targets;
        this.queries = queries;
        this.organizations = organizations;
        this.evaluations = evaluations;
        this.entityManager = entityManager;
        this.transaction = new TransactionTemplate(transactions);
    }

    public ImportPreview importWorkbook(String fileName, byte[] content, boolean dryRun, ImportOptions options,
                                        CurrentUser user) {
        WorkbookTables read = read(content);
        ImportScope scope = scope(options);
        List<InterpretedTable> tables = read.tables().stream()
                .map(table -> interpreter.interpret(table, scope, null, !dryRun)).toList();
        List<TablePreview> previews = new ArrayList<>(tables.stream().map(t -> TablePreview.of(t, parser)).toList());
        rejectIfErroneous(ImportPreview.of(fileName, dryRun, false, previews, read.problems()));
        transaction.executeWithoutResult(status -> {
            // Codes are checked against the file itself (TargetCodes), so the lookups each table makes need not
            // flush the tables before it; flushing on every query made a 1,000-table import quadratic.
            entityManager.setFlushMode(FlushModeType.COMMIT);
            List<Integer> creatable = IntStream.range(0, tables.size())
                    .filter(i -> tables.get(i).organizationsKnown()).boxed().toList();
            List<TargetService.Creation> created = targets.createAll(
                    creatable.stream().map(i -> tables.get(i).request()).toList(), user);
            for (int k = 0; k < creatable.size(); k++) {
                int i = creatable.get(k);
                previews.set(i, outcome(tables.get(i), previews.get(i), created.get(k), user));
            }
            if (dryRun || previews.stream().anyMatch(preview -> !preview.errors().isEmpty())) {
                status.setRollbackOnly();
            }
        });
        ImportPreview result = ImportPreview.of(fileName, dryRun, false, previews, read.problems());
        rejectIfErroneous(result);
        return dryRun ? result : ImportPreview.of(fileName, false, true, previews, read.problems());
    }

    /** Replaces the content of a draft with the one table of a workbook; code, year and type stay as they are. */
    public ImportPreview importIntoDraft(Long targetId, String fileName, byte[] content, CurrentUser user) {
        TargetDetails draft = targets.details(targetId, user);
        WorkbookTables read = read(content);
        read.requireAtMostOne("上传到草稿");
        List<TablePreview> previews = read.tables().stream()
                .map(table -> interpreter.interpret(table, scope(new ImportOptions(null, Map.of())),
                        new TableInterpreter.Draft(draft.code(), draft.budgetYear(), draft.type()), true))
                .map(table -> TablePreview.of(table, parser)).toList();
        rejectIfErroneous(ImportPreview.of(fileName, false, false, previews, read.problems()));
        targets.update(targetId, previews.get(0).target(), user);
        return ImportPreview.of(fileName, false, true, List.of(previews.get(0).imported(targetId)), read.problems());
    }

    private ImportScope scope(ImportOptions options) {
        return new ImportScope(options, new TargetCodes(queries::exists),
                new OrganizationMatcher(organizations, options.organizationMapping()));
    }

    private WorkbookTables read(byte[] content) {
        return WorkbookTables.read(opener.open(content));
    }

    /** The created table with the self-evaluation it carries recorded, or the table's preview with the refusal. */
    private TablePreview outcome(InterpretedTable table, TablePreview preview, TargetService.Creation creation,
                                 CurrentUser user) {
        if (creation.refusal() != null) {
            return refused(table, preview, creation.refusal());
        }
        long id = creation.target().getId();
        try {
            EvaluationLines.of(table.content()).ifPresent(evaluation -> evaluations.record(id, evaluation, user));
        } catch (ApiException e) {
            return refused(table, preview, e);
        }
        return preview.imported(id);
    }

    private static TablePreview refused(InterpretedTable table, TablePreview preview, ApiException refusal) {
        return preview.withErrors(List.of(ImportProblem.error(table.content().sheet, table.content().firstRow,
                -1, null, refusal.getMessage())));
    }

    private static void rejectIfErroneous(ImportPreview preview) {
        WorkbookRejected.ifAny(preview.allErrors(), preview);
    }
}
