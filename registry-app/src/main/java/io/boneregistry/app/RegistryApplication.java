package io.boneregistry.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The registry: HTTP API and read side over one event store. */
@SpringBootApplication(scanBasePackages = "io.boneregistry")
public class RegistryApplication {

    /** Axon's update checker would send this machine's details to AxonIQ; a clinical registry does not phone home. */
    static final String UPDATE_CHECKER = "axoniq.update-checker.disabled";

    public static void main(String[] args) {
        if (System.getProperty(UPDATE_CHECKER) == null && System.getenv("AXONIQ_UPDATE_CHECKER_DISABLED") == null) {
            System.setProperty(UPDATE_CHECKER, "true");
        }
        SpringApplication.run(RegistryApplication.class, args);
    }
}
