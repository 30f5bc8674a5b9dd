package io.boneregistry.app.axon;

import io.boneregistry.api.audit.AuditMetadata;
import io.boneregistry.app.uniqueness.EntryIdClaims;
import io.boneregistry.core.cases.BoneTumourCase;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the framework-free core into Axon: the aggregate, and the audit metadata every event
 * carries (who, role, centre, reason for change, correlation).
 */
@Configuration
class AxonConfiguration {

    /**
     * The case aggregate, cached between commands so a case being logged is not re-read from the
     * event store each time. A stale copy (another instance wrote meanwhile) cannot cause a lost
     * update: its append fails on the (aggregate, sequence) key and the entry is evicted.
     */
    @Bean
    ConfigurerModule boneTumourCaseAggregate() {
        Cache cache = new WeakReferenceCache();
        return configurer -> configurer.configureAggregate(
                AggregateConfigurer.defaultConfiguration(BoneTumourCase.class).configureCache(config -> cache));
    }

    /** A failed claim of an entry id fails the command that made it, rather than being logged and lost. */
    @Bean
    ConfigurerModule entryIdClaimsFailTheirCommand() {
        return configurer -> configurer.eventProcessing()
                .registerListenerInvocationErrorHandler(EntryIdClaims.NAME, config -> PropagatingErrorHandler.instance());
    }

    /** Declared because declaring any provider replaces Axon's default one. */
    @Bean
    CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }

    @Bean
    CorrelationDataProvider auditMetadataProvider() {
        return new SimpleCorrelationDataProvider(AuditMetadata.PROPAGATED.toArray(String[]::new));
    }
}
