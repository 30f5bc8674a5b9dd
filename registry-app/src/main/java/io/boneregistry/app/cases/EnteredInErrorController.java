package io.boneregistry.app.cases;

import io.boneregistry.api.enteredinerror.MarkEnteredInError;
import io.boneregistry.api.guideline.EntryKind;
import io.boneregistry.api.guideline.EntryRef;
import io.boneregistry.api.validation.PrintableText;
import io.boneregistry.app.security.CentreScoped;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Marking a case, or one of its entries, entered in error (docs/api.md#entered-in-error): a
 * duplicate or a mistake is struck through, kept in the history and counted nowhere. The body is
 * {@code {"reason"}}; each accepts {@code ?dryRun=true}.
 */
@RestController
@RequestMapping("/api/cases/{caseId}")
@CentreScoped(CentreScoped.Scope.CASE)
class EnteredInErrorController {

    private static final String MARK = "/entered-in-error";

    private final CaseWrites writes;

    EnteredInErrorController(CaseWrites writes) {
        this.writes = writes;
    }

    record Reason(@NotBlank @PrintableText @Size(max = 2000) String reason) {
    }

    @PostMapping(MARK)
    @Operation(summary = "Mark the whole case entered in error")
    WriteAnswer markCase(@PathVariable String caseId, @Validated @RequestBody Reason body) {
        return mark(caseId, EntryRef.single(EntryKind.REGISTRATION), null, body);
    }

    @PostMapping("/biopsy-decision" + MARK)
    @Operation(summary = "Mark the biopsy decision entered in error")
    WriteAnswer markBiopsyDecision(@PathVariable String caseId, @Validated @RequestBody Reason body) {
        return mark(caseId, EntryRef.single(EntryKind.BIOPSY_DECISION), null, body);
    }

    @PostMapping("/biopsy" + MARK)
    @Operation(summary = "Mark the biopsy entered in error")
    WriteAnswer markBiopsy(@PathVariable String caseId, @Validated @RequestBody Reason body) {
        return mark(caseId, EntryRef.single(EntryKind.BIOPSY), null, body);
    }

    @PostMapping("/pre-procedure-checks/{checksId}" + MARK)
    @Operation(summary = "Mark pre-procedure checks entered in error")
    WriteAnswer markChecks(@PathVariable String caseId, @PathVariable String checksId, @Validated @RequestBody Reason body) {
        return mark(caseId, EntryRef.of(EntryKind.PRE_PROCEDURE_CHECKS, checksId), null, body);
    }

    @PostMapping("/procedures/{procedureId}" + MARK)
    @Operation(summary = "Mark a procedure entered in error (its complications and follow-ups first)")
    WriteAnswer markProcedure(@PathVariable String caseId, @PathVariable String procedureId, @Validated @RequestBody Reason body) {
        return mark(caseId, EntryRef.of(EntryKind.PROCEDURE, procedureId), null, body);
    }

    @PostMapping("/procedures/{procedureId}/complications/{complicationId}" + MARK)
    @Operation(summary = "Mark a complication entered in error")
    WriteAnswer markComplication(@PathVariable String caseId, @PathVariable String procedureId, @PathVariable String complicationId,
                                 @Validated @RequestBody Reason body) {
        return mark(caseId, EntryRef.of(EntryKind.COMPLICATION, complicationId), procedureId, body);
    }

    @PostMapping("/follow-ups/{followUpId}" + MARK)
    @Operation(summary = "Mark a follow-up entered in error")
    WriteAnswer markFollowUp(@PathVariable String caseId, @PathVariable String followUpId, @Validated @RequestBody Reason body) {
        return mark(caseId, EntryRef.of(EntryKind.FOLLOW_UP, followUpId), null, body);
    }

    @PostMapping("/other-treatments/{treatmentId}" + MARK)
    @Operation(summary = "Mark another treatment entered in error")
    WriteAnswer markOtherTreatment(@PathVariable String caseId, @PathVariable String treatmentId, @Validated @RequestBody Reason body) {
        return mark(caseId, EntryRef.of(EntryKind.OTHER_TREATMENT, treatmentId), null, body);
    }

    @PostMapping("/closure" + MARK)
    @Operation(summary = "Mark the closure entered in error, which reopens the case")
    WriteAnswer markClosure(@PathVariable String caseId, @Validated @RequestBody Reason body) {
        return mark(caseId, EntryRef.single(EntryKind.CLOSURE), null, body);
    }

    private WriteAnswer mark(String caseId, EntryRef entry, String procedureId, Reason body) {
        return WriteAnswer.of(caseId, writes.send(new MarkEnteredInError(caseId, entry, procedureId, body.reason())));
    }
}
