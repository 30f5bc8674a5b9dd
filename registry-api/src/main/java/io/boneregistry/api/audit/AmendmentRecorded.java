package io.boneregistry.api.audit;

/**
 * An event recording an amendment. Its reason is free text and travels in the payload, where the
 * event store seals it with the case's key, never in the metadata.
 */
public interface AmendmentRecorded {

    String reasonForChange();
}
