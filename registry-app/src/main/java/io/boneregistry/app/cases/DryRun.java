package io.boneregistry.app.cases;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * A write that is tried and not kept ({@code ?dryRun=true}): the command runs through the same
 * validation, the case's rules and the guideline's evaluation as a real write, then its unit of
 * work is rolled back before anything is stored or published, and the handler's answer (the
 * advice) is handed back as if the write had happened. A refusal is the real write's refusal.
 * The entry forms ask it as a clinician types.
 */
public final class DryRun {

    /** Command metadata asking for a dry run. */
    public static final String METADATA = "dryRun";

    private DryRun() {
    }

    /** Rolls back each command marked as a dry run once its handler has answered. */
    public static final class Interceptor implements MessageHandlerInterceptor<CommandMessage<?>> {
        @Override
        public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
            Object result = chain.proceed();
            if (Boolean.TRUE.equals(unitOfWork.getMessage().getMetaData().get(METADATA))) throw new Completed(result);
            return result;
        }
    }

    /** How a dry run's answer travels back past the rollback. */
    public static final class Completed extends RuntimeException {

        private final transient Object result;

        Completed(Object result) {
            super("dry run: nothing stored", null, false, false);
            this.result = result;
        }

        Object result() {
            return result;
        }
    }
}
