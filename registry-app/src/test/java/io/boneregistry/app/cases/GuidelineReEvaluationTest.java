package io.boneregistry.app.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.boneregistry.api.guideline.CaseAdvice;
import io.boneregistry.api.guideline.EntryKind;
import io.boneregistry.api.guideline.EntryRef;
import io.boneregistry.api.guideline.GuidelineEvaluated;
import io.boneregistry.api.guideline.GuidelineRule;
import io.boneregistry.app.RegistryTest;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;

import static io.boneregistry.api.fixtures.CaseFixture.TREATED;
import static io.boneregistry.api.fixtures.CaseFixture.normalChecks;
import static io.boneregistry.api.fixtures.CaseFixture.painfulVertebralMetastasis;
import static io.boneregistry.api.fixtures.CaseFixture.palliative;
import static io.boneregistry.api.fixtures.ProcedureFixture.vertebroplastyAlone;
import static io.boneregistry.api.procedure.Technique.CEMENTOPLASTY;
import static io.boneregistry.app.TestRequesters.CLINICIAN;
import static io.boneregistry.app.TestRequesters.MANAGER;
import static io.boneregistry.app.TestRequesters.postAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 14: a registry written before a rule became advice is read again on a manager's request;
 * only the judgements that changed are recorded anew, the earlier ones stay in the history. The
 * cases are read from the event store each time, as after the upgrade's restart (no cached case
 * holds what was written before the old judgement was appended).
 */
@RegistryTest
@TestPropertySource(properties = "registry.aggregate-cache.enabled=false")
class GuidelineReEvaluationTest {

    private static final String RE_EVALUATION = "/api/admin/guideline/re-evaluation";

    @Autowired
    private MockMvc mvc;
    @Autowired
    private ObjectMapper json;
    @Autowired
    private EventStore eventStore;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void aManagerHasEveryCaseReadTheRulesAgainAndOnlyChangedJudgementsAreRecorded() throws Exception {
        CaseApi api = new CaseApi(mvc, json);
        String caseId = api.registerCase();
        api.post("/api/cases/" + caseId + "/assessment", api.body(painfulVertebralMetastasis())).andExpect(status().isOk());
        api.post("/api/cases/" + caseId + "/treatment-decision", api.body(palliative(CEMENTOPLASTY))).andExpect(status().isOk());
        api.post("/api/cases/" + caseId + "/pre-procedure-checks", api.body(normalChecks())).andExpect(status().isOk());
        String procedureId = api.read(api.post("/api/cases/" + caseId + "/procedures", api.body(vertebroplastyAlone(13)))
                .andExpect(status().isCreated())).get("procedureId").asText();
        judgedAsADeviationBeforeTheGaugeBecameAdvice(caseId, procedureId);
        assertThat(needleJudgement(api, caseId)).isEqualTo("DEVIATED");

        JsonNode first = api.read(mvc.perform(postAs(MANAGER, RE_EVALUATION)).andExpect(status().isOk()));
        assertThat(first.get("cases").asInt()).isPositive();
        assertThat(first.get("evaluationsRecorded").asInt()).isEqualTo(1);
        assertThat(needleJudgement(api, caseId)).isEqualTo("ADVISORY");

        JsonNode again = api.read(mvc.perform(postAs(MANAGER, RE_EVALUATION)).andExpect(status().isOk()));
        assertThat(again.get("evaluationsRecorded").asInt()).as("every judgement now stands").isZero();
    }

    @Test
    void aClinicianCannotAskForIt() throws Exception {
        mvc.perform(postAs(CLINICIAN, RE_EVALUATION)).andExpect(status().isForbidden());
    }

    /** Appends what today's main recorded for a 13 G needle at T12, as the event store holds it. */
    private void judgedAsADeviationBeforeTheGaugeBecameAdvice(String caseId, String procedureId) {
        long next = jdbc.queryForObject("SELECT MAX(sequenceNumber) FROM DomainEventEntry WHERE aggregateIdentifier = ?", Long.class, caseId) + 1;
        GuidelineEvaluated old = new GuidelineEvaluated(caseId, EntryRef.of(EntryKind.PROCEDURE, procedureId), TREATED,
                List.of(GuidelineRule.CEMENT_NEEDLE.deviated("13 G needle (10 G advised at this level)")), null, CaseAdvice.none());
        eventStore.publish(new GenericDomainEventMessage<>("BoneTumourCase", caseId, next, old));
    }

    /** R-CEMENT-NEEDLE in the latest evaluation of the case's procedure, from its audit trail. */
    private static String needleJudgement(CaseApi api, String caseId) throws Exception {
        String status = null;
        for (JsonNode event : api.history(caseId)) {
            if (!event.get("type").asText().endsWith("GuidelineEvaluated")) continue;
            if (!"PROCEDURE".equals(event.at("/payload/entry/kind").asText())) continue;
            for (JsonNode evaluation : event.at("/payload/evaluations")) {
                if (evaluation.get("ruleId").asText().equals("R-CEMENT-NEEDLE")) status = evaluation.get("status").asText();
            }
        }
        return status;
    }
}
