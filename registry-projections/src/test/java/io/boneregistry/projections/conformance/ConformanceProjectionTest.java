package io.boneregistry.projections.conformance;

import io.boneregistry.projections.support.ReadModelDatabase;
import org.junit.jupiter.api.Nested;

class ConformanceProjectionTest {

    @Nested
    class OnH2 extends ConformanceProjectionContract {
        @Override
        ReadModelDatabase database() {
            return ReadModelDatabase.H2;
        }
    }

    @Nested
    class OnPostgres extends ConformanceProjectionContract {
        @Override
        ReadModelDatabase database() {
            return ReadModelDatabase.POSTGRES;
        }
    }
}
