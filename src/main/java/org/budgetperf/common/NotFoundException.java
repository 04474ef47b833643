package org.budgetperf.common;

import java.util.List;
import org.springframework.http.HttpStatus;

/** Also used for things that exist but are not the caller's, so that nothing leaks about them. */
public class NotFoundException extends ApiException {

    public NotFoundException(String message) {
        super(message, List.of());
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.NOT_FOUND;
    }
}
