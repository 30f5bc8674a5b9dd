/**
 * Benchmark catalogue, outcome statistics, reports and exports. They read the analysis dataset
 * through the projections' queries and never the event store or the aggregate.
 */
package io.boneregistry.outcomes;
