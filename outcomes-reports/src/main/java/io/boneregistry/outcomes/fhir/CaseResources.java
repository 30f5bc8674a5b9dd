package io.boneregistry.outcomes.fhir;

import io.boneregistry.api.complication.ResolutionOutcome;
import io.boneregistry.api.analysis.ComplicationRow;
import io.boneregistry.api.analysis.FollowUpRow;
import io.boneregistry.api.analysis.ProcedureRow;
import io.boneregistry.api.followup.TumourVolumeChange;
import io.boneregistry.api.procedure.Technique;
import io.boneregistry.api.registration.Sex;
import io.boneregistry.api.treatment.Intent;
import io.boneregistry.outcomes.export.Deidentification;
import org.hl7.fhir.r4.model.AdverseEvent;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static io.boneregistry.outcomes.fhir.FhirCodes.*;

/**
 * One case as FHIR R4 resources, de-identified: the Patient, the tumour as a Condition, a
 * Procedure per technique step, Observations for age, tumour size, pain and tumour volume, and an
 * AdverseEvent per complication. Dates carry only their year, with the days since referral in an
 * extension; ids are UUIDs of this export only.
 */
final class CaseResources {

    private static final Set<TumourVolumeChange> VOLUME_REPORTED =
            EnumSet.of(TumourVolumeChange.REDUCED, TumourVolumeChange.STABLE, TumourVolumeChange.INCREASED);

    private final List<ProcedureRow> rows;
    private final ProcedureRow first;
    private final Deidentification deidentification;
    private final ReferenceStyle references;
    private final List<Resource> resources = new ArrayList<>();
    private final String patientId;
    private final String conditionId;

    private CaseResources(List<ProcedureRow> rows, Deidentification deidentification, ReferenceStyle references) {
        this.rows = rows;
        this.first = rows.get(0);
        this.deidentification = deidentification;
        this.references = references;
        this.patientId = id("patient");
        this.conditionId = id("condition");
    }

    /** The resources of one case's rows (every row of one case), patient first. */
    static List<Resource> of(List<ProcedureRow> rows, Deidentification deidentification, ReferenceStyle references) {
        CaseResources builder = new CaseResources(rows, deidentification, references);
        builder.build();
        return builder.resources;
    }

    private void build() {
        patient();
        condition();
        age();
        baseline();
        for (ProcedureRow row : rows) {
            List<String> steps = procedures(row);
            row.followUps().forEach(followUp -> followUp(row, followUp));
            row.complications().forEach(complication -> adverseEvent(row, complication, steps));
        }
    }

    private void patient() {
        Patient patient = new Patient();
        patient.setId(patientId);
        label(patient);
        patient.addIdentifier().setSystem(STUDY_ID_SYSTEM).setValue(deidentification.studyId(first.caseId()));
        patient.setGender(gender(first.sex()));
        resources.add(patient);
    }

    private void condition() {
        Condition condition = new Condition();
        condition.setId(conditionId);
        label(condition);
        boolean recurred = rows.stream().flatMap(row -> row.followUps().stream()).anyMatch(f -> Boolean.TRUE.equals(f.localRecurrence()));
        condition.setClinicalStatus(concept(CONDITION_CLINICAL, recurred ? "recurrence" : "active"));
        condition.setVerificationStatus(concept(CONDITION_VERIFICATION, first.histologicalDiagnosis() ? "confirmed" : "provisional"));
        condition.addCategory(concept(CONDITION_CATEGORY, "problem-list-item"));
        CodeableConcept code = new CodeableConcept();
        if (first.diagnosis() != null) {
            morphology(first.diagnosis()).ifPresent(morphology -> code.addCoding(new Coding(ICD_O_3, morphology, null)));
            code.addCoding(new Coding(registrySystem("diagnosis"), first.diagnosis().name(), words(first.diagnosis())));
            code.setText((first.diagnosis().benign() ? "benign bone tumour: " : "bone tumour: ") + words(first.diagnosis()));
        } else {
            code.setText("bone tumour, diagnosis not recorded");
        }
        condition.setCode(code);
        if (first.lesionSite() != null) condition.addBodySite(registryConcept("lesion-site", first.lesionSite()));
        condition.setSubject(patientRef());
        condition.setRecordedDateElement(date(first.referralDate()));
        resources.add(condition);
    }

    private void age() {
        String years = Deidentification.ageAtReferral(first.birthYear(), first.referralDate());
        if (years == null) return;
        Observation age = observation("age", "age at referral", LOINC, AGE, "Age");
        Quantity value = new Quantity().setUnit("a").setSystem(UCUM).setCode("a");
        if (years.equals(Deidentification.OVER_89)) {
            value.setValue(Deidentification.OLDEST_AGE_SHOWN + 1).setComparator(Quantity.QuantityComparator.GREATER_OR_EQUAL);
        } else {
            value.setValue(Integer.parseInt(years));
        }
        age.setValue(value);
        age.setEffective(date(first.referralDate()));
        resources.add(age);
    }

    private void baseline() {
        LocalDate assessed = first.assessedOn();
        if (first.maxDiameterMm() != null) {
            Observation size = observation("size", "tumour size at assessment", LOINC, TUMOUR_SIZE, "Size Tumor");
            size.setValue(new Quantity().setValue(first.maxDiameterMm()).setUnit("mm").setSystem(UCUM).setCode("mm"));
            size.setFocus(List.of(conditionRef()));
            if (assessed != null) size.setEffective(date(assessed));
            resources.add(size);
        }
        if (first.baselineVas() != null) resources.add(pain("baseline", first.baselineVas(), assessed));
    }

    /** One Procedure per technique step, with the intent of the MDT decision; returns their ids. */
    private List<String> procedures(ProcedureRow row) {
        List<String> ids = new ArrayList<>();
        List<Technique> steps = row.stepTechniques();
        for (int i = 0; i < steps.size(); i++) {
            Procedure procedure = new Procedure();
            String id = id("procedure/" + row.procedureId() + "/step/" + i);
            procedure.setId(id);
            label(procedure);
            procedure.setStatus(Procedure.ProcedureStatus.COMPLETED);
            Technique technique = steps.get(i);
            CodeableConcept code = registryConcept("technique", technique);
            code.setText("percutaneous image-guided " + words(technique) + " of a bone tumour");
            procedure.setCode(code);
            procedure.setSubject(patientRef());
            procedure.setPerformed(date(row.performedOn()));
            procedure.addReasonReference(conditionRef());
            if (row.lesionSite() != null) procedure.addBodySite(registryConcept("lesion-site", row.lesionSite()));
            if (row.intent() != null) {
                procedure.addExtension(PROCEDURE_INTENT_EXTENSION, new CodeableConcept(new Coding(SNOMED,
                        row.intent() == Intent.CURATIVE ? CURATIVE_INTENT : PALLIATIVE_INTENT, words(row.intent()))));
            }
            if (row.technicalSuccess() != null) {
                procedure.setOutcome(new CodeableConcept(new Coding(SNOMED, row.technicalSuccess() ? SUCCESSFUL : UNSUCCESSFUL,
                        row.technicalSuccess() ? "Successful" : "Unsuccessful")));
            }
            resources.add(procedure);
            ids.add(id);
        }
        return ids;
    }

    private void followUp(ProcedureRow row, FollowUpRow followUp) {
        resources.add(pain(followUp.followUpId(), followUp.vas(), followUp.assessedOn()));
        if (VOLUME_REPORTED.contains(followUp.tumourVolume())) {
            Observation volume = observation(followUp.followUpId() + "/volume", "tumour volume change since treatment",
                    registrySystem("observation"), "tumour-volume-change", "tumour volume change since treatment");
            volume.setValue(registryConcept("tumour-volume-change", followUp.tumourVolume()));
            volume.setFocus(List.of(conditionRef()));
            volume.setEffective(date(followUp.assessedOn()));
            resources.add(volume);
        }
    }

    private void adverseEvent(ProcedureRow row, ComplicationRow complication, List<String> steps) {
        AdverseEvent event = new AdverseEvent();
        event.setId(id("complication/" + complication.complicationId()));
        label(event);
        event.setActuality(AdverseEvent.AdverseEventActuality.ACTUAL);
        CodeableConcept type = registryConcept("complication-type", complication.type());
        if (deidentification.keepsFreeText() && complication.description() != null) type.setText(complication.description());
        event.setEvent(type);
        event.setSubject(patientRef());
        event.setDateElement(date(complication.onset()));
        int grade = complication.cirseGrade();
        event.addExtension(CIRSE_GRADE_EXTENSION, new IntegerType(grade));
        event.setSeverity(concept(ADVERSE_EVENT_SEVERITY, grade == 1 ? "mild" : grade == 2 ? "moderate" : "severe"));
        event.setSeriousness(concept(ADVERSE_EVENT_SERIOUSNESS, grade >= 3 ? "Serious" : "Non-serious"));
        String outcome = outcome(complication);
        if (outcome != null) event.setOutcome(concept(ADVERSE_EVENT_OUTCOME, outcome));
        steps.forEach(step -> event.addSuspectEntity().setInstance(references.to("Procedure", step)));
        resources.add(event);
    }

    /** FHIR's adverse-event-outcome code for how the complication ended; a CIRSE grade 6 is a death whatever was recorded. */
    private static String outcome(ComplicationRow complication) {
        if (complication.cirseGrade() == 6 || complication.resolution() == ResolutionOutcome.DEATH) return "fatal";
        if (complication.resolution() == null) return null;
        return switch (complication.resolution()) {
            case RESOLVED -> "resolved";
            case RESOLVED_WITH_SEQUELAE -> "resolvedWithSequelae";
            case ONGOING -> "ongoing";
            case DEATH -> "fatal";
        };
    }

    private Observation pain(String key, int vas, LocalDate when) {
        Observation pain = observation(key + "/pain", "pain", LOINC, PAIN_SEVERITY_0_10,
                "Pain severity - 0-10 verbal numeric rating [Score] - Reported");
        pain.addCategory(concept(OBSERVATION_CATEGORY, "survey"));
        pain.setValue(new IntegerType(vas));
        if (when != null) pain.setEffective(date(when));
        return pain;
    }

    private Observation observation(String key, String what, String system, String code, String display) {
        Observation observation = new Observation();
        observation.setId(id("observation/" + key));
        label(observation);
        observation.setStatus(Observation.ObservationStatus.FINAL);
        observation.setCode(new CodeableConcept(new Coding(system, code, display)).setText(what));
        observation.setSubject(patientRef());
        return observation;
    }

    /** A resource id of this export, scoped by the case (entry ids need only be unique within it). */
    private String id(String what) {
        return deidentification.uuid(first.caseId() + "/" + what);
    }

    /** A date as its year only (year precision), with the days since referral in an extension. */
    private DateTimeType date(LocalDate date) {
        DateTimeType year = new DateTimeType(Integer.toString(date.getYear()));
        year.addExtension(DAYS_SINCE_REFERRAL_EXTENSION, new IntegerType(Deidentification.daysSinceReferral(first.referralDate(), date)));
        return year;
    }

    private Reference patientRef() {
        return references.to("Patient", patientId);
    }

    private Reference conditionRef() {
        return references.to("Condition", conditionId);
    }

    private static void label(Resource resource) {
        resource.getMeta().addSecurity(SECURITY_LABELS, PSEUDONYMISED, "pseudonymized");
    }

    private static CodeableConcept concept(String system, String code) {
        return new CodeableConcept(new Coding(system, code, null));
    }

    private static CodeableConcept registryConcept(String system, Enum<?> value) {
        return new CodeableConcept(new Coding(registrySystem(system), value.name(), words(value))).setText(words(value));
    }

    private static AdministrativeGender gender(Sex sex) {
        return switch (sex) {
            case FEMALE -> AdministrativeGender.FEMALE;
            case MALE -> AdministrativeGender.MALE;
            case OTHER -> AdministrativeGender.OTHER;
            case UNKNOWN -> AdministrativeGender.UNKNOWN;
        };
    }
}
