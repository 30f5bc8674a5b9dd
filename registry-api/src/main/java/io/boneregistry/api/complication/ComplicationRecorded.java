package io.boneregistry.api.complication;

import org.axonframework.serialization.Revision;

@Revision("1")
public record ComplicationRecorded(
        String caseId,
        String procedureId,
        String complicationId,
        Complication complication) {
}
