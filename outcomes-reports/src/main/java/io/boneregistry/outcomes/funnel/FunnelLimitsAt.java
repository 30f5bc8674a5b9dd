package io.boneregistry.outcomes.funnel;

public record FunnelLimitsAt(int n, double low95, double high95, double low998, double high998) {
}
