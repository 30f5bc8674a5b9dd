package io.boneregistry.core.record;

import io.boneregistry.api.checks.PreProcedureChecks;

public record ChecksEntry(String checksId, PreProcedureChecks checks) {
}
