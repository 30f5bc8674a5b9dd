/*
 * What every page needs once per visit: who is asking, the forms, the guideline's rules, the
 * registry's vocabulary (/api/vocabulary), the benchmark catalogue and the CSRF token for writes.
 */
import { api } from './api.js';
import { language } from './i18n.js';

export const session = {
    forms: null,
    rules: [],
    me: null,
    csrf: null,
    vocabulary: null,
    catalogue: [],
    /** Draws the current view again (main.js sets it). */
    refresh: () => {},
};

export async function loadSession() {
    if (session.forms) return;
    const answers = await Promise.all(
        [
            '/api/forms',
            '/api/guideline/rules',
            '/api/me',
            '/api/csrf',
            '/api/vocabulary',
            '/api/outcomes/catalogue',
        ].map(api),
    );
    [session.forms, session.rules, session.me, session.csrf, session.vocabulary, session.catalogue] = answers;
}

/** Whether the one asking logs cases (clinicians); others read. */
export const writes = () => session.me && session.me.role === 'CLINICIAN';

/** A rule's sentence: in Italian the guideline's own words, in English the registry's. */
export function sentence(ruleId) {
    const rule = session.rules.find(r => r.ruleId === ruleId) || {};
    return (language() === 'it' ? rule.text : rule.sentence) || '';
}

/** The workspace's entry of a path segment (assessment, procedures…): its kind, id field and events. */
export const entryOf = name => session.vocabulary.entries.find(e => e.entry === name);

export async function send(url, amending, content, dryRun) {
    const response = await fetch(url + (dryRun ? '?dryRun=true' : ''), {
        method: amending ? 'PUT' : 'POST',
        headers: {
            'Content-Type': 'application/json',
            Accept: 'application/json',
            [session.csrf.headerName]: session.csrf.token,
        },
        body: JSON.stringify(content),
    });
    return { status: response.status, json: await response.json().catch(() => ({})) };
}
