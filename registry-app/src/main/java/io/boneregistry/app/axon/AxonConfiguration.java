package io.boneregistry.app.axon;

import io.boneregistry.api.audit.AuditMetadata;
import io.boneregistry.app.uniqueness.EntryIdClaims;
import io.boneregistry.core.cases.BoneTumourCase;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DuplicateKeyException;

import javax.sql.DataSource;
import java.sql.SQLException;

/**
 * Wires the framework-free core into Axon: the aggregate, and the audit metadata every event
 * carries (who, role, centre, reason for change, correlation).
 */
@Configuration
class AxonConfiguration {

    /**
     * The case aggregate. A single instance (the embedded default) caches it between commands, so a
     * case being logged is not re-read each time. Several instances must not: a copy cached on one
     * would miss entries written through another and refuse valid ones (the postgres profile turns
     * the cache off).
     */
    @Bean
    ConfigurerModule boneTumourCaseAggregate(@Value("${registry.aggregate-cache.enabled:true}") boolean cached) {
        AggregateConfigurer<BoneTumourCase> aggregate = AggregateConfigurer.defaultConfiguration(BoneTumourCase.class);
        if (cached) {
            Cache cache = new WeakReferenceCache();
            aggregate.configureCache(config -> cache);
        }
        return configurer -> configurer.configureAggregate(aggregate);
    }

    /**
     * Two writers appending to one case collide on the (aggregate, sequence) key; that is a
     * concurrent change (409), whichever database and driver reported it. SQLSTATE 23505 is the
     * standard unique violation, searched through the whole cause chain (PostgreSQL's batch
     * exception wraps it).
     */
    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return exception -> {
            for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
                if (cause instanceof DuplicateKeyException) return true;
                if (cause instanceof SQLException sql) {
                    for (SQLException next = sql; next != null; next = next.getNextException()) {
                        if ("23505".equals(next.getSQLState())) return true;
                    }
                }
            }
            return false;
        };
    }

    /**
     * Axon's JDBC parts take their connection from the Spring transaction they run in, and nothing
     * else. Axon's default wrapper also parks a connection on the root unit of work and closes it
     * when the unit of work that first asked for it ends; a nested unit of work asking first could
     * return the connection to the pool while the root still used it (seen once as HikariCP
     * reporting one connection used by two threads).
     */
    @Bean
    ConnectionProvider connectionProvider(DataSource dataSource) {
        return new SpringDataSourceConnectionProvider(dataSource);
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
