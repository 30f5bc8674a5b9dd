package io.boneregistry.app;

import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The registry on a real port, loaded with the demo cohort at start-up. Every test class with this
 * annotation shares one context, so the cohort is loaded once per test run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "registry.demo-cohort.enabled=true")
@AutoConfigureMockMvc
@ActiveProfiles("test")
public @interface DemoRegistryTest {
}
