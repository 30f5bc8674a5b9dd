package io.boneregistry.core.record;

import io.boneregistry.api.complication.Complication;

public record ComplicationEntry(String procedureId, Complication complication) {
}
