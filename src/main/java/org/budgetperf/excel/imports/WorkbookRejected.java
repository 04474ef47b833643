package org.budgetperf.excel.imports;

import java.util.List;
import org.springframework.http.HttpStatus;

/** A workbook that cannot be imported: unreadable, too large, or with content errors (each one located). */
public class WorkbookRejected extends RuntimeException {

    private final HttpStatus status;
    private final transient List<ImportProblem> problems;
    private final transient ImportPreview preview;

    WorkbookRejected(HttpStatus status, String message) {
        this(status, message, List.of(ImportProblem.ofWorkbook(message)), null);
    }

    WorkbookRejected(HttpStatus status, String message, List<ImportProblem> problems, ImportPreview preview) {
        super(message);
        this.status = status;
        this.problems = List.copyOf(problems);
        this.preview = preview;
    }

    /** Refuses the workbook (422) when there are errors, naming the first five with their places. */
    static void ifAny(List<ImportProblem> problems, ImportPreview preview) {
        List<ImportProblem> errors = problems.stream().filter(ImportProblem::isError).toList();
        if (errors.isEmpty()) {
            return;
        }
        String listed = String.join("；", errors.stream().limit(5).map(ImportProblem::located).toList());
        String more = errors.size() > 5 ? "；等共 " + errors.size() + " 处" : "";
        throw new WorkbookRejected(HttpStatus.UNPROCESSABLE_ENTITY,
                "工作簿有 " + errors.size() + " 处错误，未导入任何内容：" + listed + more, errors, preview);
    }

    public HttpStatus status() {
        return status;
    }

    public List<ImportProblem> problems() {
        return problems;
    }

    public ImportPreview preview() {
        return preview;
    }
}
