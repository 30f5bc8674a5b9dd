package io.boneregistry.outcomes.benchmark;

import io.boneregistry.api.procedure.Technique;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

import static io.boneregistry.outcomes.benchmark.Direction.HIGHER_IS_BETTER;
import static io.boneregistry.outcomes.benchmark.Direction.LOWER_IS_BETTER;

/**
 * The guideline's outcome benchmarks (docs/guideline.md#documented-outcomes-6) as an auditor reads them: the documented
 * figure [low, high] and how the text gives it ({@link Figure}: a range, a single figure, or a bound
 * "< t", "≤ t", "> t"), which way is better, who is counted (docs/outcomes.md#outcomes), the source's
 * reference, the guideline's own Italian sentence ({@link #text()}) and, where the figure needs one, a
 * caution. How each is counted is in {@link Measures}.
 */
public enum Benchmark {
    CEMENT_PAIN("BM-CEMENT-PAIN", Technique.CEMENTOPLASTY, "significant pain relief (>50 % less opioid or >50 % lower VAS)",
            Figure.RANGE, 0.75, 0.80, HIGHER_IS_BETTER, "[8,14–16]", "evaluable index procedures with cementoplasty", null),
    CEMENT_LEAK("BM-CEMENT-LEAK", Technique.CEMENTOPLASTY, "cement leakage",
            Figure.RANGE, 0.38, 0.725, LOWER_IS_BETTER, "[18]", "mobile-spine vertebrae cemented (one per level), every procedure",
            "the vertebrae of one patient are not independent: the verdict reads an interval widened for that (patients as clusters), "
                    + "and the rate per patient is shown beside; CT after the procedure finds more leaks than fluoroscopy"),
    CEMENT_PE("BM-CEMENT-PE", Technique.CEMENTOPLASTY, "pulmonary embolism",
            Figure.BELOW, 0, 0.01, LOWER_IS_BETTER, "[16]", "procedures with cementoplasty (complications within the window)", null),
    CEMENT_INFECTION("BM-CEMENT-INFECTION", Technique.CEMENTOPLASTY, "infection",
            Figure.BELOW, 0, 0.01, LOWER_IS_BETTER, "[16]", "procedures with cementoplasty (complications within the window)", null),
    CEMENT_FRACTURE("BM-CEMENT-FRACTURE", Technique.CEMENTOPLASTY, "fracture",
            Figure.BELOW, 0, 0.01, LOWER_IS_BETTER, "[16]",
            "procedures with cementoplasty (a fracture complication, or a follow-up's fracture at the treated site, within the window)", null),
    CEMENT_MINOR("BM-CEMENT-MINOR", Technique.CEMENTOPLASTY, "allergic reaction, puncture-site bleeding, acute pain increase or new pain elsewhere",
            Figure.POINT, 0.14, 0.14, LOWER_IS_BETTER, "[16]", "patients (cases) treated with cementoplasty (complications within the window)", null),
    ETHANOL_PAIN("BM-ETHANOL-PAIN", Technique.ETHANOL, "pain decrease",
            Figure.POINT, 0.74, 0.74, HIGHER_IS_BETTER, "[9]", "evaluable index procedures with ethanol", null),
    ETHANOL_SHRINK("BM-ETHANOL-SHRINK", Technique.ETHANOL, "tumour volume reduced",
            Figure.POINT, 0.26, 0.26, HIGHER_IS_BETTER, "[9]", "ethanol index procedures with a follow-up reporting tumour volume", null),
    ETHANOL_GROWTH("BM-ETHANOL-GROWTH", Technique.ETHANOL, "tumour volume increased",
            Figure.POINT, 0.185, 0.185, LOWER_IS_BETTER, "[9]", "ethanol index procedures with a follow-up reporting tumour volume", null),
    ETHANOL_DURATION("BM-ETHANOL-DURATION", Technique.ETHANOL, "duration of pain palliation (weeks, Kaplan–Meier median)",
            Figure.RANGE, 10, 27, HIGHER_IS_BETTER, "[9]", "pain responders among ethanol index procedures", null),
    ETHANOL_FEVER("BM-ETHANOL-FEVER", Technique.ETHANOL, "low-grade fever",
            Figure.POINT, 0.17, 0.17, LOWER_IS_BETTER, "[9]", "procedures with ethanol (complications within the window)", null),
    LASER_OO_SUCCESS("BM-LASER-OO-SUCCESS", Technique.LASER, "success in a single session",
            Figure.POINT, 0.95, 0.95, HIGHER_IS_BETTER, "[1,19,20]", "curative laser index procedures on osteoid osteoma followed to day 28", null),
    LASER_MAJOR("BM-LASER-MAJOR", Technique.LASER, "neurological damage or neurodystrophy",
            Figure.BELOW, 0, 0.005, LOWER_IS_BETTER, "[21]", "patients (cases) treated with laser (complications within the window)", null),
    LASER_RECUR("BM-LASER-RECUR", Technique.LASER, "recurrence",
            Figure.POINT, 0.05, 0.05, LOWER_IS_BETTER, "[1]",
            "curative laser index procedures on osteoid osteoma followed to the minimum follow-up, or recurred before it", null),
    RFA_OO_SUCCESS("BM-RFA-OO-SUCCESS", Technique.RFA, "success",
            Figure.ABOVE, 0.85, 1.0, HIGHER_IS_BETTER, "[20,30]", "curative RFA index procedures on osteoid osteoma followed to day 28", null),
    RFA_OO_RECUR("BM-RFA-OO-RECUR", Technique.RFA, "recurrence",
            Figure.RANGE, 0.05, 0.10, LOWER_IS_BETTER, "[20,30]",
            "curative RFA index procedures on osteoid osteoma followed to the minimum follow-up, or recurred before it", null),
    RFA_OB_RECUR("BM-RFA-OB-RECUR", Technique.RFA, "recurrence",
            Figure.RANGE, 0.10, 0.15, LOWER_IS_BETTER, "",
            "curative RFA index procedures on typical osteoblastoma followed to the minimum follow-up, or recurred before it", null),
    RFA_OBA_RECUR("BM-RFA-OBA-RECUR", Technique.RFA, "recurrence",
            Figure.POINT, 0.50, 0.50, LOWER_IS_BETTER, "",
            "curative RFA index procedures on aggressive osteoblastoma followed to the minimum follow-up, or recurred before it", null),
    RFA_PALL_PAIN("BM-RFA-PALL-PAIN", Technique.RFA, ">50 % pain reduction (incl. analgesic reduction)",
            Figure.RANGE, 0.70, 0.95, HIGHER_IS_BETTER, "[4,21,31–34]", "evaluable palliative index procedures with RFA", null),
    CRYO_PAIN("BM-CRYO-PAIN", Technique.CRYO, "significant pain relief",
            Figure.AT_MOST, 0, 0.75, HIGHER_IS_BETTER, "[37]", "evaluable palliative index procedures with cryoablation",
            "the text gives an upper figure (≤ 75 %) and does not define \"significativo\": a unit is never called worse, and a response is "
                    + "read as more than the cryoablation threshold (by default the 50 % of the other pain benchmarks)"),
    CRYO_SHOCK("BM-CRYO-SHOCK", Technique.CRYO, "cryoshock",
            Figure.RANGE, 0.01, 0.038, LOWER_IS_BETTER, "[45–47]", "procedures with cryoablation (complications within the window)",
            "the 1–3.8 % comes from large ablations, most often of the liver (\"più frequentemente nel fegato\"), not from bone series"),
    RFI_NEURALGIA("BM-RFI-NEURALGIA", Technique.RF_IONIZATION, "neuralgia reduction",
            Figure.AT_MOST, 0, 0.87, HIGHER_IS_BETTER, "[48]",
            "RF ionisation index procedures with baseline neuralgia whose reduction is known at the assessment follow-up",
            "the text gives an upper figure (≤ 87 %): a unit is never called worse; a reduction is neuralgia gone, or its intensity lower "
                    + "than at baseline (both recorded)");

    /** How the text gives the figure; a bound is read as the range it leaves open ([0, t] or [t, 1]). */
    public enum Figure {
        /** "tra a e b", "a–b %". */
        RANGE,
        /** "p %". */
        POINT,
        /** "< t": [0, t]. */
        BELOW,
        /** "≤ t": [0, t]. */
        AT_MOST,
        /** "> t": [t, 1]. */
        ABOVE;

        boolean bound() {
            return this == BELOW || this == AT_MOST || this == ABOVE;
        }
    }

    private final String id;
    private final Technique technique;
    private final String measure;
    private final double low;
    private final double high;
    private final Direction direction;
    private final String source;
    private final String population;
    private final Figure figure;
    private final String caution;

    Benchmark(String id, Technique technique, String measure, Figure figure, double low, double high, Direction direction,
              String source, String population, String caution) {
        this.id = id;
        this.technique = technique;
        this.measure = measure;
        this.figure = figure;
        this.caution = caution;
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

    public Figure figure() {
        return figure;
    }

    /** What a reader must know before acting on the figure (its source, its bound, its definition), or null. */
    public String caution() {
        return caution;
    }

    /**
     * Whether the text says what is worse: not where it gives an upper figure for something better
     * when higher ("≤ 75 %" of patients relieved sets no floor), nor a lower one for something better
     * when lower. Such a benchmark calls no unit worse.
     */
    public boolean saysWhatIsWorse() {
        boolean higherIsBetter = direction == HIGHER_IS_BETTER;
        return !(higherIsBetter && (figure == Figure.BELOW || figure == Figure.AT_MOST) || !higherIsBetter && figure == Figure.ABOVE);
    }

    /**
     * The funnel plot's target and the CUSUM's acceptable rate: the midpoint of a range, the figure
     * itself where the text gives one figure or a bound.
     */
    public double target() {
        if (!figure.bound()) return (low + high) / 2;
        return figure == Figure.ABOVE ? low : high;
    }

    /** The guideline's own Italian sentence for the benchmark, word for word (benchmarks-it.properties beside this class). */
    public String text() {
        return ItalianText.BENCHMARKS.getProperty(id);
    }

    private static final class ItalianText {
        private static final Properties BENCHMARKS = load();

        private static Properties load() {
            Properties benchmarks = new Properties();
            try (InputStream in = Benchmark.class.getResourceAsStream("benchmarks-it.properties")) {
                benchmarks.load(new InputStreamReader(Objects.requireNonNull(in, "benchmarks-it.properties"), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return benchmarks;
        }
    }

    public static Optional<Benchmark> byId(String id) {
        return Arrays.stream(values()).filter(benchmark -> benchmark.id.equals(id)).findFirst();
    }
}
