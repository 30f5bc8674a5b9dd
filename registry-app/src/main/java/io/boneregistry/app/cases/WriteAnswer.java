package io.boneregistry.app.cases;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.boneregistry.api.guideline.Advice;

/** What every write answers: the case, the id of the entry it created if any, and the guideline's advice. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WriteAnswer(String caseId, String procedureId, String complicationId, String followUpId, String treatmentId, Advice advice) {

    static WriteAnswer of(String caseId, Advice advice) {
        return new WriteAnswer(caseId, null, null, null, null, advice);
    }

    static WriteAnswer procedure(String caseId, String procedureId, Advice advice) {
        return new WriteAnswer(caseId, procedureId, null, null, null, advice);
    }

    static WriteAnswer complication(String caseId, String procedureId, String complicationId, Advice advice) {
        return new WriteAnswer(caseId, procedureId, complicationId, null, null, advice);
    }

    static WriteAnswer followUp(String caseId, String followUpId, Advice advice) {
        return new WriteAnswer(caseId, null, null, followUpId, null, advice);
    }

    static WriteAnswer otherTreatment(String caseId, String treatmentId, Advice advice) {
        return new WriteAnswer(caseId, null, null, null, treatmentId, advice);
    }
}
