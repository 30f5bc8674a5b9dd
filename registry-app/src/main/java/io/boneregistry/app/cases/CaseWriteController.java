package io.boneregistry.app.cases;

import io.boneregistry.api.assessment.AmendAssessment;
import io.boneregistry.api.assessment.Assessment;
import io.boneregistry.api.assessment.RecordAssessment;
import io.boneregistry.api.biopsy.AmendBiopsy;
import io.boneregistry.api.biopsy.AmendBiopsyDecision;
import io.boneregistry.api.biopsy.BiopsyDecision;
import io.boneregistry.api.biopsy.BiopsyResult;
import io.boneregistry.api.biopsy.DecideBiopsy;
import io.boneregistry.api.biopsy.RecordBiopsy;
import io.boneregistry.api.checks.AmendPreProcedureChecks;
import io.boneregistry.api.checks.CompletePreProcedureChecks;
import io.boneregistry.api.checks.PreProcedureChecks;
import io.boneregistry.api.closure.CloseCase;
import io.boneregistry.api.closure.Closure;
import io.boneregistry.api.complication.AmendComplication;
import io.boneregistry.api.complication.Complication;
import io.boneregistry.api.complication.RecordComplication;
import io.boneregistry.api.followup.AmendFollowUp;
import io.boneregistry.api.othertreatment.AmendOtherTreatment;
import io.boneregistry.api.othertreatment.OtherTreatment;
import io.boneregistry.api.othertreatment.RecordOtherTreatment;
import io.boneregistry.api.followup.FollowUp;
import io.boneregistry.api.followup.RecordFollowUp;
import io.boneregistry.api.guideline.Advice;
import io.boneregistry.api.procedure.AmendProcedure;
import io.boneregistry.api.procedure.Procedure;
import io.boneregistry.api.procedure.RecordProcedure;
import io.boneregistry.api.registration.RegisterCase;
import io.boneregistry.api.registration.Registration;
import io.boneregistry.api.treatment.AmendTreatmentDecision;
import io.boneregistry.api.treatment.DecideTreatment;
import io.boneregistry.api.treatment.TreatmentDecision;
import io.boneregistry.app.security.CentreScope;
import io.boneregistry.app.security.CentreScoped;
import io.boneregistry.app.security.Requester;
import io.boneregistry.app.security.Requesters;
import io.boneregistry.app.web.Entry;
import io.boneregistry.app.web.EntryBody;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

/**
 * Logging a case: one endpoint per entry of the pathway and one to amend each. Bodies are the
 * entry's content (see docs/api.md; the OpenAPI document derives each from the {@link EntryBody} parameter) plus the optional "justification", the client's own id where the
 * entry has one, and on amendments the mandatory "reasonForChange". Each accepts {@code ?dryRun=true}.
 */
@RestController
@RequestMapping("/api/cases")
@CentreScoped(CentreScoped.Scope.CASE)
class CaseWriteController {

    private final CaseWrites writes;

    CaseWriteController(CaseWrites writes) {
        this.writes = writes;
    }

    @PostMapping
    @CentreScoped(CentreScoped.Scope.HANDLER)
    @Operation(summary = "Register a case")
    ResponseEntity<WriteAnswer> register(@EntryBody(idField = "caseId") Entry<Registration> body) {
        String caseId = body.id();
        Requester requester = Requesters.required();
        if (!requester.writesCasesOf(body.content().centreId())) {
            throw CentreScope.refused("centreId", "you register cases only for your own centres " + requester.centres());
        }
        Advice advice = send(new RegisterCase(caseId, body.content(), body.justification()));
        return ResponseEntity.created(URI.create("/api/cases/" + caseId)).body(WriteAnswer.of(caseId, advice));
    }

    @PostMapping("/{caseId}/assessment")
    @Operation(summary = "Record the assessment")
    WriteAnswer assess(@PathVariable String caseId, @EntryBody Entry<Assessment> body) {
        return WriteAnswer.of(caseId, send(new RecordAssessment(caseId, body.content(), body.justification())));
    }

    @PutMapping("/{caseId}/assessment")
    @Operation(summary = "Amend the assessment")
    WriteAnswer amendAssessment(@PathVariable String caseId, @EntryBody(amendment = true) Entry<Assessment> body) {
        return WriteAnswer.of(caseId, send(new AmendAssessment(caseId, body.content(), body.reasonForChange(), body.justification())));
    }

    @PostMapping("/{caseId}/biopsy-decision")
    @Operation(summary = "Record the biopsy decision")
    WriteAnswer decideBiopsy(@PathVariable String caseId, @EntryBody Entry<BiopsyDecision> body) {
        return WriteAnswer.of(caseId, send(new DecideBiopsy(caseId, body.content(), body.justification())));
    }

    @PutMapping("/{caseId}/biopsy-decision")
    @Operation(summary = "Amend the biopsy decision")
    WriteAnswer amendBiopsyDecision(@PathVariable String caseId, @EntryBody(amendment = true) Entry<BiopsyDecision> body) {
        return WriteAnswer.of(caseId, send(new AmendBiopsyDecision(caseId, body.content(), body.reasonForChange(), body.justification())));
    }

    @PostMapping("/{caseId}/biopsy")
    @Operation(summary = "Record the biopsy and its histology")
    WriteAnswer recordBiopsy(@PathVariable String caseId, @EntryBody Entry<BiopsyResult> body) {
        return WriteAnswer.of(caseId, send(new RecordBiopsy(caseId, body.content(), body.justification())));
    }

    @PutMapping("/{caseId}/biopsy")
    @Operation(summary = "Amend the biopsy")
    WriteAnswer amendBiopsy(@PathVariable String caseId, @EntryBody(amendment = true) Entry<BiopsyResult> body) {
        return WriteAnswer.of(caseId, send(new AmendBiopsy(caseId, body.content(), body.reasonForChange(), body.justification())));
    }

    @PostMapping("/{caseId}/treatment-decision")
    @Operation(summary = "Record the MDT treatment decision")
    WriteAnswer decideTreatment(@PathVariable String caseId, @EntryBody Entry<TreatmentDecision> body) {
        return WriteAnswer.of(caseId, send(new DecideTreatment(caseId, body.content(), body.justification())));
    }

    @PutMapping("/{caseId}/treatment-decision")
    @Operation(summary = "Amend the treatment decision")
    WriteAnswer amendTreatmentDecision(@PathVariable String caseId, @EntryBody(amendment = true) Entry<TreatmentDecision> body) {
        return WriteAnswer.of(caseId, send(new AmendTreatmentDecision(caseId, body.content(), body.reasonForChange(), body.justification())));
    }

    @PostMapping("/{caseId}/pre-procedure-checks")
    @Operation(summary = "Record pre-procedure checks")
    WriteAnswer completeChecks(@PathVariable String caseId, @EntryBody(idField = "checksId") Entry<PreProcedureChecks> body) {
        return WriteAnswer.of(caseId, send(new CompletePreProcedureChecks(caseId, body.id(), body.content(), body.justification())));
    }

    @PutMapping("/{caseId}/pre-procedure-checks")
    @Operation(summary = "Amend the latest pre-procedure checks")
    WriteAnswer amendChecks(@PathVariable String caseId, @EntryBody(amendment = true) Entry<PreProcedureChecks> body) {
        return WriteAnswer.of(caseId, send(new AmendPreProcedureChecks(caseId, body.content(), body.reasonForChange(), body.justification())));
    }

    @PostMapping("/{caseId}/procedures")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a procedure")
    WriteAnswer recordProcedure(@PathVariable String caseId, @EntryBody(idField = "procedureId") Entry<Procedure> body) {
        String procedureId = body.id();
        Advice advice = send(new RecordProcedure(caseId, procedureId, body.content(), body.justification()));
        return WriteAnswer.procedure(caseId, procedureId, advice);
    }

    @PutMapping("/{caseId}/procedures/{procedureId}")
    @Operation(summary = "Amend a procedure")
    WriteAnswer amendProcedure(@PathVariable String caseId, @PathVariable String procedureId,
                               @EntryBody(amendment = true, idField = "procedureId") Entry<Procedure> body) {
        Advice advice = send(new AmendProcedure(caseId, procedureId, body.content(), body.reasonForChange(), body.justification()));
        return WriteAnswer.procedure(caseId, procedureId, advice);
    }

    @PostMapping("/{caseId}/procedures/{procedureId}/complications")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a complication of a procedure")
    WriteAnswer recordComplication(@PathVariable String caseId, @PathVariable String procedureId,
                                   @EntryBody(idField = "complicationId") Entry<Complication> body) {
        String complicationId = body.id();
        Advice advice = send(new RecordComplication(caseId, procedureId, complicationId, body.content(), body.justification()));
        return WriteAnswer.complication(caseId, procedureId, complicationId, advice);
    }

    @PutMapping("/{caseId}/procedures/{procedureId}/complications/{complicationId}")
    @Operation(summary = "Amend a complication")
    WriteAnswer amendComplication(@PathVariable String caseId, @PathVariable String procedureId, @PathVariable String complicationId,
                                  @EntryBody(amendment = true, idField = "complicationId") Entry<Complication> body) {
        Advice advice = send(new AmendComplication(caseId, procedureId, complicationId, body.content(), body.reasonForChange(), body.justification()));
        return WriteAnswer.complication(caseId, procedureId, complicationId, advice);
    }

    @PostMapping("/{caseId}/follow-ups")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a follow-up of a procedure")
    WriteAnswer recordFollowUp(@PathVariable String caseId, @EntryBody(idField = "followUpId") Entry<FollowUp> body) {
        String followUpId = body.id();
        Advice advice = send(new RecordFollowUp(caseId, followUpId, body.content(), body.justification()));
        return WriteAnswer.followUp(caseId, followUpId, advice);
    }

    @PutMapping("/{caseId}/follow-ups/{followUpId}")
    @Operation(summary = "Amend a follow-up")
    WriteAnswer amendFollowUp(@PathVariable String caseId, @PathVariable String followUpId,
                              @EntryBody(amendment = true, idField = "followUpId") Entry<FollowUp> body) {
        Advice advice = send(new AmendFollowUp(caseId, followUpId, body.content(), body.reasonForChange(), body.justification()));
        return WriteAnswer.followUp(caseId, followUpId, advice);
    }

    @PostMapping("/{caseId}/other-treatments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record another treatment (radiotherapy, systemic therapy, surgery or fixation, re-treatment)")
    WriteAnswer recordOtherTreatment(@PathVariable String caseId, @EntryBody(idField = "treatmentId") Entry<OtherTreatment> body) {
        String treatmentId = body.id();
        Advice advice = send(new RecordOtherTreatment(caseId, treatmentId, body.content(), body.justification()));
        return WriteAnswer.otherTreatment(caseId, treatmentId, advice);
    }

    @PutMapping("/{caseId}/other-treatments/{treatmentId}")
    @Operation(summary = "Amend another treatment")
    WriteAnswer amendOtherTreatment(@PathVariable String caseId, @PathVariable String treatmentId,
                                    @EntryBody(amendment = true, idField = "treatmentId") Entry<OtherTreatment> body) {
        Advice advice = send(new AmendOtherTreatment(caseId, treatmentId, body.content(), body.reasonForChange(), body.justification()));
        return WriteAnswer.otherTreatment(caseId, treatmentId, advice);
    }

    @PostMapping("/{caseId}/closure")
    @Operation(summary = "Close the case")
    WriteAnswer close(@PathVariable String caseId, @EntryBody Entry<Closure> body) {
        return WriteAnswer.of(caseId, send(new CloseCase(caseId, body.content(), body.justification())));
    }

    private Advice send(Object command) {
        return writes.send(command);
    }
}
