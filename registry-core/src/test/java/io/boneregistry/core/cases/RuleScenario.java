package io.boneregistry.core.cases;

import io.boneregistry.api.assessment.Assessment;
import io.boneregistry.api.checks.PreProcedureChecks;
import io.boneregistry.api.guideline.RuleStatus;
import io.boneregistry.api.procedure.Procedure;
import io.boneregistry.api.treatment.TreatmentDecision;

import java.util.List;

import static io.boneregistry.api.fixtures.CaseFixture.biopsyDecided;
import static io.boneregistry.api.fixtures.CaseFixture.palliativeRfaWithCement;
import static io.boneregistry.api.fixtures.CaseFixture.painfulVertebralMetastasis;
import static io.boneregistry.api.fixtures.ProcedureFixture.rfaWithVertebroplasty;
import static io.boneregistry.core.cases.CaseCommands.assess;
import static io.boneregistry.core.cases.CaseCommands.check;
import static io.boneregistry.core.cases.CaseCommands.decide;
import static io.boneregistry.core.cases.CaseCommands.decideBiopsy;
import static io.boneregistry.core.cases.CaseCommands.normallyChecked;
import static io.boneregistry.core.cases.CaseCommands.perform;
import static io.boneregistry.core.cases.CaseCommands.register;

/** A clinical situation that should meet, or deviate from, one rule: the story so far and the entry that tests it. */
record RuleScenario(String situation, List<Object> given, Object when, String ruleId, RuleStatus expected) {

    static RuleScenario assessing(String situation, Assessment assessment, String ruleId, RuleStatus expected) {
        return new RuleScenario(situation, List.of(register()), assess(assessment), ruleId, expected);
    }

    static RuleScenario decidingBiopsy(String situation, Assessment assessment, boolean biopsy, String ruleId, RuleStatus expected) {
        return new RuleScenario(situation, List.of(register(), assess(assessment)), decideBiopsy(biopsyDecided(biopsy)), ruleId, expected);
    }

    static RuleScenario deciding(String situation, Assessment assessment, TreatmentDecision decision, String ruleId, RuleStatus expected) {
        return new RuleScenario(situation, List.of(register(), assess(assessment)), decide(decision), ruleId, expected);
    }

    static RuleScenario performing(String situation, Assessment assessment, TreatmentDecision decision, Procedure procedure,
                                   String ruleId, RuleStatus expected) {
        return new RuleScenario(situation, List.of(register(), assess(assessment), decide(decision), normallyChecked()),
                perform(procedure), ruleId, expected);
    }

    static RuleScenario performingAfter(String situation, PreProcedureChecks checks, String ruleId, RuleStatus expected) {
        return new RuleScenario(situation,
                List.of(register(), assess(painfulVertebralMetastasis()), decide(palliativeRfaWithCement()), check(checks)),
                perform(rfaWithVertebroplasty()), ruleId, expected);
    }

    static RuleScenario performingUnchecked(String situation, String ruleId, RuleStatus expected) {
        return new RuleScenario(situation,
                List.of(register(), assess(painfulVertebralMetastasis()), decide(palliativeRfaWithCement())),
                perform(rfaWithVertebroplasty()), ruleId, expected);
    }

    @Override
    public String toString() {
        return ruleId + " " + expected + " — " + situation;
    }
}
