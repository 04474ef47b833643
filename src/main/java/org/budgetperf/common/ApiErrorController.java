package org.budgetperf.common;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.stream.Collectors;
import org.budgetperf.common.ApiErrorHandler.ApiError;
import org.budgetperf.common.ApiException.FieldError;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * Replaces Spring Boot's English error page: whatever the framework or the servlet container refuses before a
 * controller runs (unknown path, wrong method or content type, a missing upload part) is forwarded here and
 * answered in the {@link ApiError} shape, in Chinese; a browser asking for a page gets {@link ErrorPageController}'s.
 * A direct request to {@code /error} is an unknown path.
 */
@RestController
public class ApiErrorController implements ErrorController {

    private final ErrorAttributes errorAttributes;

    public ApiErrorController(ErrorAttributes errorAttributes) {
        this.errorAttributes = errorAttributes;
    }

    /** JSON for every caller but a browser asking for a page ({@link ErrorPageController}). */
    @RequestMapping(path = "/error")
    public ResponseEntity<ApiError> error(HttpServletRequest request) {
        HttpStatus status = status(request);
        Throwable error = errorAttributes.getError(new ServletWebRequest(request));
        String path = path(request);
        if (error instanceof HttpRequestMethodNotSupportedException e) {
            return ApiErrorHandler.respond(status, "地址 " + path + " 不支持 " + e.getMethod() + " 请求"
                    + supported(e.getSupportedMethods()), List.of());
        }
        if (error instanceof HttpMediaTypeNotSupportedException e) {
            return ApiErrorHandler.respond(status, "不支持的内容类型 " + e.getContentType() + "，请使用 "
                    + e.getSupportedMediaTypes().stream().map(Object::toString).collect(Collectors.joining(" 或 ")),
                    List.of());
        }
        if (error instanceof MissingServletRequestPartException e) {
            return missing(e.getRequestPartName(), "缺少上传的文件（表单字段 " + e.getRequestPartName() + "）");
        }
        if (error instanceof MissingServletRequestParameterException e) {
            return missing(e.getParameterName(), "缺少参数 " + e.getParameterName());
        }
        return ApiErrorHandler.respond(status, message(status, path), List.of());
    }

    /** The refused request's status; a request for {@code /error} itself is an unknown path. */
    static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        return code instanceof Integer value && HttpStatus.resolve(value) != null
                ? HttpStatus.valueOf(value) : HttpStatus.NOT_FOUND;
    }

    static String path(HttpServletRequest request) {
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return path == null ? "/error" : String.valueOf(path);
    }

    private static ResponseEntity<ApiError> missing(String field, String message) {
        return ApiErrorHandler.respond(HttpStatus.BAD_REQUEST, message, List.of(new FieldError(field, message)));
    }

    private static String supported(String[] methods) {
        return methods == null || methods.length == 0 ? "" : "（支持 " + String.join("、", methods) + "）";
    }

    static String message(HttpStatus status, String path) {
        return switch (status) {
            case BAD_REQUEST -> "请求有误";
            case UNAUTHORIZED -> "未登录或登录凭据无效";
            case FORBIDDEN -> "无权访问";
            case NOT_FOUND -> "请求的地址不存在：" + path;
            case NOT_ACCEPTABLE -> "无法按请求的格式（Accept）返回结果";
            case PAYLOAD_TOO_LARGE -> "请求内容超过上限";
            case INTERNAL_SERVER_ERROR -> "服务器内部错误，请稍后重试；如果问题持续，请联系系统管理员";
            default -> "请求未能处理（状态 " + status.value() + "）";
        };
    }
}
