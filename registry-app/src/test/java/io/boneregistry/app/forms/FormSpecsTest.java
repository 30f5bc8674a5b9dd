package io.boneregistry.app.forms;

import io.boneregistry.api.assessment.Assessment;
import io.boneregistry.api.procedure.Procedure;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FormSpecsTest {

    @Test
    void everyEntryHasAFormReadOffItsRecord() {
        FormsController.ENTRIES.values().forEach(content -> assertThat(FormSpecs.of(content)).isNotEmpty());
    }

    @Test
    void inputsCarryTheirJsonPathBoundsUnitsAndValues() {
        List<FieldSpec> assessment = FormSpecs.of(Assessment.class);

        FieldSpec vas = find(assessment, "baselinePain.vas");
        assertThat(vas.kind()).isEqualTo("integer");
        assertThat(vas.required()).isTrue();
        assertThat(vas.min()).isEqualTo(0.0);
        assertThat(vas.max()).isEqualTo(10.0);
        assertThat(find(assessment, "lesion.maxDiameterMm").unit()).isEqualTo("mm");
        assertThat(find(assessment, "lesion.site").kind()).isEqualTo("choice");
        assertThat(find(assessment, "assessedOn").pastOrPresent()).isTrue();
        assertThat(find(assessment, "previousTreatments").kind()).isEqualTo("choices");
        assertThat(find(assessment, "painOrigin").kind()).isEqualTo("longText");
    }

    @Test
    void aProceduresStepsShowOnlyTheirOwnTechniquesParameters() {
        FieldSpec steps = find(FormSpecs.of(Procedure.class), "steps");

        assertThat(steps.kind()).isEqualTo("steps");
        assertThat(steps.discriminator()).isEqualTo("technique");
        assertThat(steps.variants()).containsKeys("CEMENTOPLASTY", "ETHANOL", "LASER", "RFA", "CRYO", "RF_IONIZATION");
        assertThat(steps.variants().get("CEMENTOPLASTY")).extracting(FieldSpec::name).contains("steps[].cementVolumeMl", "steps[].needleGauge")
                .doesNotContain("steps[].probeCount");
        assertThat(find(steps.variants().get("CRYO"), "steps[].cycles").kind()).isEqualTo("list");
        assertThat(find(steps.variants().get("CEMENTOPLASTY"), "steps[].cementVolumeMl").unit()).isEqualTo("ml");
    }

    @Test
    void everyNumberSaysItsUnitOrScale() {
        List<String> bare = new ArrayList<>();
        FormsController.ENTRIES.values().forEach(content -> everyField(FormSpecs.of(content), field -> {
            if (("integer".equals(field.kind()) || "number".equals(field.kind())) && field.unit() == null) bare.add(field.name());
        }));
        assertThat(bare).isEmpty();
    }

    @Test
    void questionsAskedOnlyWhenAnotherAnswerSaysSoCarryTheirCondition() {
        List<FieldSpec> assessment = FormSpecs.of(Assessment.class);
        assertThat(find(assessment, "lesion.level").askedWhen()).singleElement()
                .satisfies(condition -> assertThat(condition.field()).isEqualTo("site"));
        FieldSpec steps = find(FormSpecs.of(Procedure.class), "steps");
        assertThat(find(steps.variants().get("CEMENTOPLASTY"), "steps[].delayedUntilNormothermia").askedWhen()).singleElement()
                .satisfies(condition -> assertThat(condition.is()).containsExactly("RFA", "CRYO"));
        assertThat(find(steps.variants().get("CEMENTOPLASTY"), "steps[].site").supplementary()).isTrue();
    }

    private static void everyField(List<FieldSpec> fields, java.util.function.Consumer<FieldSpec> visit) {
        for (FieldSpec field : fields) {
            visit.accept(field);
            if (field.fields() != null) everyField(field.fields(), visit);
            if (field.variants() != null) field.variants().values().forEach(variant -> everyField(variant, visit));
        }
    }

    static FieldSpec find(List<FieldSpec> fields, String name) {
        for (FieldSpec field : fields) {
            if (field.name().equals(name)) return field;
            if (field.fields() != null) {
                FieldSpec inner = findOrNull(field.fields(), name);
                if (inner != null) return inner;
            }
        }
        throw new AssertionError("no input " + name);
    }

    private static FieldSpec findOrNull(List<FieldSpec> fields, String name) {
        try {
            return find(fields, name);
        } catch (AssertionError e) {
            return null;
        }
    }
}
