package io.boneregistry.projections.analysis;

import io.boneregistry.projections.support.ReadModelDatabase;
import org.junit.jupiter.api.Nested;

class AnalysisDatasetProjectionTest {

    @Nested
    class OnH2 extends AnalysisDatasetProjectionContract {
        @Override
        ReadModelDatabase database() {
            return ReadModelDatabase.H2;
        }
    }

    @Nested
    class OnPostgres extends AnalysisDatasetProjectionContract {
        @Override
        ReadModelDatabase database() {
            return ReadModelDatabase.POSTGRES;
        }
    }
}
