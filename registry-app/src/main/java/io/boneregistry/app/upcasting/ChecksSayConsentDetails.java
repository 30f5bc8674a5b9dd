package io.boneregistry.app.upcasting;

import io.boneregistry.api.checks.PreProcedureChecksAmended;
import io.boneregistry.api.checks.PreProcedureChecksCompleted;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;

/**
 * {@link PreProcedureChecksCompleted} and {@link PreProcedureChecksAmended} revision 1 to 2: checks
 * may give the consent's date and say whether its risks and alternatives were discussed (issue 14,
 * point 5); checks stored before say neither, which R-PREP-CONSENT leaves unjudged.
 */
@Component
@Order(7)
public class ChecksSayConsentDetails extends NewFieldsReadAsUnknown {

    public ChecksSayConsentDetails() {
        super(Set.of(PreProcedureChecksCompleted.class, PreProcedureChecksAmended.class), "1", "2", "/checks",
                List.of("consentedOn", "risksAndAlternativesDiscussed"));
    }
}
