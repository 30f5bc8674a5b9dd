package io.boneregistry.outcomes.fhir;

import ca.uhn.fhir.context.FhirContext;
import io.boneregistry.api.analysis.ProcedureRow;
import io.boneregistry.api.assessment.Diagnosis;
import io.boneregistry.api.complication.ComplicationType;
import io.boneregistry.api.followup.TumourVolumeChange;
import io.boneregistry.api.procedure.Technique;
import io.boneregistry.outcomes.benchmark.Rows;
import io.boneregistry.outcomes.export.CaseRows;
import io.boneregistry.outcomes.export.Deidentification;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class FhirExportTest {

    private static final FhirContext R4 = FhirValidation.R4;

    /** Every technique, every complication type at every CIRSE grade, curative and palliative, 90+ and younger. */
    static List<ProcedureRow> everyTechniqueAndComplication() {
        List<ProcedureRow> rows = new ArrayList<>();
        ComplicationType[] types = ComplicationType.values();
        int next = 0;
        for (Technique technique : Technique.values()) {
            Rows procedure = Rows.procedure(technique).followUp(28, 2, 0.0, false, false, TumourVolumeChange.REDUCED)
                    .followUp(180, 1, null, null, true, TumourVolumeChange.NOT_ASSESSED);
            if (technique == Technique.LASER || technique == Technique.RFA) procedure.curative(Diagnosis.OSTEOID_OSTEOMA);
            if (technique == Technique.CRYO) procedure.bornIn(1920);
            for (int i = 0; i < 3 && next < types.length; i++, next++) {
                procedure.complication(types[next], next % 6 + 1, "described, \"in words\"");
            }
            rows.add(procedure.row());
        }
        for (; next < types.length; next++) rows.add(Rows.cementoplasty().complication(types[next], next % 6 + 1, null).row());
        rows.add(Rows.procedure(Technique.RFA, Technique.CEMENTOPLASTY).oneOf(2).caseId("case-two").row());
        rows.add(Rows.procedure(Technique.CEMENTOPLASTY).secondOf(2).caseId("case-two").row());
        return rows;
    }

    @Test
    void everyResourceOfTheBundleIsValidR4() {
        Bundle bundle = bundle(everyTechniqueAndComplication(), false);

        assertThat(bundle.getEntry()).extracting(entry -> entry.getResource().fhirType()).contains(RESOURCE_TYPES);
        List<String> errors = new ArrayList<>();
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) errors.addAll(FhirValidation.errors(entry.getResource()));
        errors.addAll(FhirValidation.errors(bundle));
        assertThat(errors).isEmpty();
    }

    @Test
    void ndjsonHasOneResourcePerLineWithRelativeReferencesAndCanBeLimitedToSomeTypes() {
        List<ProcedureRow> rows = everyTechniqueAndComplication();
        String all = ndjson(rows, Set.of());
        String procedures = ndjson(rows, Set.of("Procedure", "AdverseEvent"));

        List<IBaseResource> resources = all.lines().map(line -> R4.newJsonParser().parseResource(line)).toList();
        assertThat(resources).extracting(IBaseResource::fhirType).contains(RESOURCE_TYPES);
        assertThat(all).contains("\"reference\":\"Patient/").doesNotContain("urn:uuid");
        assertThat(procedures.lines().map(line -> R4.newJsonParser().parseResource(line).fhirType()).distinct())
                .containsExactlyInAnyOrder("Procedure", "AdverseEvent");
        assertThat(procedures.lines()).hasSize(rows.stream().mapToInt(row -> row.stepTechniques().size() + row.complications().size()).sum());
    }

    @Test
    void painIsLoincOnTheZeroToTenScaleAndTheIntentFollowsMcode() {
        String json = ndjson(List.of(Rows.procedure(Technique.RFA).curative(Diagnosis.OSTEOID_OSTEOMA).followUp(28, 0).row()), Set.of());

        assertThat(json).contains("\"code\":\"72514-3\"").contains("\"valueInteger\":0")
                .contains("mcode-procedure-intent").contains("\"code\":\"373808002\"")
                .contains("\"code\":\"9191/0\"");
    }

    @Test
    void aDefaultExportHasNoFullDateNoFreeTextAndNoRegistryId() {
        List<ProcedureRow> rows = everyTechniqueAndComplication();
        String json = ndjson(rows, Set.of());

        assertThat(json).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}").doesNotContain("in words").doesNotContain("case-two")
                .contains("\"effectiveDateTime\":\"2025\"", "days-since-referral");
        StringWriter withText = new StringWriter();
        FhirExport.writeNdjson(CaseRows.of(rows), Deidentification.forOneExport(true), Set.of(), withText);
        assertThat(withText.toString()).contains("described, \\\"in words\\\"");
    }

    @Test
    void ninetyAndOverIsAnAgeOfAtLeastNinety() {
        String json = ndjson(List.of(Rows.cementoplasty().bornIn(1920).row()), Set.of("Observation"));

        assertThat(json).contains("\"comparator\":\">=\"").contains("\"value\":90");
    }

    private static String ndjson(List<ProcedureRow> rows, Set<String> types) {
        StringWriter out = new StringWriter();
        FhirExport.writeNdjson(CaseRows.of(rows), Deidentification.forOneExport(false), types, out);
        return out.toString();
    }

    private static final String[] RESOURCE_TYPES = {"Patient", "Condition", "Procedure", "Observation", "AdverseEvent"};

    private static Bundle bundle(List<ProcedureRow> rows, boolean freeText) {
        StringWriter out = new StringWriter();
        FhirExport.writeBundle(CaseRows.of(rows), Deidentification.forOneExport(freeText), out);
        return R4.newJsonParser().parseResource(Bundle.class, out.toString());
    }
}
