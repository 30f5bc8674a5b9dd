package io.boneregistry.api.analysis;

import java.util.List;

/**
 * The statistics read model's rows as {@link FindStatisticsRows} asked for them, ordered by case and
 * procedure number. {@code version} changes whenever any row may have: answers computed from
 * the same version are the same.
 */
public record StatisticsRowSet(String version, List<ProcedureRow> rows) {
}
