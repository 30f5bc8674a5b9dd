/*
 * What a clinician has typed into a form and not saved yet, kept in the browser (per user, case and
 * entry) so that Back, a reload, a language switch or a lost session loses nothing. A draft is
 * dropped once its entry is saved.
 */
import { session } from '../common/session.js';

const PREFIX = 'registry.draft.';

/** The draft's key: who, which case (or a new one), which entry. */
export function draftKey(target) {
    const parts = [session.me.userId, target.caseId || 'new', target.entry, target.procedureId, target.entryId];
    return PREFIX + parts.filter(Boolean).join('.');
}

export function loadDraft(key) {
    try {
        return JSON.parse(localStorage.getItem(key) || 'null');
    } catch {
        return null;
    }
}

export function saveDraft(key, values) {
    localStorage.setItem(key, JSON.stringify({ savedAt: new Date().toISOString(), values }));
}

export function dropDraft(key) {
    localStorage.removeItem(key);
}

/** A draft to carry across the next render without asking (the language switch re-draws the page). */
export const carried = { key: null };

/** The form open now: its draft's key, and whether anything was typed since it opened (null: none open). */
export const openForm = { key: null, dirty: () => false };
