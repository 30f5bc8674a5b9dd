package io.boneregistry.app.upcasting;

import com.fasterxml.jackson.databind.json.JsonMapper;
import io.boneregistry.api.complication.Complication;
import io.boneregistry.api.complication.ComplicationAmended;
import io.boneregistry.api.complication.ComplicationRecorded;
import io.boneregistry.api.complication.ComplicationType;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ComplicationsNameStepTimingAndEndTest {

    /** As main stored them before revision 2 (the description sealed, as the registry stores free text). */
    private static final String RECORDED_1 = "{\"caseId\":\"case-1\",\"procedureId\":\"p-1\",\"complicationId\":\"c-1\","
            + "\"complication\":{\"onset\":\"2025-03-12\",\"type\":\"FEVER\",\"cirseGrade\":1,\"description\":\"sealed:v1:abc\"}}";
    private static final String AMENDED_1 = "{\"caseId\":\"case-1\",\"procedureId\":\"p-1\",\"complicationId\":\"c-1\","
            + "\"complication\":{\"onset\":\"2025-03-13\",\"type\":\"FEVER\",\"cirseGrade\":2,\"description\":null},"
            + "\"reasonForChange\":\"sealed:v1:def\"}";

    private final JacksonSerializer serializer = JacksonSerializer.builder()
            .objectMapper(JsonMapper.builder().findAndAddModules().build()).build();

    @Test
    void aComplicationRecordedAtRevision1ReadsWithNoStepTimingOrEnd() {
        ComplicationRecorded event = serializer.deserialize(upcast(ComplicationRecorded.class.getName(), RECORDED_1).getData());

        assertThat(event.complication()).isEqualTo(new Complication(LocalDate.of(2025, 3, 12), ComplicationType.FEVER, 1, "sealed:v1:abc"));
    }

    @Test
    void anAmendmentAtRevision1ReadsTheSame() {
        ComplicationAmended event = serializer.deserialize(upcast(ComplicationAmended.class.getName(), AMENDED_1).getData());

        assertThat(event.complication()).isEqualTo(new Complication(LocalDate.of(2025, 3, 13), ComplicationType.FEVER, 2, null));
        assertThat(event.reasonForChange()).isEqualTo("sealed:v1:def");
    }

    @Test
    void revision2IsLeftAsItIs() {
        IntermediateEventRepresentation current = stored(ComplicationRecorded.class.getName(), "2", RECORDED_1);

        assertThat(new ComplicationsNameStepTimingAndEnd().upcast(Stream.of(current)).toList()).containsExactly(current);
    }

    private IntermediateEventRepresentation upcast(String type, String payload) {
        List<IntermediateEventRepresentation> upcast = new ComplicationsNameStepTimingAndEnd().upcast(Stream.of(stored(type, "1", payload))).toList();
        assertThat(upcast).hasSize(1);
        assertThat(upcast.get(0).getType().getRevision()).isEqualTo("2");
        return upcast.get(0);
    }

    private InitialEventRepresentation stored(String type, String revision, String payload) {
        GenericDomainEventEntry<byte[]> entry = new GenericDomainEventEntry<>("BoneTumourCase", "case-1", 7, "e-1",
                "2025-03-13T09:30:00Z", type, revision, payload.getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8));
        return new InitialEventRepresentation(entry, serializer);
    }
}
