package io.boneregistry.app.upcasting;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.boneregistry.api.assessment.AssessmentAmended;
import io.boneregistry.api.assessment.AssessmentRecorded;
import io.boneregistry.api.procedure.Procedure;
import io.boneregistry.api.procedure.ProcedureAmended;
import io.boneregistry.api.procedure.ProcedurePerformed;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Stream;

import static io.boneregistry.api.fixtures.CaseFixture.osteoidOsteomaOfFemur;
import static io.boneregistry.api.fixtures.ProcedureFixture.rfaAlone;
import static io.boneregistry.api.fixtures.ProcedureFixture.withAntiInflammatory;
import static org.assertj.core.api.Assertions.assertThat;

/** Events stored at revision 1, before a revision added optional fields, read back with those fields empty. */
class NewFieldsReadAsUnknownTest {

    private final ObjectMapper json = JsonMapper.builder().findAndAddModules().build();
    private final JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(json).build();

    @Test
    void anAssessmentOfRevision1SaysNothingOfRefusalOrAnalgesia() throws Exception {
        AssessmentRecorded recorded = new AssessmentRecorded("case-1", osteoidOsteomaOfFemur());
        AssessmentAmended amended = new AssessmentAmended("case-1", osteoidOsteomaOfFemur(), "sealed:v1:abc");
        AssessmentsSayRefusalAndAnalgesia upcaster = new AssessmentsSayRefusalAndAnalgesia();
        List<String> added = List.of("refusesSurgery", "painControlledByConventionalAnalgesia");

        assertThat(readAsStoredBefore(recorded, upcaster, "assessment", added)).isEqualTo(recorded);
        assertThat(readAsStoredBefore(amended, upcaster, "assessment", added)).isEqualTo(amended);
        assertThat(recorded.assessment().refusesSurgery()).isNull();
    }

    @Test
    void aProcedureOfRevision1SaysNothingOfAnAntiInflammatory() throws Exception {
        Procedure unknown = withAntiInflammatory(rfaAlone(), null);
        ProceduresSayAntiInflammatory upcaster = new ProceduresSayAntiInflammatory();
        List<String> added = List.of("antiInflammatoryProphylaxis");

        assertThat(readAsStoredBefore(new ProcedurePerformed("case-1", "p-1", unknown), upcaster, "procedure", added))
                .isEqualTo(new ProcedurePerformed("case-1", "p-1", unknown));
        assertThat(readAsStoredBefore(new ProcedureAmended("case-1", "p-1", unknown, "sealed:v1:abc"), upcaster, "procedure", added))
                .isEqualTo(new ProcedureAmended("case-1", "p-1", unknown, "sealed:v1:abc"));
    }

    /** The event written as revision 1 was (without the added fields), upcast, and read. */
    private Object readAsStoredBefore(Object event, NewFieldsReadAsUnknown upcaster, String entry, List<String> added) throws Exception {
        ObjectNode stored = json.valueToTree(event);
        ((ObjectNode) stored.get(entry)).remove(added);
        GenericDomainEventEntry<byte[]> row = new GenericDomainEventEntry<>("BoneTumourCase", "case-1", 1, "e-1",
                "2025-03-13T09:30:00Z", event.getClass().getName(), "1", json.writeValueAsBytes(stored), "{}".getBytes());
        List<IntermediateEventRepresentation> upcast = upcaster.upcast(Stream.of(new InitialEventRepresentation(row, serializer))).toList();
        assertThat(upcast).hasSize(1);
        assertThat(upcast.get(0).getType().getRevision()).isEqualTo("2");
        assertThat(json.readTree(upcast.get(0).getData(byte[].class).getData()).get(entry).has(added.get(0))).isTrue();
        return serializer.deserialize(upcast.get(0).getData());
    }
}
