package io.boneregistry.app.exports;

import io.boneregistry.app.security.Requesters;
import io.boneregistry.app.security.Role;
import io.boneregistry.app.web.ForbiddenException;

/**
 * Who may loosen an export's de-identification: only a registry manager may ask for free text
 * or for the identified event archive. Exports are for registry managers already (see
 * SecurityConfiguration); this keeps the rule true where an export is ever opened to another role.
 */
final class ExportPermissions {

    private ExportPermissions() {
    }

    static void onlyRegistryManagersMayLoosenDeidentificationPolicy(String parameter, boolean asked) {
        if (asked && !Requesters.required().is(Role.REGISTRY_MANAGER)) {
            throw new ForbiddenException(parameter, "only a registry manager may ask for it");
        }
    }
}
