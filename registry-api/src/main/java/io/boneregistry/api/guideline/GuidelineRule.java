package io.boneregistry.api.guideline;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

import static io.boneregistry.api.guideline.RuleStrength.ADVISORY;

/**
 * Every rule of docs/guideline.md (the publication's §3–5) with its stable id, its sentence and where the guideline states
 * it. Read models and reports list rules from here; which rules the registry checks, and why some
 * are not checked, is in docs/guideline-rules.md. {@link #sentence()} says the rule in English;
 * {@link #text()} quotes the guideline's own Italian (guideline-it.properties beside this class).
 */
public enum GuidelineRule {
    WORKUP_PARAMS("R-WORKUP-PARAMS", "Management is decided by a multidisciplinary team and its goal (curative or palliative) defined beforehand.", "§3 Work-up"),
    WORKUP_IMAGING("R-WORKUP-IMAGING", "A total-body CT/MR assessment with 3D imaging studies the lesion and its relations.", "§3 Work-up"),
    WORKUP_CLINICAL("R-WORKUP-CLINICAL", "The pre-operative evaluation records the origin and site of pain, previous treatments, whether general anaesthesia is possible, and life expectancy.", "§3 Work-up"),
    BIOPSY_OSTEOID_OSTEOMA("R-BIOPSY-OSTEOID-OSTEOMA", "Osteoid osteoma has a characteristic radiological appearance: biopsy is normally not needed.", "§3 Biopsy", ADVISORY),
    BIOPSY_PRIMARY("R-BIOPSY-PRIMARY", "For many others, such as benign or malignant primary tumours, histological characterisation is indispensable.", "§3 Biopsy"),
    BIOPSY_CHONDROBLASTOMA("R-BIOPSY-CHONDROBLASTOMA", "Chondroblastoma is always biopsied, to tell it from clear-cell chondrosarcoma.", "§3 Biopsy"),
    BIOPSY_METASTASIS("R-BIOPSY-METASTASIS", "Metastases need no biopsy unless the primary is occult, there are several primaries, or it is doubtful the lesion is secondary to the known primary.", "§3 Biopsy"),
    CURATIVE_BENIGN("R-CURATIVE-BENIGN", "Curative treatment of benign tumours: osteoid osteoma, osteoblastoma under 3 cm, chondroblastoma.", "§3 Curative indications"),
    CURATIVE_MALIGNANT("R-CURATIVE-MALIGNANT", "Curative treatment of malignant tumours: non-surgical candidates (or, for metastases, patients who refuse surgery), after MDT evaluation, with fewer than 3 localisations under 3 cm.", "§3 Curative indications, §4 Radiofrequency ablation"),
    RFA_SIZE("R-RFA-SIZE", "For curative RFA the tumour does not exceed 5 cm in diameter.", "§3 Curative indications", ADVISORY),
    RFA_PALLIATIVE_PAIN("R-RFA-PALLIATIVE-PAIN", "The palliative indications of RFA include painful metastases whose pain conventional analgesia does not control.", "§4 Radiofrequency ablation", ADVISORY),
    RFA_METAL_IMPLANT("R-RFA-METAL-IMPLANT", "RFA is contraindicated where a metal implant lies at the site (laser is used there).", "§4 Laser ablation"),
    RFA_ANTI_INFLAMMATORY("R-RFA-ANTI-INFLAMMATORY", "The acute inflammatory reaction that may follow RFA must be prevented with anti-inflammatory therapy.", "§4 Radiofrequency ablation"),
    PREP_LABS("R-PREP-LABS", "Coagulation (PT, PTT, INR), platelets and white cells are normal before the procedure.", "§3 Before the procedure", ADVISORY),
    PREP_INFECTION("R-PREP-INFECTION", "Every infection, even far from the tumour, is identified and resolved first.", "§3 Before the procedure"),
    PREP_CONSENT("R-PREP-CONSENT", "Written, signed informed consent is obtained.", "§3 Before the procedure"),
    PREP_STERILITY("R-PREP-STERILITY", "Absolute sterility; intravenous antibiotics may be given on the day.", "§3 Before the procedure", false),
    ANAESTHESIA_ABLATION("R-ANAESTHESIA-ABLATION", "Ablation normally needs general anaesthesia, spinal anaesthesia or nerve-root block; RFA, and laser of an osteoid osteoma, need general anaesthesia or a regional block; ethanol needs deep sedation or general anaesthesia; cryoablation is done under sedation or general anaesthesia.", "§3 Before the procedure, §4"),
    ANAESTHESIA_CEMENT("R-ANAESTHESIA-CEMENT", "Cementoplasty of a single vertebra normally needs only conscious sedation; general anaesthesia especially for multi-level vertebroplasty.", "§3 Before the procedure", false),
    CEMENT_NEEDLE("R-CEMENT-NEEDLE", "Vertebroplasty needles are 10 G thoraco-lumbar and 15 G cervical.", "§4 Cementoplasty", ADVISORY),
    ETHANOL_FRACTURE("R-ETHANOL-FRACTURE", "Ethanol ablation treats painful osteolytic tumours not at risk of pathological fracture.", "§4 Ethanol ablation"),
    ETHANOL_VOLUME("R-ETHANOL-VOLUME", "3–25 ml of sterile 95 % ethanol per session, through a 22 G needle.", "§4 Ethanol ablation", ADVISORY),
    ETHANOL_CONTRAST("R-ETHANOL-CONTRAST", "Non-ionic contrast is always injected first, to predict the ethanol's distribution.", "§4 Ethanol ablation"),
    LASER_FIBRES("R-LASER-FIBRES", "Metastases can be treated with at most 8 laser fibres at once, about 1.5 cm apart.", "§4 Laser ablation"),
    CONSOLIDATE_LOADED("R-CONSOLIDATE-LOADED", "Ablation in weight-bearing bone: consider consolidation (cementoplasty or fixation) against secondary fracture.", "§4 Radiofrequency ablation", ADVISORY),
    CEMENT_AFTER_ABLATION("R-CEMENT-AFTER-ABLATION", "Cement in the same session as RFA or cryoablation is injected once the temperature is back to normal.", "§4 Radiofrequency ablation"),
    CRYO_PROBES("R-CRYO-PROBES", "Up to 25 cryoprobes at once, 17 G, best spaced 2 cm apart.", "§4 Cryoablation"),
    CRYO_CYCLES("R-CRYO-CYCLES", "A skeletal metastasis needs, per probe position, two 10-minute freezes separated by an 8-minute thaw.", "§4 Cryoablation"),
    CRYO_MARGIN("R-CRYO-MARGIN", "For complete necrosis it is important that the ice ball extends at least 5 mm beyond the tumour margin.", "§4 Cryoablation", ADVISORY),
    THERMAL_NEURO("R-THERMAL-NEURO", "Every thermal ablation takes precautions when no intact, insulating cortex lies between the tumour and the neural structures, and uses thermal protection close to them; above 45 °C is neurotoxic.", "§4 Thermal protection"),
    THERMAL_RFA_SALINE("R-THERMAL-RFA-SALINE", "RFA: saline is not acceptable for hydrodissection; use 5 % dextrose in water.", "§4 Thermal protection"),
    THERMAL_CRYO_FLUID("R-THERMAL-CRYO-FLUID", "Cryoablation: no fluids for dissection; use CO2.", "§4 Thermal protection"),
    THERMAL_US_CO2("R-THERMAL-US-CO2", "Under ultrasound guidance CO2 dissection cannot be used.", "§4 Thermal protection"),
    CURATIVE_THERMAL("R-CURATIVE-THERMAL", "Curative treatment is thermal ablation (RFA, cryoablation or laser); cementoplasty is symptomatic and not curative, ethanol ablation palliative.", "§2 Definitions, §4 Ethanol ablation, Algorithm 1"),
    ETHANOL_CT("R-ETHANOL-CT", "Ethanol ablation is performed under CT guidance (mandatory).", "§4 Ethanol ablation"),
    ABLATION_3D("R-ABLATION-3D", "Bone ablation, RF ionisation included, needs 3D imaging guidance (CT or MR).", "§3 Imaging guidance"),
    CEMENT_REALTIME("R-CEMENT-REALTIME", "Cement is injected under real-time imaging (lateral fluoroscopy or multislice CT fluoroscopy).", "§4 Cementoplasty"),
    ABLATION_ROPIVACAINE("R-ABLATION-ROPIVACAINE", "At the end of an RFA, or a laser ablation of an osteoid osteoma, 5–10 ml of ropivacaine 2 mg/ml are given against the periosteum.", "§4 Laser ablation, §4 Radiofrequency ablation"),
    LASER_DOSE("R-LASER-DOSE", "Laser ablation of an osteoid osteoma applies 2 W for 6–10 minutes, by the tumour's size.", "§4 Laser ablation", ADVISORY),
    RFI_CANDIDATES("R-RFI-CANDIDATES", "The best candidates for RF ionisation: painful inoperable spinal tumours extending into the canal, and posterior wall rupture of the vertebral body.", "§4 RF ionisation", ADVISORY),
    STRATEGY_1("R-STRATEGY-1", "Painful tumour of a flat, axially loaded bone, not invading surrounding tissue, at risk of compression fracture: cementoplasty alone.", "§5 Algorithm 1", ADVISORY),
    STRATEGY_2("R-STRATEGY-2", "Painful tumour extending into soft tissue: thermal ablation; with fracture risk add cementoplasty for flat bones, surgery for long bones.", "§5 Algorithm 1"),
    STRATEGY_3("R-STRATEGY-3", "Inoperable spinal tumour in the canal with posterior wall rupture and epidural extension: RF ionisation, then cementoplasty of the cavity.", "§5 Algorithm 1", ADVISORY);

    private final String id;
    private final String sentence;
    private final String source;
    private final boolean encoded;
    private final RuleStrength strength;

    GuidelineRule(String id, String sentence, String source) {
        this(id, sentence, source, true, RuleStrength.BINDING);
    }

    GuidelineRule(String id, String sentence, String source, RuleStrength strength) {
        this(id, sentence, source, true, strength);
    }

    GuidelineRule(String id, String sentence, String source, boolean encoded) {
        this(id, sentence, source, encoded, RuleStrength.BINDING);
    }

    GuidelineRule(String id, String sentence, String source, boolean encoded, RuleStrength strength) {
        this.id = id;
        this.sentence = sentence;
        this.source = source;
        this.encoded = encoded;
        this.strength = strength;
    }

    public String id() {
        return id;
    }

    public String sentence() {
        return sentence;
    }

    /** The guideline's own Italian sentence(s) for the rule, word for word; several joined with " … ". */
    public String text() {
        return ItalianText.RULES.getProperty(id);
    }

    /** The quotes, read once. */
    private static final class ItalianText {
        private static final Properties RULES = load();

        private static Properties load() {
            Properties rules = new Properties();
            try (InputStream in = GuidelineRule.class.getResourceAsStream("guideline-it.properties")) {
                rules.load(new InputStreamReader(Objects.requireNonNull(in, "guideline-it.properties"), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return rules;
        }
    }

    public String source() {
        return source;
    }

    /** Whether the registry checks this rule; docs/guideline-rules.md says why two are not. */
    public boolean encoded() {
        return encoded;
    }

    public RuleStrength strength() {
        return strength;
    }

    public RuleEvaluation met(String detail) {
        return new RuleEvaluation(id, RuleStatus.MET, detail);
    }

    public RuleEvaluation deviated(String detail) {
        return new RuleEvaluation(id, RuleStatus.DEVIATED, detail);
    }

    /** The entry does otherwise than the text advises: shown, not counted as a deviation. */
    public RuleEvaluation advised(String detail) {
        return new RuleEvaluation(id, RuleStatus.ADVISORY, detail);
    }

    /** An answer the rule turns on is not known, and for this rule unknown is not a deviation: {@code detail} names it. */
    public RuleEvaluation notJudged(String detail) {
        return new RuleEvaluation(id, RuleStatus.NOT_JUDGED, detail);
    }

    /** The entry does not do what the rule says: a deviation where the rule binds, advice where it advises. */
    public RuleEvaluation notFollowed(String detail) {
        return strength == RuleStrength.BINDING ? deviated(detail) : advised(detail);
    }

    public RuleEvaluation judge(boolean met, String metDetail, String notFollowedDetail) {
        return met ? met(metDetail) : notFollowed(notFollowedDetail);
    }

    /**
     * What the rule requires, answered yes, no or not known. Not known is a deviation for missing
     * data where the rule binds (a required act or indication must be on record) and not judged where
     * it only advises (docs/guideline-rules.md#unknown).
     */
    public RuleEvaluation judge(Boolean met, String metDetail, String notFollowedDetail, String unknownDetail) {
        if (met == null) return strength == RuleStrength.BINDING ? deviated(unknownDetail) : notJudged(unknownDetail);
        return judge(met.booleanValue(), metDetail, notFollowedDetail);
    }

    /** Met when nothing failed; otherwise not followed, naming every failure. */
    public RuleEvaluation judge(List<String> failures, String metDetail) {
        return failures.isEmpty() ? met(metDetail) : notFollowed(String.join("; ", failures));
    }

    /**
     * For advice read step by step: advised where a step did otherwise (naming the answers not recorded
     * too), not judged where nothing did otherwise but an answer was not recorded, met otherwise.
     */
    public RuleEvaluation judgeAdvice(List<String> advisedFailures, List<String> notRecorded, String metDetail) {
        if (!advisedFailures.isEmpty()) {
            List<String> all = new ArrayList<>(advisedFailures);
            all.addAll(notRecorded);
            return advised(String.join("; ", all));
        }
        return notRecorded.isEmpty() ? met(metDetail) : notJudged(String.join("; ", notRecorded.stream().distinct().toList()));
    }

    /**
     * For a rule with binding and advisory parts: deviated when a binding part failed, advisory when
     * only advised parts did, met otherwise; the detail names every failure.
     */
    public RuleEvaluation judge(List<String> bindingFailures, List<String> advisedFailures, String metDetail) {
        List<String> all = new ArrayList<>(bindingFailures);
        all.addAll(advisedFailures);
        if (all.isEmpty()) return met(metDetail);
        return bindingFailures.isEmpty() ? advised(String.join("; ", all)) : deviated(String.join("; ", all));
    }

    public static Optional<GuidelineRule> byId(String id) {
        return Arrays.stream(values()).filter(rule -> rule.id.equals(id)).findFirst();
    }
}
