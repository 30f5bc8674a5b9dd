package io.boneregistry.app.outcomes;

import org.springframework.test.context.ActiveProfiles;

/** {@link OutcomesHttpTest} on a real PostgreSQL. */
@ActiveProfiles({"postgres", "embedded-postgres"})
class OutcomesHttpOnPostgresTest extends OutcomesHttpTest {
}
