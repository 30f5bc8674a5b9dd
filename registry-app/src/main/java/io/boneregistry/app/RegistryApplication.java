package io.boneregistry.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The registry: HTTP API and read side over one event store. */
@SpringBootApplication(scanBasePackages = "io.boneregistry")
public class RegistryApplication {

    public static void main(String[] args) {
        SpringApplication.run(RegistryApplication.class, args);
    }
}
