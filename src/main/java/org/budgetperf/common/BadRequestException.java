package org.budgetperf.common;

import java.util.List;
import org.springframework.http.HttpStatus;

public class BadRequestException extends ApiException {

    public BadRequestException(String field, String message) {
        super(message, List.of(new FieldError(field, message)));
    }

    public BadRequestException(String message, List<FieldError> errors) {
        super(message, errors);
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.BAD_REQUEST;
    }
}
