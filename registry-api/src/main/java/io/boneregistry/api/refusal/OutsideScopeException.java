package io.boneregistry.api.refusal;

/**
 * A command for a case its sender may not write to: a case of a centre they do not write for (which
 * is answered as if the case did not exist), or an erasure by someone who is not a registry manager.
 * Nothing is stored.
 */
public class OutsideScopeException extends RuntimeException {

    private final boolean existingCase;

    private OutsideScopeException(String message, boolean existingCase) {
        super(message);
        this.existingCase = existingCase;
    }

    /** A case that exists, of a centre the sender does not write for: as far as they know, there is no such case. */
    public static OutsideScopeException caseOfAnotherCentre(String caseId) {
        return new OutsideScopeException("no case " + caseId, true);
    }

    /** A new case for a centre the sender does not write for, or an action their role does not allow. */
    public static OutsideScopeException notForSender(String why) {
        return new OutsideScopeException(why, false);
    }

    public boolean existingCase() {
        return existingCase;
    }
}
