package org.budgetperf.common;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.budgetperf.common.ApiException.FieldError;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

@RestControllerAdvice(basePackages = "org.budgetperf")
public class ApiErrorHandler {

    public record ApiError(OffsetDateTime timestamp, int status, String message, List<FieldError> errors) {
    }

    @ExceptionHandler(ApiException.class)
    public ResponseEntity<ApiError> handle(ApiException e) {
        return respond(e.status(), e.getMessage(), e.errors());
    }

    /** A refusal from inside the process engine (a listener's) keeps its status; the engine's own refusals are 4xx. */
    @ExceptionHandler(ProcessEngineException.class)
    public ResponseEntity<ApiError> handle(ProcessEngineException e) {
        ApiException refusal = ApiException.foundIn(e);
        if (refusal != null) {
            return handle(refusal);
        }
        if (e instanceof AuthorizationException) {
            return respond(HttpStatus.FORBIDDEN, e.getMessage(), List.of());
        }
        if (e instanceof BadUserRequestException) {
            return respond(HttpStatus.BAD_REQUEST, e.getMessage(), List.of());
        }
        throw e;
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    public ResponseEntity<ApiError> handle(MethodArgumentNotValidException e) {
        List<FieldError> errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldError(error.getField(), error.getDefaultMessage()))
                .toList();
        String message = errors.stream().map(error -> error.field() + "：" + error.message())
                .collect(Collectors.joining("；"));
        return respond(HttpStatus.BAD_REQUEST, "提交的数据有误：" + message, errors);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    public ResponseEntity<ApiError> handle(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof JsonBodyLimit.TooLarge tooLarge) {
            return respond(HttpStatus.PAYLOAD_TOO_LARGE, tooLarge.getMessage(), List.of());
        }
        if (e.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String field = mismatch.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            String message = fieldMessage(field, mismatch);
            return respond(HttpStatus.BAD_REQUEST, message, List.of(new FieldError(field, message)));
        }
        if (e.getCause() instanceof MismatchedInputException mismatch
                && String.valueOf(mismatch.getOriginalMessage()).startsWith("Trailing token")) {
            return respond(HttpStatus.BAD_REQUEST, "请求内容在 JSON 对象之后还有多余的内容", List.of());
        }
        return respond(HttpStatus.BAD_REQUEST, "请求内容不是有效的 JSON", List.of());
    }

    private static String fieldMessage(String field, MismatchedInputException mismatch) {
        if (mismatch instanceof ControlCharacters.Refused refused) {
            return "字段 " + field + " 含有不允许的控制字符（" + refused.codePoint() + "），请删除后重新提交";
        }
        if (mismatch instanceof InvalidFormatException invalid && isWholeNumber(invalid.getTargetType())) {
            return "字段 " + field + " 应为整数，“" + invalid.getValue() + "”不是整数";
        }
        return mismatch instanceof InvalidFormatException invalid
                ? "字段 " + field + " 的值“" + invalid.getValue() + "”格式不正确"
                : "字段 " + field + " 的类型不正确";
    }

    private static boolean isWholeNumber(Class<?> type) {
        return type == Integer.class || type == int.class || type == Long.class || type == long.class;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    public ResponseEntity<ApiError> handle(MethodArgumentTypeMismatchException e) {
        String message = "参数 " + e.getName() + " 的值“" + e.getValue() + "”格式不正确";
        return respond(HttpStatus.BAD_REQUEST, message, List.of(new FieldError(e.getName(), message)));
    }

    static ResponseEntity<ApiError> respond(HttpStatus status, String message, List<FieldError> errors) {
        return ResponseEntity.status(status)
                .body(new ApiError(OffsetDateTime.now(), status.value(), message, errors));
    }
}
