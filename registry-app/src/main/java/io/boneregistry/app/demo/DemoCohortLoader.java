package io.boneregistry.app.demo;

import io.boneregistry.api.access.AccessMetadata;
import io.boneregistry.api.audit.AuditMetadata;
import io.boneregistry.cohort.CaseStory;
import io.boneregistry.cohort.DemoCohort;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fills an empty registry with the seeded demo cohort at start-up, through the same command path
 * as a clinician's entries (so every rule is evaluated and every event carries metadata). A
 * registry that already holds events is left as it is.
 */
@Component
@ConditionalOnProperty(name = "registry.demo-cohort.enabled", havingValue = "true")
class DemoCohortLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCohortLoader.class);

    private final CommandGateway commands;
    private final JdbcTemplate jdbc;
    private final int size;
    private final long seed;
    private final int threads;

    DemoCohortLoader(CommandGateway commands, JdbcTemplate jdbc,
                     @Value("${registry.demo-cohort.size:" + DemoCohort.DEMO_SIZE + "}") int size,
                     @Value("${registry.demo-cohort.seed:" + DemoCohort.SEED + "}") long seed,
                     @Value("${registry.demo-cohort.threads:4}") int threads) {
        this.commands = commands;
        this.jdbc = jdbc;
        this.size = size;
        this.seed = seed;
        this.threads = threads;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        if (!jdbc.queryForList("SELECT globalIndex FROM DomainEventEntry LIMIT 1").isEmpty()) {
            log.info("demo cohort not loaded: the registry already holds events");
            return;
        }
        load(DemoCohort.generate(size, seed));
    }

    void load(List<CaseStory> stories) throws Exception {
        long started = System.nanoTime();
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> cases = new ArrayList<>();
            for (CaseStory story : stories) {
                cases.add(pool.submit(() -> {
                    send(story);
                    int count = done.incrementAndGet();
                    if (count % 250 == 0) log.info("demo cohort: {} of {} cases loaded", count, stories.size());
                }));
            }
            for (Future<?> future : cases) future.get();
        } finally {
            pool.shutdown();
        }
        log.info("demo cohort: {} cases loaded in {} s", stories.size(), (System.nanoTime() - started) / 1_000_000_000);
    }

    private void send(CaseStory story) {
        Map<String, Object> metaData = Map.of(AuditMetadata.USER_ID, "demo-cohort", AuditMetadata.ROLE, "REGISTRY_MANAGER",
                AuditMetadata.CENTRE_ID, story.centreId(), AccessMetadata.WRITES_FOR, List.of(story.centreId()));
        for (Object command : story.commands()) {
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData));
        }
    }
}
