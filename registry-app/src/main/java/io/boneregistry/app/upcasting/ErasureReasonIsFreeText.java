package io.boneregistry.app.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.boneregistry.api.erasure.PersonalDataErased;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@link PersonalDataErased} revision 1 to 2: {@code reason} became {@code erasureReason}, the
 * name under which free text is sealed and left out of exports (issue 11). Erasures stored before
 * kept their reason readable; it stays so, as it was written.
 */
@Component
@Order(0)
public class ErasureReasonIsFreeText extends SingleEventUpcaster {

    private static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(PersonalDataErased.class.getName(), "1");
    private static final SimpleSerializedType REVISION_2 = new SimpleSerializedType(PersonalDataErased.class.getName(), "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation event) {
        return event.getType().equals(REVISION_1);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
        return event.upcastPayload(REVISION_2, JsonNode.class, payload -> {
            ObjectNode upcast = ((ObjectNode) payload).deepCopy();
            upcast.set("erasureReason", upcast.remove("reason"));
            return upcast;
        });
    }
}
