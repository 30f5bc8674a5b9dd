package io.boneregistry.app.metrics;

import io.boneregistry.app.cases.DryRun;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.concurrent.TimeUnit;

/**
 * Every command's handling time, as {@code registry.commands} tagged with the command and its
 * outcome: stored, tried (a dry run), refused (the case or validation said no) or failed. The rate
 * is the timer's count; the latency its histogram.
 */
public class CommandMetrics implements MessageHandlerInterceptor<CommandMessage<?>> {

    static final String NAME = "registry.commands";

    private final MeterRegistry registry;

    public CommandMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        long started = System.nanoTime();
        String outcome = "failed";
        try {
            Object result = chain.proceed();
            outcome = "stored";
            return result;
        } catch (Exception e) {
            outcome = outcome(e);
            throw e;
        } finally {
            Timer.builder(NAME).description("commands handled: count is the rate, the histogram the latency")
                    .tag("command", unitOfWork.getMessage().getPayloadType().getSimpleName()).tag("outcome", outcome)
                    .publishPercentileHistogram().register(registry)
                    .record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        }
    }

    private static String outcome(Exception e) {
        if (e instanceof DryRun.Completed) return "tried";
        if (e instanceof JSR303ViolationException || e.getClass().getPackageName().equals("io.boneregistry.api.refusal")) return "refused";
        return "failed";
    }
}
