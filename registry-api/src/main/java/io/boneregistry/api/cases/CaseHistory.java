package io.boneregistry.api.cases;

import java.util.List;

public record CaseHistory(String caseId, List<HistoryEntry> events) {
}
