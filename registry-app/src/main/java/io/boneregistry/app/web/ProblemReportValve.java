package io.boneregistry.app.web;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;

import java.io.IOException;

/**
 * Tomcat's own refusals, given before any servlet sees the request (an encoded slash, a backslash,
 * a request target it cannot parse), as problem details rather than its HTML error page.
 */
public class ProblemReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int code = response.getStatus();
        if (code < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) return;
        HttpStatus status = HttpStatus.resolve(code) == null ? HttpStatus.BAD_REQUEST : HttpStatus.valueOf(code);
        try {
            response.setSuspended(false);
            ProblemWriter.write(response.getResponse(), status, status.is5xxServerError()
                    ? "the registry could not complete the request" : "the request was refused: " + status.getReasonPhrase().toLowerCase());
        } catch (IOException | IllegalStateException e) {
            // the client has gone, or the answer was already committed: nothing more to tell
        }
    }
}
