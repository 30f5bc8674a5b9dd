package io.boneregistry.api.analysis;

/**
 * Asks for the analysis rows the statistics count, of every centre, of one centre or of one
 * operator (null for all): the statistics read model's rows, without free text or personal fields.
 * Only aggregate answers may be built from them, so they are not scoped to a requester.
 */
public record FindStatisticsRows(String centreId, String operatorId) {
}
