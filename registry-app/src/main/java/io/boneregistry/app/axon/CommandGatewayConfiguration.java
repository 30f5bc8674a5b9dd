package io.boneregistry.app.axon;

import io.boneregistry.app.audit.RequesterMetadataInterceptor;
import io.boneregistry.app.cases.DryRun;
import io.boneregistry.app.metrics.CommandMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.validation.ValidatorFactory;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.messaging.interceptors.BeanValidationInterceptor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every command is stamped with its sender and validated before it reaches the aggregate; it is
 * timed while handled, and a dry run is rolled back once handled.
 */
@Configuration
class CommandGatewayConfiguration {

    @Bean
    CommandGateway commandGateway(CommandBus commandBus, ValidatorFactory validatorFactory,
                                  RequesterMetadataInterceptor requester, MeterRegistry meters) {
        commandBus.registerHandlerInterceptor(new CommandMetrics(meters));
        commandBus.registerHandlerInterceptor(new DryRun.Interceptor());
        return DefaultCommandGateway.builder()
                .commandBus(commandBus)
                .dispatchInterceptors(requester, new BeanValidationInterceptor<>(validatorFactory))
                .build();
    }
}
