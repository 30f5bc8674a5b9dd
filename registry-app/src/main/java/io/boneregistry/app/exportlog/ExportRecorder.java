package io.boneregistry.app.exportlog;

import io.boneregistry.app.security.Requesters;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

import java.util.concurrent.TimeUnit;

/**
 * Writes each call of a {@link RecordedExport} handler to the {@link ExportLog}, chosen by the
 * handler Spring matched, and times it to its last byte ({@code registry.exports}, tagged with the
 * export and whether it completed): a streamed export completes on its asynchronous dispatch.
 */
@Component
class ExportRecorder implements HandlerInterceptor {

    private static final String STARTED = ExportRecorder.class.getName() + ".started";

    private final ExportLog log;
    private final MeterRegistry meters;

    ExportRecorder(ExportLog log, MeterRegistry meters) {
        this.log = log;
        this.meters = meters;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (request.getDispatcherType() != DispatcherType.REQUEST) return true;
        if (handler instanceof HandlerMethod method && method.hasMethodAnnotation(RecordedExport.class)) {
            log.record(Requesters.required(), method.getMethodAnnotation(RecordedExport.class).value(), request.getParameterMap());
            request.setAttribute(STARTED, System.nanoTime());
        }
        return true;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception failure) {
        if (!(request.getAttribute(STARTED) instanceof Long started) || request.isAsyncStarted()) return;
        if (!(handler instanceof HandlerMethod method) || !method.hasMethodAnnotation(RecordedExport.class)) return;
        request.removeAttribute(STARTED);
        Timer.builder("registry.exports").description("exports, reports and dataset downloads, to their last byte")
                .tag("export", method.getMethodAnnotation(RecordedExport.class).value())
                .tag("outcome", failure == null && response.getStatus() < 400 ? "completed" : "failed")
                .register(meters).record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
    }
}
