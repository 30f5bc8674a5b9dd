package io.boneregistry.outcomes.fhir;

import io.boneregistry.api.assessment.Diagnosis;

import java.util.Map;
import java.util.Optional;

/**
 * The code systems and extensions the FHIR export uses: LOINC and SNOMED CT where a standard code
 * is known to fit, ICD-O-3 morphology for the tumour, mCODE's procedure intent, and the registry's
 * own code systems (named by {@link #CANONICAL}) for its enumerations.
 */
final class FhirCodes {

    /** The registry's canonical base for its own code systems and extensions. */
    static final String CANONICAL = "https://bone-tumour-registry.github.io/fhir";

    static final String LOINC = "http://loinc.org";
    static final String SNOMED = "http://snomed.info/sct";
    static final String UCUM = "http://unitsofmeasure.org";
    static final String ICD_O_3 = "http://terminology.hl7.org/CodeSystem/icd-o-3";

    static final String PAIN_SEVERITY_0_10 = "72514-3";
    static final String TUMOUR_SIZE = "21889-1";
    static final String AGE = "30525-0";

    static final String PROCEDURE_INTENT_EXTENSION = "http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-procedure-intent";
    static final String CURATIVE_INTENT = "373808002";
    static final String PALLIATIVE_INTENT = "363676003";
    static final String SUCCESSFUL = "385669000";
    static final String UNSUCCESSFUL = "385671000";

    static final String DAYS_SINCE_REFERRAL_EXTENSION = CANONICAL + "/StructureDefinition/days-since-referral";
    static final String CIRSE_GRADE_EXTENSION = CANONICAL + "/StructureDefinition/cirse-grade";
    static final String STUDY_ID_SYSTEM = CANONICAL + "/NamingSystem/study-id";

    static final String OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";
    static final String CONDITION_CATEGORY = "http://terminology.hl7.org/CodeSystem/condition-category";
    static final String CONDITION_CLINICAL = "http://terminology.hl7.org/CodeSystem/condition-clinical";
    static final String CONDITION_VERIFICATION = "http://terminology.hl7.org/CodeSystem/condition-ver-status";
    static final String ADVERSE_EVENT_SEVERITY = "http://terminology.hl7.org/CodeSystem/adverse-event-severity";
    static final String ADVERSE_EVENT_SERIOUSNESS = "http://terminology.hl7.org/CodeSystem/adverse-event-seriousness";
    static final String ADVERSE_EVENT_OUTCOME = "http://terminology.hl7.org/CodeSystem/adverse-event-outcome";
    static final String SECURITY_LABELS = "http://terminology.hl7.org/CodeSystem/v3-ObservationValue";
    static final String PSEUDONYMISED = "PSEUDED";

    /** ICD-O-3 morphology: behaviour /0 benign, /3 malignant primary, /6 metastatic. */
    private static final Map<Diagnosis, String> MORPHOLOGY = Map.of(
            Diagnosis.OSTEOID_OSTEOMA, "9191/0",
            Diagnosis.OSTEOBLASTOMA, "9200/0",
            Diagnosis.CHONDROBLASTOMA, "9230/0",
            Diagnosis.OTHER_BENIGN, "8000/0",
            Diagnosis.PRIMARY_MALIGNANT, "8000/3",
            Diagnosis.METASTASIS, "8000/6",
            Diagnosis.MULTIPLE_MYELOMA, "9732/3",
            Diagnosis.LYMPHOMA, "9590/3");

    private FhirCodes() {
    }

    static Optional<String> morphology(Diagnosis diagnosis) {
        return Optional.ofNullable(MORPHOLOGY.get(diagnosis));
    }

    /** The registry's code system for one of its enumerations, e.g. {@code .../CodeSystem/technique}. */
    static String registrySystem(String name) {
        return CANONICAL + "/CodeSystem/" + name;
    }

    /** An enumeration value as words: {@code RF_IONIZATION} reads "rf ionization". */
    static String words(Enum<?> value) {
        return value.name().toLowerCase().replace('_', ' ');
    }
}
