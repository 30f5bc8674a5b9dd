package io.boneregistry.app.scale;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.common.transaction.TransactionManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Shares each processor's segments among the live instances. Every instance beats a heartbeat in
 * the database; one holding more than its fair share (segments ÷ live instances, rounded up) lets
 * the surplus go for a while, and another instance claims it. When an instance dies its heartbeat
 * lapses, the fair share grows, and the survivors claim its segments once the claims time out.
 * Axon's token claims keep every segment with exactly one instance throughout.
 */
@Component
class SegmentBalancer {

    private static final Logger log = LoggerFactory.getLogger(SegmentBalancer.class);

    private final JdbcTemplate jdbc;
    private final EventProcessingConfiguration processing;
    private final TokenStore tokenStore;
    private final TransactionManager transactions;
    private final String instanceId;
    private final int liveSeconds;

    SegmentBalancer(JdbcTemplate jdbc, EventProcessingConfiguration processing, TokenStore tokenStore,
                    TransactionManager transactions, InstanceIdentity identity,
                    @Value("${registry.scale.heartbeat-timeout-seconds:10}") int liveSeconds) {
        this.jdbc = jdbc;
        this.processing = processing;
        this.tokenStore = tokenStore;
        this.transactions = transactions;
        this.instanceId = identity.instanceId();
        this.liveSeconds = liveSeconds;
    }

    @Scheduled(fixedDelayString = "${registry.scale.balance-interval-ms:2000}")
    void balance() {
        try {
            int live = heartbeat();
            for (StreamingEventProcessor processor : streamingProcessors()) {
                release(processor, live);
            }
        } catch (RuntimeException e) {
            log.warn("segment balancing skipped: {}", e.getMessage());
        }
    }

    /** Records this instance as alive and answers how many are (this one included). */
    private int heartbeat() {
        if (jdbc.update("UPDATE registry_instance SET last_seen = LOCALTIMESTAMP WHERE instance_id = ?", instanceId) == 0) {
            jdbc.update("INSERT INTO registry_instance (instance_id, last_seen) VALUES (?, LOCALTIMESTAMP)", instanceId);
        }
        Integer live = jdbc.queryForObject("SELECT COUNT(*) FROM registry_instance WHERE last_seen > LOCALTIMESTAMP - INTERVAL '"
                + liveSeconds + "' SECOND", Integer.class);
        return Math.max(1, live == null ? 1 : live);
    }

    private void release(StreamingEventProcessor processor, int live) {
        int segments = transactions.fetchInTransaction(() -> tokenStore.fetchSegments(processor.getName())).length;
        int fairShare = (segments + live - 1) / live;
        List<Integer> mine = new ArrayList<>(processor.processingStatus().keySet());
        for (int i = fairShare; i < mine.size(); i++) {
            processor.releaseSegment(mine.get(i), liveSeconds * 2L, TimeUnit.SECONDS);
            log.info("{}: released segment {} of {} to share them among {} instances", processor.getName(), mine.get(i), segments, live);
        }
    }

    private List<StreamingEventProcessor> streamingProcessors() {
        return processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast).toList();
    }
}
