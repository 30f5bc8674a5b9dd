package io.boneregistry.outcomes.cusum;

import java.time.LocalDate;

/**
 * One procedure of an operator's CUSUM. Its case, procedure and date are given only for cases inside
 * the asker's scope (see {@link CusumChart#within}); the centre always, so a unit knows whose it is.
 */
public record CusumPoint(int index, String centreId, String caseId, String procedureId, LocalDate performedOn, boolean failure,
                         double value, boolean signal) {

    CusumPoint countedOnly() {
        return new CusumPoint(index, centreId, null, null, null, failure, value, signal);
    }
}
