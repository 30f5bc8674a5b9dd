package io.boneregistry.outcomes.fhir;

import org.hl7.fhir.r4.model.Reference;

/**
 * How resources point at each other: inside a Bundle by the {@code urn:uuid:} full URL of the entry,
 * in Bulk Data NDJSON files by {@code Type/id}.
 */
enum ReferenceStyle {
    BUNDLE {
        @Override
        Reference to(String type, String id) {
            return new Reference("urn:uuid:" + id);
        }
    },
    RELATIVE {
        @Override
        Reference to(String type, String id) {
            return new Reference(type + "/" + id);
        }
    };

    abstract Reference to(String type, String id);
}
