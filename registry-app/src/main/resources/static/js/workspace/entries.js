/* A case's entries as its pages need them, read from its history (the event store) and its summary. */
import { api, eventually } from '../common/api.js';
import { session, entryOf } from '../common/session.js';

/**
 * A case as its pages need it: the history (read from the event store, so it already holds what
 * was just written) and the read model's summary, which may lag a moment behind a write: it is
 * asked again for a few seconds, and the page does without it if it is still missing.
 */
export async function caseOf(caseId) {
    const [history, summary] = await Promise.all([
        api('/api/cases/' + caseId + '/history'),
        eventually('/api/cases/' + caseId),
    ]);
    const procedures = history
        .filter(h => entryOf('procedures').events.includes(h.type))
        .reduce((list, h) => {
            const procedure = {
                procedureId: h.payload.procedureId,
                performedOn: h.payload.procedure.performedOn,
                techniques: [...new Set(h.payload.procedure.steps.map(step => step.technique))],
            };
            const known = list.findIndex(p => p.procedureId === procedure.procedureId);
            if (known >= 0) list[known] = procedure;
            else list.push(procedure);
            return list;
        }, []);
    const closed = history.some(h => entryOf('closure').events.includes(h.type));
    return { caseId, history, procedures, closed, summary: summary || {} };
}

/** The case's entries from its history, each with its versions: the first recording, then every correction. */
export function entriesOf(history) {
    const entries = [];
    for (const event of history) {
        const kind = session.vocabulary.entries.find(e => e.events.includes(event.type));
        if (!kind || kind.entry === 'cases') continue;
        const entry = kind.entry;
        const id = kind.idField ? event.payload[kind.idField] : entry;
        let known = entries.find(e => e.entry === entry && e.id === id);
        if (!known) entries.push((known = { entry, id, procedureId: event.payload.procedureId, versions: [] }));
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
