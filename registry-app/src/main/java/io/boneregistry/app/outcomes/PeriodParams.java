package io.boneregistry.app.outcomes;

import io.boneregistry.app.security.CentreFilter;
import jakarta.validation.constraints.AssertTrue;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/** A centre (or every centre) and a period of entry dates, both ends inclusive: the scope of conformance and of the audit report. */
public record PeriodParams(
        String centreId,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) implements CentreFilter {

    @AssertTrue(message = "from must not be after to")
    public boolean isPeriod() {
        return from == null || to == null || !from.isAfter(to);
    }
}
