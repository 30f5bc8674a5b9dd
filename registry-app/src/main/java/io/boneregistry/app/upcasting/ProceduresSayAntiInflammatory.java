package io.boneregistry.app.upcasting;

import io.boneregistry.api.procedure.ProcedureAmended;
import io.boneregistry.api.procedure.ProcedurePerformed;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;

/**
 * {@link ProcedurePerformed} and {@link ProcedureAmended} revision 1 to 2: a procedure may say
 * whether an anti-inflammatory was given after RFA (issue 14, point 5); one stored before does not.
 */
@Component
@Order(3)
public class ProceduresSayAntiInflammatory extends NewFieldsReadAsUnknown {

    public ProceduresSayAntiInflammatory() {
        super(Set.of(ProcedurePerformed.class, ProcedureAmended.class), "1", "2", "/procedure", List.of("antiInflammatoryProphylaxis"));
    }
}
