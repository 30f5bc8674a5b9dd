package io.boneregistry.core.cases;

import io.boneregistry.api.guideline.Advice;
import io.boneregistry.api.guideline.RuleStatus;
import org.axonframework.eventhandling.EventMessage;
import org.hamcrest.Matcher;

import java.util.Arrays;
import java.util.List;

import static org.axonframework.test.matchers.Matchers.predicate;

/** What the tests expect of a command's answer and of the events it records. */
final class AdviceMatchers {

    private AdviceMatchers() {
    }

    static Matcher<Advice> advising(String ruleId, RuleStatus status) {
        return predicate(advice -> advice.evaluations().stream()
                .anyMatch(evaluation -> evaluation.ruleId().equals(ruleId) && evaluation.status() == status));
    }

    static Matcher<Advice> advising(String ruleId, RuleStatus status, String detailPart) {
        return predicate(advice -> advice.evaluations().stream()
                .anyMatch(evaluation -> evaluation.ruleId().equals(ruleId) && evaluation.status() == status
                        && evaluation.detail().contains(detailPart)));
    }

    /** The rule was not applied to the entry at all. */
    static Matcher<Advice> notJudging(String ruleId) {
        return predicate(advice -> advice.evaluations().stream().noneMatch(evaluation -> evaluation.ruleId().equals(ruleId)));
    }

    static Matcher<Advice> notDeviatingFromAny(String ruleIdPrefix) {
        return predicate(advice -> advice.evaluations().stream()
                .noneMatch(evaluation -> evaluation.ruleId().startsWith(ruleIdPrefix) && evaluation.deviated()));
    }

    /** The recorded events are exactly of these types, in this order. */
    static Matcher<List<EventMessage<?>>> eventsOfTypes(Class<?>... types) {
        return predicate(events -> events.size() == types.length && Arrays.stream(types).toList()
                .equals(events.stream().map(EventMessage::getPayloadType).toList()));
    }
}
