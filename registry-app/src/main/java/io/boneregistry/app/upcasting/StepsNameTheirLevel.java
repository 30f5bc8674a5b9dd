package io.boneregistry.app.upcasting;

import io.boneregistry.api.procedure.ProcedureAmended;
import io.boneregistry.api.procedure.ProcedurePerformed;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;

/**
 * {@link ProcedurePerformed} and {@link ProcedureAmended} revision 2 to 3: each technique step may
 * name the site and vertebral level it treats (issue 14, point 1); a step stored before names none,
 * which means the index lesion, as it did.
 */
@Component
@Order(5)
public class StepsNameTheirLevel extends NewFieldsReadAsUnknown {

    public StepsNameTheirLevel() {
        super(Set.of(ProcedurePerformed.class, ProcedureAmended.class), "2", "3", "/procedure/steps", List.of("site", "level"));
    }
}
