package io.boneregistry.api.guideline;

/** Points at one entry of a case; {@code entryId} is null for the entries a case has only one of. */
public record EntryRef(EntryKind kind, String entryId) {

    public static EntryRef single(EntryKind kind) {
        return new EntryRef(kind, null);
    }

    public static EntryRef of(EntryKind kind, String entryId) {
        return new EntryRef(kind, entryId);
    }
}
