/* A case's entries as its pages need them, read from its history (the event store) and its summary. */
import { api } from '../common/api.js';
import { session } from '../common/session.js';

const SUMMARY_WAIT_MS = 5000;

/**
 * A case as its pages need it: the history (read from the event store, so it already holds what
 * was just written) and the read model's summary, which may lag a moment behind a write: it is asked
 * again until it has read the history's latest event (its version), for a few seconds, and the page
 * does with the last one it got if it is still behind.
 */
export async function caseOf(caseId) {
    const history = await api('/api/cases/' + caseId + '/history');
    const latest = history.reduce((most, h) => Math.max(most, h.sequence), -1);
    const summary = await summaryAt(caseId, latest);
    const entries = entriesOf(history);
    const procedures = entries
        .filter(e => e.entry === 'procedures' && !e.inError)
        .map(e => {
            const procedure = e.versions[e.versions.length - 1].content;
            return {
                procedureId: e.id,
                performedOn: procedure.performedOn,
                techniques: [...new Set(procedure.steps.map(step => step.technique))],
            };
        });
    const closed = entries.some(e => e.entry === 'closure' && !e.inError);
    const inError = history.find(h => h.type === 'EnteredInError' && h.payload.entry.kind === 'REGISTRATION');
    return { caseId, history, procedures, closed, inError: inError || null, summary: summary || {} };
}

async function summaryAt(caseId, version) {
    const until = Date.now() + SUMMARY_WAIT_MS;
    let summary = null;
    for (;;) {
        const response = await fetch('/api/cases/' + caseId, { headers: { Accept: 'application/json' } });
        if (response.ok) summary = await response.json();
        else if (response.status !== 404) throw new Error(response.status + ': /api/cases/' + caseId);
        if ((summary && summary.version >= version) || Date.now() > until) return summary;
        await new Promise(resolve => setTimeout(resolve, 150));
    }
}

/**
 * The case's entries from its history, each with its versions: the first recording, then every
 * correction; an entry marked entered in error says so, with the reason given. {@code entryId} is
 * the entry's own id where a case has several (checks, procedures…), null for the others.
 */
export function entriesOf(history) {
    const entries = [];
    for (const event of history) {
        if (event.type === 'EnteredInError') {
            const { kind, entryId } = event.payload.entry;
            const marked = entries.find(e => e.kind === kind && e.entryId === (entryId ?? null) && !e.inError);
            if (marked) marked.inError = { event, reason: event.payload.errorReason };
            continue;
        }
        const kind = session.vocabulary.entries.find(e => e.events.includes(event.type));
        if (!kind || kind.entry === 'cases') continue;
        const idName = kind.idField || kind.clientIdField;
        const entryId = idName ? event.payload[idName] : null;
        let known = entries.find(e => e.entry === kind.entry && e.entryId === entryId && !e.inError);
        if (!known) {
            known = {
                entry: kind.entry,
                kind: kind.kind,
                id: entryId ?? kind.entry,
                entryId,
                procedureId: event.payload.procedureId,
                versions: [],
                inError: null,
            };
            entries.push(known);
        }
        known.versions.push({ event, content: contentOf(event.payload) });
    }
    return entries;
}

/** An event's entry content: its one object-valued field (the case id and entry ids sit beside it). */
function contentOf(payload) {
    const key = Object.keys(payload).find(
        k => payload[k] !== null && typeof payload[k] === 'object' && !Array.isArray(payload[k]),
    );
    return key ? payload[key] : {};
}

/** The entry's path under its case, as docs/api.md names it (checks are corrected as the latest, without their id). */
export function entryPath(entry, forCorrection) {
    if (entry.entry === 'complications') return 'procedures/' + entry.procedureId + '/complications/' + entry.id;
    if (entry.entry === 'pre-procedure-checks' && forCorrection) return entry.entry;
    return entry.entryId ? entry.entry + '/' + entry.entryId : entry.entry;
}
