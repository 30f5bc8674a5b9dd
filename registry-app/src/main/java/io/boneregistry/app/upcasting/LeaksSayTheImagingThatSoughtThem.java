package io.boneregistry.app.upcasting;

import io.boneregistry.api.procedure.ProcedureAmended;
import io.boneregistry.api.procedure.ProcedurePerformed;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;

/**
 * {@link ProcedurePerformed} and {@link ProcedureAmended} revision 4 to 5: a cement step's leakage
 * says the imaging that looked for it (issue 27); one stored before does not.
 */
@Component
@Order(11)
public class LeaksSayTheImagingThatSoughtThem extends NewFieldsReadAsUnknown {

    public LeaksSayTheImagingThatSoughtThem() {
        super(Set.of(ProcedurePerformed.class, ProcedureAmended.class), "4", "5", "/procedure/steps", "/leakage", List.of("checkedBy"));
    }
}
