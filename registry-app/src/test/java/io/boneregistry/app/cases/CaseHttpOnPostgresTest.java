package io.boneregistry.app.cases;

import org.springframework.test.context.ActiveProfiles;

/** Every HTTP test of {@link CaseHttpTest}, on a real PostgreSQL. */
@ActiveProfiles({"postgres", "embedded-postgres"})
class CaseHttpOnPostgresTest extends CaseHttpTest {
}
