package io.boneregistry.app.cases;

import io.boneregistry.app.web.FieldProblem;
import io.boneregistry.app.web.InvalidRequestException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.List;

/** The write request's {@code dryRun} parameter: true or false (absent: false); a dry run's answer says so in {@code X-Dry-Run}. */
final class DryRunParam {

    static final String NAME = "dryRun";
    static final String HEADER = "X-Dry-Run";

    private DryRunParam() {
    }

    static boolean requested() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) return false;
        HttpServletRequest request = attributes.getRequest();
        String[] values = request.getParameterValues(NAME);
        if (values == null) return false;
        if (values.length != 1 || !(values[0].equals("true") || values[0].equals("false"))) {
            throw new InvalidRequestException(List.of(new FieldProblem(NAME, "true or false, once")));
        }
        boolean dryRun = values[0].equals("true");
        HttpServletResponse response = attributes.getResponse();
        if (dryRun && response != null) response.setHeader(HEADER, "true");
        return dryRun;
    }
}
