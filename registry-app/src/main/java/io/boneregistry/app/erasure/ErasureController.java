package io.boneregistry.app.erasure;

import io.boneregistry.api.erasure.ErasePersonalData;
import io.boneregistry.api.validation.PrintableText;
import io.boneregistry.app.cases.CaseWrites;
import io.boneregistry.app.security.CentreScoped;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/**
 * {@code POST /api/cases/{caseId}/erasure}: a registry manager erases a patient's personal fields
 * (pseudonym, birth year, free text) for good, giving a reason; the case's clinical facts stay and
 * still count in every statistic.
 */
@RestController
@CentreScoped(CentreScoped.Scope.CASE)
class ErasureController {

    private final CaseWrites writes;

    ErasureController(CaseWrites writes) {
        this.writes = writes;
    }

    @PostMapping("/api/cases/{caseId}/erasure")
    Map<String, Object> erase(@PathVariable String caseId, @Validated @RequestBody Erasure body) {
        writes.send(new ErasePersonalData(caseId, body.reason()));
        return Map.of("caseId", caseId, "erased", true);
    }

    record Erasure(@NotBlank @PrintableText @Size(max = 500) String reason) {
    }
}
