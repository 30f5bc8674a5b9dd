package io.boneregistry.app.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.boneregistry.app.TestRequesters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import static io.boneregistry.api.fixtures.CaseFixture.*;
import static io.boneregistry.api.fixtures.ProcedureFixture.rfaWithVertebroplasty;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A clinician logs the README's example case over real HTTP from referral to closure, then reads the
 * summary, the advice and the audit trail as they become consistent.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LoggingACaseEndToEndTest {

    @LocalServerPort
    private int port;
    @Autowired
    private ObjectMapper json;
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void clinicianLogsTheExampleCaseFromReferralToClosure() throws Exception {
        JsonNode registered = send("POST", "/api/cases", registration(), 201);
        String caseId = registered.get("caseId").asText();
        assertThat(registered.at("/advice/evaluations")).isEmpty();

        send("POST", "/api/cases/" + caseId + "/assessment", painfulVertebralMetastasis(), 200);
        send("POST", "/api/cases/" + caseId + "/treatment-decision", palliativeRfaWithCement(), 200);
        send("POST", "/api/cases/" + caseId + "/pre-procedure-checks", normalChecks(), 200);
        JsonNode procedure = send("POST", "/api/cases/" + caseId + "/procedures", rfaWithVertebroplasty(), 201);
        String procedureId = procedure.get("procedureId").asText();
        assertThat(statusOf(procedure, "R-CEMENT-AFTER-ABLATION")).isEqualTo("MET");
        send("POST", "/api/cases/" + caseId + "/procedures/" + procedureId + "/complications", pulmonaryEmbolism(TREATED.plusDays(1)), 201);
        send("POST", "/api/cases/" + caseId + "/follow-ups", followUp(procedureId, TREATED.plusDays(28), 3), 201);
        ObjectNode amendment = json.valueToTree(followUp(procedureId, TREATED.plusDays(28), 2));
        amendment.put("reasonForChange", "VAS was 2, not 3");
        JsonNode followUps = get("/api/cases/" + caseId + "/history");
        String followUpId = followUps.findValues("followUpId").get(0).asText();
        send("PUT", "/api/cases/" + caseId + "/follow-ups/" + followUpId, amendment, 200);
        send("POST", "/api/cases/" + caseId + "/closure", closedAsComplete(TREATED.plusDays(180)), 200);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode summary = get("/api/cases/" + caseId);
            assertThat(summary.get("stage").asText()).isEqualTo("CLOSED");
            assertThat(summary.at("/latestPain/vas").asInt()).isEqualTo(2);
            assertThat(summary.at("/procedures/0/procedureId").asText()).isEqualTo(procedureId);
            assertThat(summary.get("deviations").toString()).as("R-STRATEGY-1 only advises").doesNotContain("R-STRATEGY-1");
        });

        JsonNode advice = get("/api/cases/" + caseId + "/advice");
        assertThat(advice.at("/biopsy/ruleId").asText()).isEqualTo("R-BIOPSY-METASTASIS");
        assertThat(advice.at("/biopsy/recommended").asBoolean()).isFalse();
        assertThat(advice.at("/strategy/path").asText()).isEqualTo("PALLIATIVE_CONSOLIDATION");
        assertThat(advice.get("evaluations").findValuesAsText("ruleId")).contains("R-WORKUP-IMAGING", "R-THERMAL-RFA-SALINE");

        JsonNode history = get("/api/cases/" + caseId + "/history");
        assertThat(history.findValuesAsText("type")).containsSubsequence(List.of(
                "CaseRegistered", "AssessmentRecorded", "TreatmentDecided", "PreProcedureChecksCompleted",
                "ProcedurePerformed", "ComplicationRecorded", "FollowUpRecorded", "FollowUpAmended", "CaseClosed"));
        for (JsonNode event : history) {
            assertThat(event.get("recordedBy").asText()).isEqualTo(TestRequesters.BOLOGNA_CLINICIAN);
            assertThat(event.get("role").asText()).isEqualTo("CLINICIAN");
            assertThat(event.get("centreId").asText()).isEqualTo("IT-BO-01");
            assertThat(event.get("correlationId").asText()).isNotBlank();
            assertThat(event.get("recordedAt").asText()).isNotBlank();
        }
        JsonNode amended = history.findParents("reasonForChange").stream()
                .filter(event -> "FollowUpAmended".equals(event.path("type").asText())).findFirst().orElseThrow();
        assertThat(amended.get("reasonForChange").asText()).isEqualTo("VAS was 2, not 3");
    }

    private JsonNode send(String method, String path, Object body, int expectedStatus) throws Exception {
        HttpResponse<String> response = http.send(request(path)
                .method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
                .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(expectedStatus);
        return json.readTree(response.body());
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> response = http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET " + path).isEqualTo(200);
        return json.readTree(response.body());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", TestRequesters.as(TestRequesters.BOLOGNA_CLINICIAN));
    }

    private static String statusOf(JsonNode answer, String ruleId) {
        for (JsonNode evaluation : answer.at("/advice/evaluations")) {
            if (evaluation.get("ruleId").asText().equals(ruleId)) return evaluation.get("status").asText();
        }
        return null;
    }
}
