package io.boneregistry.api.guideline;

/** Points at one entry of a case; {@code entryId} is null for the entries a case has only one of. */
public record EntryRef(EntryKind kind, String entryId) {

    public static EntryRef single(EntryKind kind) {
        return new EntryRef(kind, null);
    }

    public static EntryRef of(EntryKind kind, String entryId) {
        return new EntryRef(kind, entryId);
    }

    /** The entry's key within its case, as read models store it: its kind, and its id where a case has several. */
    public String key() {
        return entryId == null ? kind.name() : kind.name() + "/" + entryId;
    }
}
