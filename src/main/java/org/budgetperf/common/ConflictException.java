package org.budgetperf.common;

import java.util.List;
import org.springframework.http.HttpStatus;

public class ConflictException extends ApiException {

    public ConflictException(String message) {
        super(message, List.of());
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.CONFLICT;
    }
}
