package io.boneregistry.app.outcomes;

import io.boneregistry.api.procedure.Technique;
import io.boneregistry.app.security.CentreFilter;
import io.boneregistry.outcomes.benchmark.DatasetFilter;
import jakarta.validation.constraints.AssertTrue;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/** The query parameters that select procedures (docs/api.md, "Reading"). */
public record FilterParams(
        String centreId,
        String operatorId,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
        Technique technique,
        Boolean combined,
        Boolean otherTreatment) implements CentreFilter {

    public DatasetFilter filter() {
        return new DatasetFilter(centreId, operatorId, from, to, technique, combined, otherTreatment);
    }

    @AssertTrue(message = "from must not be after to")
    public boolean isPeriod() {
        return from == null || to == null || !from.isAfter(to);
    }
}
