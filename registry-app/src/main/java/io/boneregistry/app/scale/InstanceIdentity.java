package io.boneregistry.app.scale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;

/**
 * Who this instance is among those sharing one database: the owner of its token claims and of its
 * heartbeat. Axon's default (pid@host) is the same for two instances in one JVM, and can repeat
 * across containers; this one cannot.
 */
@Component
public class InstanceIdentity {

    private final String instanceId;

    InstanceIdentity(@Value("${registry.instance-id:}") String configured) {
        this.instanceId = configured.isBlank() ? host() + "-" + UUID.randomUUID().toString().substring(0, 8) : configured;
    }

    public String instanceId() {
        return instanceId;
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "registry";
        }
    }
}
