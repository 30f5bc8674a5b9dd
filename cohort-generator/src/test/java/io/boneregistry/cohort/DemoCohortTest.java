package io.boneregistry.cohort;

import io.boneregistry.api.assessment.Diagnosis;
import io.boneregistry.api.assessment.RecordAssessment;
import io.boneregistry.api.procedure.RecordProcedure;
import io.boneregistry.api.procedure.Technique;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class DemoCohortTest {

    private static final List<CaseStory> DEMO = DemoCohort.generate(DemoCohort.DEMO_SIZE, DemoCohort.SEED);

    @Test
    void theSameSeedGivesTheSameRegistry() {
        assertThat(DemoCohort.generate(50, DemoCohort.SEED)).isEqualTo(DEMO.subList(0, 50));
        assertThat(DemoCohort.generate(50, 1L)).isNotEqualTo(DEMO.subList(0, 50));
    }

    @Test
    void everyCommandIsValidAsTheRegistryWouldCheckIt() {
        Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
        for (CaseStory story : DEMO) {
            for (Object command : story.commands()) {
                assertThat(validator.validate(command)).as(story.caseId() + " " + command).isEmpty();
            }
        }
    }

    @Test
    void spansFiveCentresFifteenOperatorsEveryTechniqueAndDiagnosis() {
        assertThat(DEMO).hasSize(2000);
        assertThat(DEMO.stream().map(CaseStory::centreId).distinct()).hasSize(5);
        Set<Technique> techniques = EnumSet.noneOf(Technique.class);
        Set<String> operators = new java.util.HashSet<>();
        Set<Diagnosis> diagnoses = EnumSet.noneOf(Diagnosis.class);
        for (CaseStory story : DEMO) {
            for (Object command : story.commands()) {
                if (command instanceof RecordProcedure procedure) {
                    techniques.addAll(procedure.procedure().techniques());
                    operators.add(procedure.procedure().operatorId());
                }
                if (command instanceof RecordAssessment assessment) diagnoses.add(assessment.assessment().diagnosis());
            }
        }
        assertThat(techniques).containsExactlyInAnyOrder(Technique.values());
        assertThat(operators).hasSize(15).contains(DemoCohort.WORSE_OPERATOR);
        assertThat(diagnoses).contains(Diagnosis.METASTASIS, Diagnosis.MULTIPLE_MYELOMA, Diagnosis.OSTEOID_OSTEOMA,
                Diagnosis.OSTEOBLASTOMA, Diagnosis.CHONDROBLASTOMA);
        assertThat(DEMO.stream().mapToInt(story -> story.commands().size()).sum()).isGreaterThan(15_000);
    }
}
