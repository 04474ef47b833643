package org.budgetperf.common;

import java.util.List;
import org.budgetperf.common.ApiErrorHandler.ApiError;
import org.budgetperf.common.ApiException.FieldError;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload over the servlet's multipart limit fails before any controller is chosen, so no package-bound advice
 * sees it; answered here directly, because the error page would parse the oversized request again and fail
 * with an empty body.
 */
@RestControllerAdvice
@EnableConfigurationProperties(MultipartProperties.class) // MVC slice tests have no multipart auto-configuration
public class UploadLimitHandler {

    private final MultipartProperties multipart;

    public UploadLimitHandler(MultipartProperties multipart) {
        this.multipart = multipart;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    public ResponseEntity<ApiError> handle(MaxUploadSizeExceededException e) {
        String message = "上传的内容超过上限（单个文件 " + multipart.getMaxFileSize().toMegabytes() + " MB，整个请求 "
                + multipart.getMaxRequestSize().toMegabytes() + " MB）";
        return ApiErrorHandler.respond(HttpStatus.PAYLOAD_TOO_LARGE, message, List.of(new FieldError("file", message)));
    }
}
