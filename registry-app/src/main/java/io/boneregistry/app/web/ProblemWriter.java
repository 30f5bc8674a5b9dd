package io.boneregistry.app.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Problem details written straight to a response, for the answers given before or outside Spring
 * MVC (security filters, the firewall, the servlet container's own refusals), so that every error
 * the registry gives has the same shape as its API's.
 */
public final class ProblemWriter {

    private ProblemWriter() {
    }

    public static void write(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        response.resetBuffer();
        response.setStatus(status.value());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter().write(json(status, detail));
        response.flushBuffer();
    }

    static String json(HttpStatus status, String detail) {
        return "{\"type\":\"about:blank\",\"title\":\"" + escaped(status.getReasonPhrase()) + "\",\"status\":" + status.value()
                + ",\"detail\":\"" + escaped(detail) + "\"}";
    }

    private static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') out.append('\\').append(c);
            else if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
            else out.append(c);
        }
        return out.toString();
    }
}
