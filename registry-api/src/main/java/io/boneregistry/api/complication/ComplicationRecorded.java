package io.boneregistry.api.complication;

import org.axonframework.serialization.Revision;

/** Revision 2: the complication may name its step, timing and resolution (revision 1 read as none known). */
@Revision("2")
public record ComplicationRecorded(
        String caseId,
        String procedureId,
        String complicationId,
        Complication complication) {
}
