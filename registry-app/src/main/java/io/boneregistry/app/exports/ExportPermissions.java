package io.boneregistry.app.exports;

import io.boneregistry.app.web.ForbiddenException;

/**
 * Who may loosen an export's de-identification: only a registry manager may ask for free text
 * or for the identified event archive. Until authentication exists (issue 7) the role is the
 * X-Role header's.
 */
final class ExportPermissions {

    static final String REGISTRY_MANAGER = "REGISTRY_MANAGER";

    private ExportPermissions() {
    }

    static void onlyRegistryManagersMayLoosenDeidentificationPolicy(String parameter, boolean asked, String role) {
        if (asked && !REGISTRY_MANAGER.equals(role)) {
            throw new ForbiddenException(parameter, "only a registry manager may ask for it");
        }
    }
}
