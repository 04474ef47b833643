package org.budgetperf.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import org.budgetperf.common.ApiErrorHandler.ApiError;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps the body of every non-multipart request to {@code /api} (JSON) at {@code budgetperf.limits.max-json-body}:
 * a declared length over the cap is refused before anything is read, a body without one (chunked) as soon as it
 * passes the cap. Uploads have the servlet's multipart limits.
 */
@Component
@EnableConfigurationProperties(InputLimits.class) // MVC slice tests pick up filters, not the properties scan
public class JsonBodyLimit extends OncePerRequestFilter {

    private final long max;
    private final ObjectMapper json;

    public JsonBodyLimit(InputLimits limits, ObjectMapper json) {
        this.max = limits.maxJsonBody().toBytes();
        this.json = json;
    }

    /** Thrown while the body is read; Spring reports it as unreadable, and {@link ApiErrorHandler} answers 413. */
    static final class TooLarge extends IOException {
        TooLarge(String message) {
            super(message);
        }
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String contentType = request.getContentType();
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                || contentType != null && contentType.toLowerCase().startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        if (length > max) {
            response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            json.writeValue(response.getOutputStream(), new ApiError(OffsetDateTime.now(),
                    HttpStatus.PAYLOAD_TOO_LARGE.value(), message(length), List.of()));
            return;
        }
        chain.doFilter(new Capped(request), response);
    }

    private String message(long length) {
        String size = length > 0 ? " " + ByteCount.format(length) + " " : "";
        return "请求内容" + size + "超过上限 " + ByteCount.withMegabytes(max);
    }

    private final class Capped extends HttpServletRequestWrapper {

        private ServletInputStream capped;

        Capped(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (capped == null) {
                capped = new CappedStream(super.getInputStream());
            }
            return capped;
        }
    }

    private final class CappedStream extends ServletInputStream {

        private final ServletInputStream in;
        private long read;

        CappedStream(ServletInputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) throws TooLarge {
            read += n;
            if (read > max) {
                throw new TooLarge(message(0));
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
