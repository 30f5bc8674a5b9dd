package io.boneregistry.app.cases;

import org.springframework.test.context.ActiveProfiles;

/** {@link LoggingACaseEndToEndTest} on a real PostgreSQL. */
@ActiveProfiles({"postgres", "embedded-postgres"})
class LoggingACaseEndToEndOnPostgresTest extends LoggingACaseEndToEndTest {
}
