package io.boneregistry.app.cases;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.boneregistry.api.assessment.Diagnosis;
import io.boneregistry.app.ReadModels;
import io.boneregistry.app.RegistryTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.Duration;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import static io.boneregistry.api.fixtures.CaseFixture.TREATED;
import static io.boneregistry.api.fixtures.CaseFixture.biopsyDecided;
import static io.boneregistry.api.fixtures.CaseFixture.closedAsComplete;
import static io.boneregistry.api.fixtures.CaseFixture.conclusiveBiopsy;
import static io.boneregistry.api.fixtures.CaseFixture.followUp;
import static io.boneregistry.api.fixtures.CaseFixture.normalChecks;
import static io.boneregistry.api.fixtures.CaseFixture.painfulVertebralMetastasis;
import static io.boneregistry.api.fixtures.CaseFixture.palliativeRfaWithCement;
import static io.boneregistry.api.fixtures.CaseFixture.pulmonaryEmbolism;
import static io.boneregistry.api.fixtures.CaseFixture.registration;
import static io.boneregistry.api.fixtures.ProcedureFixture.rfaWithVertebroplasty;
import static io.boneregistry.app.Downloads.download;
import static io.boneregistry.app.TestRequesters.MANAGER;
import static io.boneregistry.app.TestRequesters.getAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * {@code ?dryRun=true} on every write endpoint (issue 12): the same answer as the real write, the
 * same refusals, and nothing stored — the case's history and the read models stay as they were.
 */
@RegistryTest
class DryRunTest {

    @Autowired
    private MockMvc mvc;
    @Autowired
    private ObjectMapper json;

    @Test
    void everyWriteTriedFirstAnswersAsTheRealWriteAndStoresNothing() throws Exception {
        String caseId = UUID.randomUUID().toString();
        String procedureId = UUID.randomUUID().toString();
        String followUpId = UUID.randomUUID().toString();
        ObjectNode registration = body(registration());
        registration.put("caseId", caseId);
        String cases = "/api/cases/" + caseId;
        ObjectNode procedure = body(rfaWithVertebroplasty());
        procedure.put("procedureId", procedureId);
        ObjectNode followUp = body(followUp(procedureId, TREATED.plusDays(28), 3));
        followUp.put("followUpId", followUpId);
        ObjectNode amendedFollowUp = body(followUp(procedureId, TREATED.plusDays(28), 2));
        amendedFollowUp.put("reasonForChange", "VAS was 2, not 3");
        amendedFollowUp.put("followUpId", followUpId);
        ObjectNode complication = body(pulmonaryEmbolism(TREATED.plusDays(1)));
        complication.put("complicationId", UUID.randomUUID().toString());
        ObjectNode amendedAssessment = body(painfulVertebralMetastasis());
        amendedAssessment.put("reasonForChange", "lesion re-measured");

        tryThenWrite(() -> post("/api/cases"), registration, null);
        tryThenWrite(() -> post(cases + "/assessment"), body(painfulVertebralMetastasis()), cases);
        tryThenWrite(() -> post(cases + "/biopsy-decision"), body(biopsyDecided(true)), cases);
        tryThenWrite(() -> post(cases + "/biopsy"), body(conclusiveBiopsy(Diagnosis.METASTASIS)), cases);
        tryThenWrite(() -> post(cases + "/treatment-decision"), body(palliativeRfaWithCement()), cases);
        tryThenWrite(() -> post(cases + "/pre-procedure-checks"), body(normalChecks()), cases);
        tryThenWrite(() -> post(cases + "/procedures"), procedure, cases);
        tryThenWrite(() -> post(cases + "/procedures/" + procedureId + "/complications"), complication, cases);
        tryThenWrite(() -> post(cases + "/follow-ups"), followUp, cases);
        tryThenWrite(() -> put(cases + "/follow-ups/" + followUpId), amendedFollowUp, cases);
        tryThenWrite(() -> put(cases + "/assessment"), amendedAssessment, cases);
        tryThenWrite(() -> post(cases + "/closure"), body(closedAsComplete(TREATED.plusDays(180))), cases);
    }

    @Test
    void aDryRunIsRefusedExactlyAsTheRealWrite() throws Exception {
        String caseId = registered();
        String cases = "/api/cases/" + caseId;
        ObjectNode painOfEleven = body(painfulVertebralMetastasis());
        painOfEleven.with("baselinePain").put("vas", 11);

        sameRefusal(() -> post(cases + "/assessment"), painOfEleven, 400);
        sameRefusal(() -> post(cases + "/treatment-decision"), body(palliativeRfaWithCement()), 409);
        sameRefusal(() -> post("/api/cases/" + UUID.randomUUID() + "/assessment"), body(painfulVertebralMetastasis()), 404);
        MockHttpServletResponse badParameter = send(post(cases + "/assessment?dryRun=maybe"), body(painfulVertebralMetastasis()));
        assertThat(badParameter.getStatus()).isEqualTo(400);
        assertThat(badParameter.getContentAsString()).contains("\"field\":\"dryRun\"");
    }

    @Test
    void anAmendmentMayRepeatItsOwnIdButNoOther() throws Exception {
        String caseId = registered();
        String cases = "/api/cases/" + caseId;
        send(post(cases + "/assessment"), body(painfulVertebralMetastasis()));
        send(post(cases + "/treatment-decision"), body(palliativeRfaWithCement()));
        send(post(cases + "/pre-procedure-checks"), body(normalChecks()));
        String procedureId = json.readTree(send(post(cases + "/procedures"), body(rfaWithVertebroplasty())).getContentAsString())
                .get("procedureId").asText();
        Function<String, ObjectNode> amendment = id -> {
            ObjectNode body = body(rfaWithVertebroplasty());
            body.put("reasonForChange", "operator code corrected");
            body.put("procedureId", id);
            return body;
        };

        MockHttpServletResponse other = send(put(cases + "/procedures/" + procedureId), amendment.apply(UUID.randomUUID().toString()));
        MockHttpServletResponse own = send(put(cases + "/procedures/" + procedureId), amendment.apply(procedureId));

        assertThat(other.getStatus()).isEqualTo(400);
        assertThat(other.getContentAsString()).contains("\"field\":\"procedureId\"");
        assertThat(own.getStatus()).as(own.getContentAsString()).isEqualTo(200);
    }

    @Test
    void anErasureTriedErasesNothing() throws Exception {
        String caseId = registered();
        String before = history(caseId);

        MockHttpServletResponse tried = mvc.perform(post("/api/cases/" + caseId + "/erasure?dryRun=true")
                .header("Authorization", io.boneregistry.app.TestRequesters.as(MANAGER))
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"patient asked\"}")).andReturn().getResponse();

        assertThat(tried.getStatus()).isEqualTo(200);
        assertThat(history(caseId)).isEqualTo(before).contains("P-");
    }

    private void tryThenWrite(Supplier<MockHttpServletRequestBuilder> write, ObjectNode body, String casePath) throws Exception {
        String historyBefore = casePath == null ? null : history(casePath.substring("/api/cases/".length()));
        String summaryBefore = casePath == null ? null : caughtUpSummary(casePath);

        MockHttpServletResponse tried = send(dryRun(write.get()), body);
        if (casePath != null) {
            assertThat(history(casePath.substring("/api/cases/".length()))).as("history after a dry run").isEqualTo(historyBefore);
            assertThat(caughtUpSummary(casePath)).as("read model after a dry run").isEqualTo(summaryBefore);
        }
        MockHttpServletResponse written = send(write.get(), body);

        assertThat(tried.getHeader(DryRunParam.HEADER)).isEqualTo("true");
        assertThat(tried.getStatus()).as(written.getContentAsString()).isEqualTo(written.getStatus());
        assertThat(json.readTree(tried.getContentAsString())).isEqualTo(json.readTree(written.getContentAsString()));
        assertThat(written.getStatus()).as(written.getContentAsString()).isBetween(200, 201);
    }

    private void sameRefusal(Supplier<MockHttpServletRequestBuilder> write, ObjectNode body, int status) throws Exception {
        MockHttpServletResponse tried = send(dryRun(write.get()), body);
        MockHttpServletResponse written = send(write.get(), body);
        assertThat(tried.getStatus()).isEqualTo(status).isEqualTo(written.getStatus());
        assertThat(json.readTree(tried.getContentAsString()).get("errors")).isEqualTo(json.readTree(written.getContentAsString()).get("errors"));
    }

    private static MockHttpServletRequestBuilder dryRun(MockHttpServletRequestBuilder write) {
        return write.queryParam("dryRun", "true");
    }

    private String registered() throws Exception {
        return json.readTree(send(post("/api/cases"), body(registration())).getContentAsString()).get("caseId").asText();
    }

    private String history(String caseId) throws Exception {
        return download(mvc, getAs(MANAGER, "/api/cases/" + caseId + "/history"));
    }

    private String caughtUpSummary(String casePath) throws Exception {
        ReadModels.awaitCaughtUp(mvc, json, Duration.ofSeconds(30));
        return download(mvc, getAs(MANAGER, casePath));
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, ObjectNode body) throws Exception {
        return mvc.perform(request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body))).andReturn().getResponse();
    }

    private ObjectNode body(Object content) {
        return json.valueToTree(content);
    }
}
