package io.boneregistry.api.audit;

/** A command that changes an entry already recorded; it always says why. */
public interface Amendment {

    String reasonForChange();
}
