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

    /** The refusal behind an error that came back wrapped, for example from a process engine listener. */
    public static ApiException foundIn(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof ApiException refusal) {
                return refusal;
            }
        }
        return null;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public record FieldError(String field, String message) {
    }
}
