package io.boneregistry.api.cases;

import java.util.List;

public record CasePage(List<CaseSummary> content, int page, int size, long totalElements) {
}
