package org.budgetperf.common;

import java.util.List;
import org.springframework.http.HttpStatus;

/** An error the API reports to the caller in Chinese, with the fields it concerns. */
public abstract class ApiException extends RuntimeException {

    private final transient List<FieldError> errors;

    protected ApiException(String message, List<FieldError> errors) {
        super(message);
        this.errors = List.copyOf(errors);
    }

    public abstract HttpStatus status();

    public List<FieldError> errors() {
        return errors;
    }

    public record FieldError(String field, String message) {
    }
}
