package io.boneregistry.app;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No Docker engine runs where the tests run, so docker-compose.yml is kept in step by reading it:
 * the images it names, and the registry's settings, which must be the ones the postgres and Kafka
 * tests exercise (the postgres profile, the standard datasource properties, the stream's address).
 */
class ComposeFileTest {

    private static final Path ROOT = Path.of("..");

    @Test
    void composeNamesPublicImagesAndTheTestedSettings() throws IOException {
        Map<String, Object> compose = read(ROOT.resolve("docker-compose.yml"));
        Map<String, Map<String, Object>> services = cast(compose.get("services"));
        assertThat(services).containsOnlyKeys("postgres", "kafka", "registry");

        Set<String> images = new TreeSet<>();
        services.values().forEach(service -> {
            if (service.get("image") != null) images.add((String) service.get("image"));
        });
        assertThat(images).containsExactly("apache/kafka:3.9.1", "postgres:16-alpine");
        assertThat(Files.readString(ROOT.resolve("Dockerfile")))
                .contains("FROM maven:3.9-eclipse-temurin-17 AS build", "FROM eclipse-temurin:17-jre");

        Map<String, Object> registry = cast(services.get("registry").get("environment"));
        assertThat(registry).containsEntry("SPRING_PROFILES_ACTIVE", "postgres")
                .containsKeys("SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_USERNAME", "SPRING_DATASOURCE_PASSWORD")
                .containsEntry("REGISTRY_KAFKA_BOOTSTRAP_SERVERS", "kafka:9092")
                .containsEntry("REGISTRY_KAFKA_TOPIC", "bone-registry.events");
        assertThat((String) registry.get("SPRING_DATASOURCE_URL")).startsWith("jdbc:postgresql://postgres:5432/");
        assertThat(ROOT.resolve("registry-app/src/main/resources/application-postgres.yml")).exists();

        Map<String, Object> kafka = cast(services.get("kafka").get("environment"));
        assertThat(kafka).containsEntry("KAFKA_PROCESS_ROLES", "broker,controller")
                .containsEntry("KAFKA_ADVERTISED_LISTENERS", "PLAINTEXT://kafka:9092");
    }

    private static Map<String, Object> read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file)) {
            return new Yaml().load(reader);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object value) {
        return (T) value;
    }
}
