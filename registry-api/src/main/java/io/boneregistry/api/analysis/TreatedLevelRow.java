package io.boneregistry.api.analysis;

import io.boneregistry.api.assessment.LesionSite;
import io.boneregistry.api.assessment.VertebralLevel;
import io.boneregistry.api.procedure.LeakImaging;
import io.boneregistry.api.procedure.LeakageSite;
import io.boneregistry.api.procedure.Technique;

import java.util.List;

/**
 * One technique step of a procedure and the site and level it treated (the index lesion's when the
 * step names none): the unit BM-CEMENT-LEAK counts for cementoplasty (docs/outcomes.md#units).
 * Cement and leakage fields (and the imaging that sought a leak) are empty for other techniques;
 * ethanol volume for all but ethanol.
 */
public record TreatedLevelRow(
        int stepNumber,
        Technique technique,
        LesionSite site,
        VertebralLevel level,
        Double cementVolumeMl,
        Boolean leaked,
        List<LeakageSite> leakageSites,
        Boolean symptomaticLeak,
        List<LeakImaging> leakCheckedBy,
        Double ethanolVolumeMl) {
}
