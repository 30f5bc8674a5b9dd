package io.boneregistry.core.cases;

import io.boneregistry.api.enteredinerror.MarkEnteredInError;
import io.boneregistry.api.guideline.EntryKind;
import io.boneregistry.api.guideline.EntryRef;
import io.boneregistry.api.refusal.PathwayConflictException;
import io.boneregistry.api.refusal.UnknownEntryException;
import io.boneregistry.core.record.CaseRecord;

/**
 * What may be marked entered in error: the whole case at any time; on an open case, any entry on
 * record except the assessment and the treatment decision, which the pathway rests on (an amendment
 * corrects them, or the case is marked as a whole); a closure, which reopens the case. A procedure
 * goes only once its complications and follow-ups have gone, so nothing is left naming it.
 */
final class EnteredInErrorPolicy {

    private EnteredInErrorPolicy() {
    }

    static void onlyEntriesOnRecordMayBeMarked(CaseRecord record, MarkEnteredInError command) {
        EntryRef entry = command.entry();
        String name = entry.kind().name().toLowerCase().replace('_', ' ');
        switch (entry.kind()) {
            case REGISTRATION -> {
                return;
            }
            case ASSESSMENT, TREATMENT_DECISION -> throw new PathwayConflictException(
                    "the " + name + " is corrected by an amendment, or the whole case marked entered in error");
            case CLOSURE -> {
                if (!record.closed()) throw new UnknownEntryException("closure", null);
                return;
            }
            default -> {
                if (record.closed()) throw PathwayConflictException.closed();
                if (!record.holds(entry)) throw new UnknownEntryException(name, entry.entryId());
            }
        }
        if (entry.kind() == EntryKind.PROCEDURE) noEntryNamesTheProcedure(record, entry.entryId());
        if (entry.kind() == EntryKind.COMPLICATION && !record.complications().get(entry.entryId()).procedureId().equals(command.procedureId())) {
            throw new UnknownEntryException("complication " + entry.entryId() + " of procedure", command.procedureId());
        }
    }

    private static void noEntryNamesTheProcedure(CaseRecord record, String procedureId) {
        boolean named = record.followUps().values().stream().anyMatch(followUp -> followUp.procedureId().equals(procedureId))
                || record.complications().values().stream().anyMatch(complication -> complication.procedureId().equals(procedureId));
        if (named) {
            throw new PathwayConflictException("procedure " + procedureId
                    + " has complications or follow-ups: mark those entered in error first");
        }
    }
}
