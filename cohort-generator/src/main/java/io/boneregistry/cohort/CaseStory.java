package io.boneregistry.cohort;

import java.util.List;

/** One synthetic case: the commands a clinician would have sent, in order. */
public record CaseStory(String caseId, String centreId, CaseType type, List<Object> commands) {
}
