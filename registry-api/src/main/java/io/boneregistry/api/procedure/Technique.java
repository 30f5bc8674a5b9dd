package io.boneregistry.api.procedure;

/** The treatment techniques of docs/guideline.md#techniques-2-and-their-codes, with the family each belongs to. */
public enum Technique {
    CEMENTOPLASTY(Family.CONSOLIDATION),
    ETHANOL(Family.CHEMICAL_ABLATION),
    LASER(Family.THERMAL_ABLATION),
    RFA(Family.THERMAL_ABLATION),
    CRYO(Family.THERMAL_ABLATION),
    RF_IONIZATION(Family.CAVITATION);

    public enum Family { CONSOLIDATION, CHEMICAL_ABLATION, THERMAL_ABLATION, CAVITATION }

    private final Family family;

    Technique(Family family) {
        this.family = family;
    }

    public Family family() {
        return family;
    }

    public boolean thermalAblation() {
        return family == Family.THERMAL_ABLATION;
    }

    /** Heat, not cold: the techniques R-THERMAL-NEURO's 45 °C limit is about. */
    public boolean heatBased() {
        return this == LASER || this == RFA;
    }
}
