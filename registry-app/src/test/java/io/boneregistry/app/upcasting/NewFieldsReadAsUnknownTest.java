package io.boneregistry.app.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.boneregistry.api.assessment.AssessmentAmended;
import io.boneregistry.api.assessment.Assessment;
import io.boneregistry.api.assessment.AssessmentRecorded;
import io.boneregistry.api.checks.PreProcedureChecks;
import io.boneregistry.api.checks.PreProcedureChecksCompleted;
import io.boneregistry.api.followup.FollowUpRecorded;
import io.boneregistry.api.procedure.CementoplastyStep;
import io.boneregistry.api.procedure.LeakImaging;
import io.boneregistry.api.procedure.Leakage;
import io.boneregistry.api.procedure.Procedure;
import io.boneregistry.api.procedure.ProcedureAmended;
import io.boneregistry.api.procedure.ProcedurePerformed;
import io.boneregistry.api.procedure.TechniqueStep;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static io.boneregistry.api.fixtures.CaseFixture.TREATED;
import static io.boneregistry.api.fixtures.CaseFixture.followUp;
import static io.boneregistry.api.fixtures.CaseFixture.normalChecks;
import static io.boneregistry.api.fixtures.CaseFixture.osteoidOsteomaOfFemur;
import static io.boneregistry.api.fixtures.CaseFixture.withLesionFlagsUnknown;
import static io.boneregistry.api.fixtures.ProcedureFixture.rfaAlone;
import static io.boneregistry.api.fixtures.ProcedureFixture.rfaWithVertebroplasty;
import static io.boneregistry.api.fixtures.ProcedureFixture.withAntiInflammatory;
import static org.assertj.core.api.Assertions.assertThat;

/** Events stored before a revision added optional fields, read back with those fields empty. */
class NewFieldsReadAsUnknownTest {

    private final ObjectMapper json = JsonMapper.builder().findAndAddModules().build();
    private final JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(json).build();

    @Test
    void anAssessmentOfRevision1SaysNothingOfRefusalOrAnalgesia() throws Exception {
        AssessmentRecorded recorded = new AssessmentRecorded("case-1", osteoidOsteomaOfFemur());
        AssessmentAmended amended = new AssessmentAmended("case-1", osteoidOsteomaOfFemur(), "sealed:v1:abc");
        AssessmentsSayRefusalAndAnalgesia upcaster = new AssessmentsSayRefusalAndAnalgesia();
        List<String> added = List.of("refusesSurgery", "painControlledByConventionalAnalgesia");

        assertThat(readAsStoredBefore(recorded, upcaster, "1", "/assessment", added)).isEqualTo(recorded);
        assertThat(readAsStoredBefore(amended, upcaster, "1", "/assessment", added)).isEqualTo(amended);
        assertThat(recorded.assessment().refusesSurgery()).isNull();
    }

    @Test
    void aProcedureOfRevision1SaysNothingOfAnAntiInflammatory() throws Exception {
        Procedure unknown = withAntiInflammatory(rfaAlone(), null);
        ProceduresSayAntiInflammatory upcaster = new ProceduresSayAntiInflammatory();
        List<String> added = List.of("antiInflammatoryProphylaxis");

        assertThat(readAsStoredBefore(new ProcedurePerformed("case-1", "p-1", unknown), upcaster, "1", "/procedure", added))
                .isEqualTo(new ProcedurePerformed("case-1", "p-1", unknown));
        assertThat(readAsStoredBefore(new ProcedureAmended("case-1", "p-1", unknown, "sealed:v1:abc"), upcaster, "1", "/procedure", added))
                .isEqualTo(new ProcedureAmended("case-1", "p-1", unknown, "sealed:v1:abc"));
    }

    @Test
    void aLesionOfRevision2SaysNothingOfImplantNerveOrCortex() throws Exception {
        Assessment unknown = withLesionFlagsUnknown(osteoidOsteomaOfFemur());
        assertThat(readAsStoredBefore(new AssessmentRecorded("case-1", unknown), new LesionsSayImplantNerveAndCortex(), "2", "/assessment/lesion",
                List.of("metalImplantAtSite", "peripheralNerveNearTarget", "insulatingCortexIntact")))
                .isEqualTo(new AssessmentRecorded("case-1", unknown));
    }

    @Test
    void everyStepOfAProcedureOfRevision2TreatsTheIndexLesion() throws Exception {
        ProcedurePerformed twoSteps = new ProcedurePerformed("case-1", "p-1", rfaWithVertebroplasty());
        Object read = readAsStoredBefore(twoSteps, new StepsNameTheirLevel(), "2", "/procedure/steps", List.of("site", "level"));
        assertThat(read).isEqualTo(twoSteps);
        assertThat(((ProcedurePerformed) read).procedure().steps()).hasSize(2).allSatisfy(step -> assertThat(step.site()).isNull());
    }

    @Test
    void aFollowUpOfRevision1SaysNothingOfTheTreatedSiteOrImaging() throws Exception {
        FollowUpRecorded recorded = new FollowUpRecorded("case-1", "f-1", followUp("p-1", TREATED.plusDays(28), 3));
        Object read = readAsStoredBefore(recorded, new FollowUpsSayTreatedSiteAndImaging(), "1", "/followUp",
                List.of("treatedSiteVas", "analgesicLadderStep", "ecog", "imaging"));
        assertThat(read).isEqualTo(recorded);
        assertThat(((FollowUpRecorded) read).followUp().treatedSiteVas()).isNull();
    }

    @Test
    void checksOfRevision1SayNothingOfTheConsentsDateOrRisks() throws Exception {
        PreProcedureChecks unknown = withoutConsentDetails(normalChecks());
        PreProcedureChecksCompleted completed = new PreProcedureChecksCompleted("case-1", "c-1", unknown);
        assertThat(readAsStoredBefore(completed, new ChecksSayConsentDetails(), "1", "/checks", List.of("consentedOn", "risksAndAlternativesDiscussed")))
                .isEqualTo(completed);
    }

    @Test
    void anAssessmentOfRevision4SaysNothingOfTheNeuralgiasIntensity() throws Exception {
        AssessmentRecorded recorded = new AssessmentRecorded("case-1", osteoidOsteomaOfFemur());
        Object read = readAsStoredBefore(recorded, new AssessmentsSayNeuralgiaIntensity(), "4", "/assessment/baselinePain",
                List.of("neuralgiaIntensity"));
        assertThat(read).isEqualTo(recorded);
        assertThat(((AssessmentRecorded) read).assessment().baselinePain().neuralgiaIntensity()).isNull();
    }

    @Test
    void aFollowUpOfRevision2SaysNothingOfTheNeuralgiasIntensity() throws Exception {
        FollowUpRecorded recorded = new FollowUpRecorded("case-1", "f-1", followUp("p-1", TREATED.plusDays(28), 3));
        assertThat(readAsStoredBefore(recorded, new FollowUpsSayNeuralgiaIntensity(), "2", "/followUp", List.of("neuralgiaIntensity")))
                .isEqualTo(recorded);
    }

    @Test
    void aCementStepOfRevision4SaysNothingOfTheImagingThatSoughtALeak() throws Exception {
        Procedure unknown = withLeaksSoughtBy(rfaWithVertebroplasty(), null);
        ProcedurePerformed performed = new ProcedurePerformed("case-1", "p-1", unknown);
        Object read = readAsStoredBefore(performed, new LeaksSayTheImagingThatSoughtThem(), "4", "/procedure/steps", "/leakage",
                List.of("checkedBy"));
        assertThat(read).isEqualTo(performed);
        assertThat(((ProcedurePerformed) read).procedure().steps(CementoplastyStep.class).findFirst().orElseThrow().leakage().checkedBy()).isNull();
    }

    /** The procedure with every cement step's leak looked for by {@code imaging} (null: not recorded). */
    private static Procedure withLeaksSoughtBy(Procedure p, List<LeakImaging> imaging) {
        List<TechniqueStep> steps = p.steps().stream().map(step -> step instanceof CementoplastyStep c
                ? (TechniqueStep) new CementoplastyStep(c.needleGauge(), c.cementVolumeMl(), c.realTimeImaging(), c.delayedUntilNormothermia(),
                new Leakage(c.leakage().observed(), imaging, c.leakage().sites(), c.leakage().symptomatic()), c.site(), c.level())
                : step).toList();
        return new Procedure(p.performedOn(), p.operatorId(), p.anaesthesia(), p.guidance(), steps, p.thermalProtection(),
                p.periostealRopivacaineMl(), p.technicalSuccess(), p.antiInflammatoryProphylaxis());
    }

    private static PreProcedureChecks withoutConsentDetails(PreProcedureChecks c) {
        return new PreProcedureChecks(c.checkedOn(), c.coagulationNormal(), c.pt(), c.ptt(), c.inr(), c.plateletsNormal(), c.platelets(),
                c.whiteCellsNormal(), c.whiteCells(), c.infectionsScreened(), c.infectionsResolved(), c.writtenConsent(),
                c.antibioticProphylaxis(), null, null);
    }

    /**
     * The event written as revision {@code from} was (without the fields added at {@code entry}, an
     * object or each object of a list), upcast to the next revision, and read.
     */
    private Object readAsStoredBefore(Object event, NewFieldsReadAsUnknown upcaster, String from, String entry, List<String> added)
            throws Exception {
        return readAsStoredBefore(event, upcaster, from, entry, "", added);
    }

    /** As above, the fields being those of the object at {@code inEachItem} within each item of the list at {@code entry}. */
    private Object readAsStoredBefore(Object event, NewFieldsReadAsUnknown upcaster, String from, String entry, String inEachItem,
                                      List<String> added) throws Exception {
        ObjectNode stored = json.valueToTree(event);
        JsonNode gaining = stored.at(entry);
        List<JsonNode> objects = new ArrayList<>();
        if (gaining.isArray()) gaining.forEach(item -> objects.add(item.at(inEachItem)));
        else objects.add(gaining);
        objects.stream().filter(JsonNode::isObject).forEach(object -> ((ObjectNode) object).remove(added));
        GenericDomainEventEntry<byte[]> row = new GenericDomainEventEntry<>("BoneTumourCase", "case-1", 1, "e-1",
                "2025-03-13T09:30:00Z", event.getClass().getName(), from, json.writeValueAsBytes(stored), "{}".getBytes());
        List<IntermediateEventRepresentation> upcast = upcaster.upcast(Stream.of(new InitialEventRepresentation(row, serializer))).toList();
        assertThat(upcast).hasSize(1);
        assertThat(upcast.get(0).getType().getRevision()).isEqualTo(String.valueOf(Integer.parseInt(from) + 1));
        JsonNode read = json.readTree(upcast.get(0).getData(byte[].class).getData()).at(entry);
        JsonNode gained = read.isArray() ? firstObject(read, inEachItem) : read;
        assertThat(added.stream().allMatch(gained::has)).as("gained " + added).isTrue();
        return serializer.deserialize(upcast.get(0).getData());
    }

    private static JsonNode firstObject(JsonNode items, String inEachItem) {
        for (JsonNode item : items) {
            if (item.at(inEachItem).isObject()) return item.at(inEachItem);
        }
        throw new AssertionError("no item has " + inEachItem);
    }
}
