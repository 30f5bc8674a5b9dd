package io.boneregistry.app.forms;

import io.boneregistry.api.assessment.Diagnosis;
import io.boneregistry.api.cases.CaseStage;
import io.boneregistry.api.guideline.EntryKind;
import io.boneregistry.api.procedure.Technique;
import io.boneregistry.app.security.CentreScoped;
import io.boneregistry.outcomes.benchmark.Verdict;
import io.boneregistry.outcomes.worklist.StatusGrid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Arrays;
import java.util.List;

/**
 * The registry's enumerations as the browser pages need them, so no list of codes is copied into
 * JavaScript: what a filter offers, the stages, the verdicts, the status grid's steps, and the
 * workspace's entries with the events that record them.
 */
@RestController
@CentreScoped(CentreScoped.Scope.REGISTRY)
class VocabularyController {

    /**
     * {@code clientIdField}: the id a form sends with a new entry, so that a retry stores it once;
     * {@code next}: the entry the form offers to go on to once this one is saved.
     */
    record Entry(String entry, EntryKind kind, String idField, String clientIdField, String next, List<String> events) {
    }

    record Vocabulary(List<Technique> techniques, List<Diagnosis> diagnoses, List<CaseStage> stages, List<Verdict> verdicts,
                      List<EntryKind> statusGridSteps, List<Entry> entries) {
    }

    private static final Vocabulary VOCABULARY = new Vocabulary(List.of(Technique.values()), List.of(Diagnosis.values()),
            List.of(CaseStage.values()), List.of(Verdict.values()), StatusGrid.STEPS,
            Arrays.stream(WorkspaceEntry.values()).map(e -> new Entry(e.path, e.kind, e.idField, e.clientIdField, e.next,
                    e.events())).toList());

    @GetMapping("/api/vocabulary")
    Vocabulary vocabulary() {
        return VOCABULARY;
    }
}
