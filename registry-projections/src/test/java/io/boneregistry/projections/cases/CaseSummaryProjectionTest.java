package io.boneregistry.projections.cases;

import io.boneregistry.projections.support.ReadModelDatabase;
import org.junit.jupiter.api.Nested;

class CaseSummaryProjectionTest {

    @Nested
    class OnH2 extends CaseSummaryProjectionContract {
        @Override
        ReadModelDatabase database() {
            return ReadModelDatabase.H2;
        }
    }

    @Nested
    class OnPostgres extends CaseSummaryProjectionContract {
        @Override
        ReadModelDatabase database() {
            return ReadModelDatabase.POSTGRES;
        }
    }
}
