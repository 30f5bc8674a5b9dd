package io.boneregistry.app.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.boneregistry.api.assessment.AssessmentRecorded;
import io.boneregistry.api.procedure.CementoplastyStep;
import io.boneregistry.api.procedure.ProcedurePerformed;
import io.boneregistry.api.treatment.TreatmentDecided;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static io.boneregistry.api.fixtures.CaseFixture.painfulVertebralMetastasis;
import static io.boneregistry.api.fixtures.CaseFixture.palliativeRfaWithCement;
import static io.boneregistry.api.fixtures.ProcedureFixture.rfaWithVertebroplasty;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Until issue 26 a yes/no a client left out was stored as "no". Events stored before read as they did:
 * an answer of theirs absent or null reads as no, every other answer as it was, and the event comes
 * out at today's revision; today's events may say "not known".
 */
class YesNoAnswersMayBeUnknownTest {

    private final ObjectMapper json = JsonMapper.builder().findAndAddModules().build();
    private final JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(json).build();
    private final YesNoAnswersMayBeUnknown upcaster = new YesNoAnswersMayBeUnknown();

    @Test
    void anAssessmentStoredBeforeReadsALeftOutYesNoAsNo() throws Exception {
        ObjectNode stored = json.valueToTree(new AssessmentRecorded("case-1", painfulVertebralMetastasis()));
        ((ObjectNode) stored.at("/assessment/lesion")).remove(List.of("fractureRisk", "aggressive"));
        ((ObjectNode) stored.at("/assessment/primaryTumour")).putNull("occult");

        AssessmentRecorded read = (AssessmentRecorded) read(stored, AssessmentRecorded.class, "3", "4");

        assertThat(read.assessment().lesion().fractureRisk()).isFalse();
        assertThat(read.assessment().lesion().aggressive()).isFalse();
        assertThat(read.assessment().primaryTumour().occult()).isFalse();
        assertThat(read.assessment().lesion().insulatingCortexIntact()).as("a Boolean from the start stays as stored").isTrue();
        assertThat(read.assessment().totalBodyImaging3d()).isTrue();
    }

    @Test
    void aProcedureStoredBeforeReadsEachStepsLeftOutYesNoAsNoByItsTechnique() throws Exception {
        ObjectNode stored = json.valueToTree(new ProcedurePerformed("case-1", "p-1", rfaWithVertebroplasty()));
        ((ObjectNode) stored.at("/procedure/steps/1")).remove("delayedUntilNormothermia");
        ((ObjectNode) stored.at("/procedure/steps/1/leakage")).remove("symptomatic");

        ProcedurePerformed read = (ProcedurePerformed) read(stored, ProcedurePerformed.class, "3", "4");

        CementoplastyStep cement = (CementoplastyStep) read.procedure().steps().get(1);
        assertThat(cement.delayedUntilNormothermia()).isFalse();
        assertThat(cement.leakage().symptomatic()).isFalse();
        assertThat(cement.leakage().observed()).isTrue();
        assertThat(json.valueToTree(read).at("/procedure/steps/0").has("realTimeImaging")).as("no cement question on an RFA step").isFalse();
    }

    @Test
    void aDecisionStoredBeforeKeepsWhatItSaid() throws Exception {
        ObjectNode stored = json.valueToTree(new TreatmentDecided("case-1", palliativeRfaWithCement()));
        stored.with("decision").remove("debulkingNeeded");

        TreatmentDecided read = (TreatmentDecided) read(stored, TreatmentDecided.class, "1", "2");

        assertThat(read.decision().mdt()).isTrue();
        assertThat(read.decision().debulkingNeeded()).isFalse();
    }

    @Test
    void theAssessmentTheEarlierRegistryStoredReadsAsItSaid() throws Exception {
        JsonNode stored = json.readTree(Files.readString(Path.of("src/test/resources/stored-by-930c7d0/events/AssessmentRecorded.json")));
        assertThat(stored.get("revision").asText()).isEqualTo("2");
        JsonNode lesion = stored.at("/payload/assessment/lesion");
        assertThat(lesion.get("fractureRisk").isBoolean()).as("a primitive then: always written").isTrue();
    }

    private Object read(ObjectNode stored, Class<?> type, String from, String to) throws Exception {
        GenericDomainEventEntry<byte[]> row = new GenericDomainEventEntry<>("BoneTumourCase", "case-1", 1, "e-1",
                "2025-03-13T09:30:00Z", type.getName(), from, json.writeValueAsBytes(stored), "{}".getBytes());
        List<IntermediateEventRepresentation> upcast = upcaster.upcast(Stream.of(new InitialEventRepresentation(row, serializer))).toList();
        assertThat(upcast).singleElement().satisfies(event -> assertThat(event.getType().getRevision()).isEqualTo(to));
        return serializer.deserialize(upcast.get(0).getData());
    }
}
