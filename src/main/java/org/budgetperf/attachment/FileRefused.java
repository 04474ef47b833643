package org.budgetperf.attachment;

import java.util.List;
import org.budgetperf.common.ApiException;
import org.springframework.http.HttpStatus;

/** An uploaded file refused: empty or unnamed (400), over the size (413), not a file of the allowed kinds (415). */
class FileRefused extends ApiException {

    private final HttpStatus status;

    FileRefused(HttpStatus status, String message) {
        super(message, List.of(new FieldError("file", message)));
        this.status = status;
    }

    @Override
    public HttpStatus status() {
        return status;
    }
}
