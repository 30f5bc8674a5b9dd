package io.boneregistry.app.upcasting;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.boneregistry.api.assessment.Assessment;
import io.boneregistry.api.assessment.AssessmentAmended;
import io.boneregistry.api.assessment.AssessmentRecorded;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Stream;

import static io.boneregistry.api.fixtures.CaseFixture.osteoidOsteomaOfFemur;
import static org.assertj.core.api.Assertions.assertThat;

class AssessmentsSayRefusalAndAnalgesiaTest {

    private final ObjectMapper json = JsonMapper.builder().findAndAddModules().build();
    private final JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(json).build();

    @Test
    void anAssessmentRecordedAtRevision1ReadsWithRefusalAndAnalgesiaUnknown() throws Exception {
        Assessment assessment = osteoidOsteomaOfFemur();
        AssessmentRecorded read = serializer.deserialize(upcast(AssessmentRecorded.class, revision1(new AssessmentRecorded("case-1", assessment))).getData());

        assertThat(read.assessment()).isEqualTo(assessment);
        assertThat(read.assessment().refusesSurgery()).isNull();
        assertThat(read.assessment().painControlledByConventionalAnalgesia()).isNull();
    }

    @Test
    void anAmendmentAtRevision1ReadsTheSame() throws Exception {
        Assessment assessment = osteoidOsteomaOfFemur();
        AssessmentAmended read = serializer.deserialize(upcast(AssessmentAmended.class,
                revision1(new AssessmentAmended("case-1", assessment, "sealed:v1:abc"))).getData());

        assertThat(read.assessment()).isEqualTo(assessment);
    }

    /** The event as main stored it at revision 1: the assessment without the two fields revision 2 added. */
    private String revision1(Object event) throws Exception {
        ObjectNode stored = json.valueToTree(event);
        ObjectNode assessment = (ObjectNode) stored.get("assessment");
        assessment.remove(List.of("refusesSurgery", "painControlledByConventionalAnalgesia"));
        assertThat(assessment.has("baselinePain")).isTrue();
        return json.writeValueAsString(stored);
    }

    private IntermediateEventRepresentation upcast(Class<?> type, String payload) {
        GenericDomainEventEntry<byte[]> entry = new GenericDomainEventEntry<>("BoneTumourCase", "case-1", 1, "e-1",
                "2025-03-13T09:30:00Z", type.getName(), "1", payload.getBytes(), "{}".getBytes());
        List<IntermediateEventRepresentation> upcast = new AssessmentsSayRefusalAndAnalgesia()
                .upcast(Stream.of(new InitialEventRepresentation(entry, serializer))).toList();
        assertThat(upcast.get(0).getType().getRevision()).isEqualTo("2");
        return upcast.get(0);
    }
}
