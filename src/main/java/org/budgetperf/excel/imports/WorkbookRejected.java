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
