package io.boneregistry.app.security;

import io.boneregistry.app.web.RequestTooLargeException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * No entry is anywhere near {@code registry.security.limits.max-request-bytes} (256 KiB by default):
 * a larger body is refused with 413 before anything reads it, or, sent without a length, as soon as
 * it passes the limit.
 */
@Component
class RequestSizeLimit extends OncePerRequestFilter {

    private final long limit;

    RequestSizeLimit(SecurityProperties properties) {
        this.limit = properties.limits().maxRequestBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > limit) {
            AccessRefusals.write(response, HttpStatus.PAYLOAD_TOO_LARGE, "the request body exceeds " + limit + " bytes");
            return;
        }
        chain.doFilter(request.getContentLengthLong() < 0 ? new Limited(request, limit) : request, response);
    }

    /** A body of unknown length, read no further than the limit. */
    private static final class Limited extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) stream = counted(super.getInputStream());
            return stream;
        }

        private ServletInputStream counted(ServletInputStream in) {
            return new ServletInputStream() {
                private long read;

                @Override
                public int read() throws IOException {
                    int next = in.read();
                    if (next >= 0 && ++read > limit) throw new RequestTooLargeException(limit);
                    return next;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int count = in.read(buffer, offset, length);
                    if (count > 0 && (read += count) > limit) throw new RequestTooLargeException(limit);
                    return count;
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
            };
        }
    }
}
