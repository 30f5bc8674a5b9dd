package io.boneregistry.outcomes.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import io.boneregistry.outcomes.export.CaseRows;
import io.boneregistry.outcomes.export.Deidentification;
import org.hl7.fhir.r4.model.Resource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import java.util.UUID;

/**
 * The registry as FHIR R4, de-identified, written a case at a time so memory stays flat: a
 * {@code collection} Bundle, or NDJSON in the Bulk Data style (one resource per line, optionally
 * only some resource types).
 */
public final class FhirExport {

    public static final String FHIR_JSON = "application/fhir+json";
    public static final String FHIR_NDJSON = "application/fhir+ndjson";
    public static final Set<String> RESOURCE_TYPES = Set.of("Patient", "Condition", "Procedure", "Observation", "AdverseEvent");

    private static final FhirContext R4 = FhirContext.forR4Cached();

    private FhirExport() {
    }

    public static void writeBundle(CaseRows cases, Deidentification deidentification, Writer out) {
        IParser json = R4.newJsonParser();
        write(out, "{\"resourceType\":\"Bundle\",\"id\":\"" + UUID.randomUUID() + "\",\"meta\":{\"security\":[{\"system\":\""
                + FhirCodes.SECURITY_LABELS + "\",\"code\":\"" + FhirCodes.PSEUDONYMISED + "\"}]},\"type\":\"collection\",\"entry\":[");
        boolean[] first = {true};
        cases.forEachCase(rows -> {
            for (Resource resource : CaseResources.of(rows, deidentification, ReferenceStyle.BUNDLE)) {
                write(out, (first[0] ? "" : ",") + "{\"fullUrl\":\"urn:uuid:" + resource.getIdElement().getIdPart()
                        + "\",\"resource\":" + json.encodeResourceToString(resource) + "}");
                first[0] = false;
            }
        });
        write(out, "]}");
    }

    /** One resource per line, of the types asked for (all when empty). */
    public static void writeNdjson(CaseRows cases, Deidentification deidentification, Set<String> types, Writer out) {
        IParser json = R4.newJsonParser();
        cases.forEachCase(rows -> {
            for (Resource resource : CaseResources.of(rows, deidentification, ReferenceStyle.RELATIVE)) {
                if (types.isEmpty() || types.contains(resource.fhirType())) write(out, json.encodeResourceToString(resource) + "\n");
            }
        });
    }

    private static void write(Writer out, String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException("export interrupted", e);
        }
    }
}
