package io.boneregistry.projections.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;

/**
 * A fresh read-model database with the real migrations applied, in H2 (the embedded default) or
 * in a real PostgreSQL (zonky's embedded server, one per test JVM, a new database per test):
 * projections tested on both stores, without Spring.
 */
public enum ReadModelDatabase {
    H2 {
        @Override
        public JdbcTemplate fresh() {
            JdbcDataSource dataSource = new JdbcDataSource();
            dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
            return migrated(dataSource, "h2");
        }
    },
    POSTGRES {
        @Override
        public JdbcTemplate fresh() {
            String name = "read_models_" + UUID.randomUUID().toString().replace("-", "");
            new JdbcTemplate(Server.INSTANCE.getPostgresDatabase()).execute("CREATE DATABASE " + name);
            return migrated(new SingleConnectionDataSource(Server.INSTANCE.getJdbcUrl("postgres", name), "postgres", "", true), "postgresql");
        }
    };

    public abstract JdbcTemplate fresh();

    public static ObjectMapper json() {
        return new ObjectMapper().findAndRegisterModules();
    }

    private static JdbcTemplate migrated(DataSource dataSource, String vendor) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/" + vendor).load().migrate();
        return new JdbcTemplate(dataSource);
    }

    /** One PostgreSQL server for the test JVM, stopped when it exits. */
    private static final class Server {
        static final EmbeddedPostgres INSTANCE = start();

        private static EmbeddedPostgres start() {
            try {
                EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        postgres.close();
                    } catch (IOException ignored) {
                        // the JVM is going anyway
                    }
                }));
                return postgres;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
