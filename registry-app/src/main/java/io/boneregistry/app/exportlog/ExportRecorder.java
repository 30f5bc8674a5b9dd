package io.boneregistry.app.exportlog;

import io.boneregistry.app.security.Requesters;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/** Writes each call of a {@link RecordedExport} handler to the {@link ExportLog}, chosen by the handler Spring matched. */
@Component
class ExportRecorder implements HandlerInterceptor {

    private final ExportLog log;

    ExportRecorder(ExportLog log) {
        this.log = log;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (request.getDispatcherType() != DispatcherType.REQUEST) return true;
        if (handler instanceof HandlerMethod method && method.hasMethodAnnotation(RecordedExport.class)) {
            log.record(Requesters.required(), method.getMethodAnnotation(RecordedExport.class).value(), request.getParameterMap());
        }
        return true;
    }
}
