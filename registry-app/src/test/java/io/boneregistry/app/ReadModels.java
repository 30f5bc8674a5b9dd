package io.boneregistry.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;
import java.util.List;

import static io.boneregistry.app.Downloads.download;
import static io.boneregistry.app.TestRequesters.MANAGER;
import static io.boneregistry.app.TestRequesters.getAs;
import static org.awaitility.Awaitility.await;

/** The registry's projections as a test waits for them: the read models are a moment behind the event store. */
public final class ReadModels {

    public static final List<String> PROJECTIONS = List.of("case-summary", "analysis-dataset", "guideline-conformance");

    private ReadModels() {
    }

    /** Waits until every projection has read every event in the store, as the admin endpoint reports it. */
    public static void awaitCaughtUp(MockMvc mvc, ObjectMapper json, Duration atMost) {
        for (String projection : PROJECTIONS) awaitCaughtUp(mvc, json, projection, atMost);
    }

    public static void awaitCaughtUp(MockMvc mvc, ObjectMapper json, String projection, Duration atMost) {
        await().atMost(atMost).pollInterval(Duration.ofMillis(200)).until(() ->
                json.readTree(download(mvc, getAs(MANAGER, "/api/admin/projections/" + projection))).get("caughtUp").asBoolean());
    }
}
