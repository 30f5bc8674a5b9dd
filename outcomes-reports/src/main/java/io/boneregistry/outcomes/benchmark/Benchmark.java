package io.boneregistry.outcomes.benchmark;

import io.boneregistry.api.procedure.Technique;

import java.util.Arrays;
import java.util.Optional;

import static io.boneregistry.outcomes.benchmark.Direction.HIGHER_IS_BETTER;
import static io.boneregistry.outcomes.benchmark.Direction.LOWER_IS_BETTER;

/**
 * The guideline's outcome benchmarks (docs/guideline.md#documented-outcomes-6) as an auditor reads them: the documented
 * figure [low, high] (a single figure p is [p, p]; "< t" is [0, t]; "> t" and "≤ t" are [t, t]),
 * which way is better, who is counted (docs/outcomes.md#outcomes) and the source's reference. How each is
 * counted is in {@link Measures}.
 */
public enum Benchmark {
    CEMENT_PAIN("BM-CEMENT-PAIN", Technique.CEMENTOPLASTY, "significant pain relief (>50 % less opioid or >50 % lower VAS)",
            0.75, 0.80, HIGHER_IS_BETTER, "[8,14–16]", "evaluable index procedures with cementoplasty"),
    CEMENT_LEAK("BM-CEMENT-LEAK", Technique.CEMENTOPLASTY, "cement leakage",
            0.38, 0.725, LOWER_IS_BETTER, "[18]", "cementoplasty steps at a cervical, thoracic or lumbar vertebra, every procedure"),
    CEMENT_PE("BM-CEMENT-PE", Technique.CEMENTOPLASTY, "pulmonary embolism",
            0, 0.01, LOWER_IS_BETTER, "[16]", "procedures with cementoplasty"),
    CEMENT_INFECTION("BM-CEMENT-INFECTION", Technique.CEMENTOPLASTY, "infection",
            0, 0.01, LOWER_IS_BETTER, "[16]", "procedures with cementoplasty"),
    CEMENT_FRACTURE("BM-CEMENT-FRACTURE", Technique.CEMENTOPLASTY, "fracture",
            0, 0.01, LOWER_IS_BETTER, "[16]", "procedures with cementoplasty"),
    CEMENT_MINOR("BM-CEMENT-MINOR", Technique.CEMENTOPLASTY, "allergic reaction, puncture-site bleeding, acute pain increase or new pain elsewhere",
            0.14, 0.14, LOWER_IS_BETTER, "[16]", "procedures with cementoplasty"),
    ETHANOL_PAIN("BM-ETHANOL-PAIN", Technique.ETHANOL, "pain decrease",
            0.74, 0.74, HIGHER_IS_BETTER, "[9]", "evaluable index procedures with ethanol"),
    ETHANOL_SHRINK("BM-ETHANOL-SHRINK", Technique.ETHANOL, "tumour volume reduced",
            0.26, 0.26, HIGHER_IS_BETTER, "[9]", "ethanol index procedures with a follow-up reporting tumour volume"),
    ETHANOL_GROWTH("BM-ETHANOL-GROWTH", Technique.ETHANOL, "tumour volume increased",
            0.185, 0.185, LOWER_IS_BETTER, "[9]", "ethanol index procedures with a follow-up reporting tumour volume"),
    ETHANOL_DURATION("BM-ETHANOL-DURATION", Technique.ETHANOL, "duration of pain palliation (weeks, Kaplan–Meier median)",
            10, 27, HIGHER_IS_BETTER, "[9]", "pain responders among ethanol index procedures"),
    ETHANOL_FEVER("BM-ETHANOL-FEVER", Technique.ETHANOL, "low-grade fever",
            0.17, 0.17, LOWER_IS_BETTER, "[9]", "procedures with ethanol"),
    LASER_OO_SUCCESS("BM-LASER-OO-SUCCESS", Technique.LASER, "success in a single session",
            0.95, 0.95, HIGHER_IS_BETTER, "[1,19,20]", "curative laser index procedures on osteoid osteoma followed to day 28"),
    LASER_MAJOR("BM-LASER-MAJOR", Technique.LASER, "neurological damage or neurodystrophy",
            0, 0.005, LOWER_IS_BETTER, "[21]", "procedures with laser"),
    LASER_RECUR("BM-LASER-RECUR", Technique.LASER, "recurrence",
            0.05, 0.05, LOWER_IS_BETTER, "[1]", "curative laser index procedures on osteoid osteoma with a follow-up"),
    RFA_OO_SUCCESS("BM-RFA-OO-SUCCESS", Technique.RFA, "success",
            0.85, 0.85, HIGHER_IS_BETTER, "[20,30]", "curative RFA index procedures on osteoid osteoma followed to day 28"),
    RFA_OO_RECUR("BM-RFA-OO-RECUR", Technique.RFA, "recurrence",
            0.05, 0.10, LOWER_IS_BETTER, "[20,30]", "curative RFA index procedures on osteoid osteoma with a follow-up"),
    RFA_OB_RECUR("BM-RFA-OB-RECUR", Technique.RFA, "recurrence",
            0.10, 0.15, LOWER_IS_BETTER, "", "curative RFA index procedures on typical osteoblastoma with a follow-up"),
    RFA_OBA_RECUR("BM-RFA-OBA-RECUR", Technique.RFA, "recurrence",
            0.50, 0.50, LOWER_IS_BETTER, "", "curative RFA index procedures on aggressive osteoblastoma with a follow-up"),
    RFA_PALL_PAIN("BM-RFA-PALL-PAIN", Technique.RFA, ">50 % pain reduction (incl. analgesic reduction)",
            0.70, 0.95, HIGHER_IS_BETTER, "[4,21,31–34]", "evaluable palliative index procedures with RFA"),
    CRYO_PAIN("BM-CRYO-PAIN", Technique.CRYO, "significant pain relief",
            0.75, 0.75, HIGHER_IS_BETTER, "[37]", "evaluable palliative index procedures with cryoablation"),
    CRYO_SHOCK("BM-CRYO-SHOCK", Technique.CRYO, "cryoshock",
            0.01, 0.038, LOWER_IS_BETTER, "[45–47]", "procedures with cryoablation"),
    RFI_NEURALGIA("BM-RFI-NEURALGIA", Technique.RF_IONIZATION, "neuralgia reduction",
            0.87, 0.87, HIGHER_IS_BETTER, "[48]", "RF ionisation index procedures with baseline neuralgia and neuralgia known at assessment");

    private final String id;
    private final Technique technique;
    private final String measure;
    private final double low;
    private final double high;
    private final Direction direction;
    private final String source;
    private final String population;

    Benchmark(String id, Technique technique, String measure, double low, double high, Direction direction,
              String source, String population) {
        this.id = id;
        this.technique = technique;
        this.measure = measure;
        this.low = low;
        this.high = high;
        this.direction = direction;
        this.source = source;
        this.population = population;
    }

    public String id() {
        return id;
    }

    public Technique technique() {
        return technique;
    }

    public String measure() {
        return measure;
    }

    public double low() {
        return low;
    }

    public double high() {
        return high;
    }

    public Direction direction() {
        return direction;
    }

    public String source() {
        return source;
    }

    public String population() {
        return population;
    }

    /** A time to event (weeks), not a proportion. */
    public boolean timeToEvent() {
        return this == ETHANOL_DURATION;
    }

    /** The funnel plot's target: the midpoint of the documented figure. */
    public double target() {
        return (low + high) / 2;
    }

    public static Optional<Benchmark> byId(String id) {
        return Arrays.stream(values()).filter(benchmark -> benchmark.id.equals(id)).findFirst();
    }
}
