package io.boneregistry.app.upcasting;

import io.boneregistry.api.erasure.PersonalDataErased;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ErasureReasonIsFreeTextTest {

    private final JacksonSerializer serializer = JacksonSerializer.defaultSerializer();

    @Test
    void anErasureStoredAtRevision1ReadsWithItsReasonAsFreeText() {
        List<IntermediateEventRepresentation> upcast = new ErasureReasonIsFreeText().upcast(Stream.of(stored("1",
                "{\"caseId\":\"case-1\",\"reason\":\"patient withdrew consent\"}"))).toList();

        assertThat(upcast).hasSize(1);
        assertThat(upcast.get(0).getType().getRevision()).isEqualTo("2");
        PersonalDataErased event = serializer.deserialize(upcast.get(0).getData());
        assertThat(event).isEqualTo(new PersonalDataErased("case-1", "patient withdrew consent"));
    }

    @Test
    void anErasureAtRevision2IsLeftAsItIs() {
        IntermediateEventRepresentation current = stored("2", "{\"caseId\":\"case-1\",\"erasureReason\":\"x\"}");

        assertThat(new ErasureReasonIsFreeText().upcast(Stream.of(current)).toList()).containsExactly(current);
    }

    private InitialEventRepresentation stored(String revision, String payload) {
        GenericDomainEventEntry<byte[]> entry = new GenericDomainEventEntry<>("BoneTumourCase", "case-1", 7, "e-1",
                "2025-03-11T09:30:00Z", PersonalDataErased.class.getName(), revision, payload.getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8));
        return new InitialEventRepresentation(entry, serializer);
    }
}
