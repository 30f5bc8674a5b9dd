package io.boneregistry.app.outcomes;

import io.boneregistry.outcomes.benchmark.OutcomeSettings;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** docs/outcomes.md's settings as optional query parameters; whatever is left out keeps its default. */
public record SettingsParams(
        @Min(0) @Max(3650) Integer painWindowTarget,
        @Min(0) @Max(3650) Integer painWindowFrom,
        @Min(0) @Max(3650) Integer painWindowTo,
        @DecimalMin(value = "0", inclusive = false) @DecimalMax(value = "1", inclusive = false) Double painReductionThreshold,
        @Min(1) Integer minDenominator,
        @DecimalMin(value = "1", inclusive = false) @DecimalMax("100") Double cusumRateRatio,
        @DecimalMin(value = "0", inclusive = false) Double cusumThreshold,
        @Min(1) @Max(100) Integer smallCellThreshold,
        @DecimalMin(value = "0") @DecimalMax(value = "1", inclusive = false) Double ethanolPainReductionThreshold,
        @DecimalMin(value = "0", inclusive = false) @DecimalMax(value = "1", inclusive = false) Double cryoPainReductionThreshold,
        @Min(1) @Max(3650) Integer recurrenceFollowUpDays,
        @Min(0) @Max(3650) Integer complicationWindowDays) {

    public OutcomeSettings settings() {
        OutcomeSettings defaults = OutcomeSettings.defaults();
        double threshold = painReductionThreshold != null ? painReductionThreshold : defaults.painReductionThreshold();
        return new OutcomeSettings(
                painWindowTarget != null ? painWindowTarget : defaults.painWindowTarget(),
                painWindowFrom != null ? painWindowFrom : defaults.painWindowFrom(),
                painWindowTo != null ? painWindowTo : defaults.painWindowTo(),
                threshold,
                minDenominator != null ? minDenominator : defaults.minDenominator(),
                cusumRateRatio != null ? cusumRateRatio : defaults.cusumRateRatio(),
                cusumThreshold != null ? cusumThreshold : defaults.cusumThreshold(),
                smallCellThreshold != null ? smallCellThreshold : defaults.smallCellThreshold(),
                ethanolPainReductionThreshold != null ? ethanolPainReductionThreshold : defaults.ethanolPainReductionThreshold(),
                cryoPainReductionThreshold != null ? cryoPainReductionThreshold : threshold,
                recurrenceFollowUpDays != null ? recurrenceFollowUpDays : defaults.recurrenceFollowUpDays(),
                complicationWindowDays != null ? complicationWindowDays : defaults.complicationWindowDays());
    }

    @AssertTrue(message = "painWindowFrom ≤ painWindowTarget ≤ painWindowTo")
    public boolean isPainWindow() {
        OutcomeSettings settings = settings();
        return settings.painWindowFrom() <= settings.painWindowTarget() && settings.painWindowTarget() <= settings.painWindowTo();
    }
}
