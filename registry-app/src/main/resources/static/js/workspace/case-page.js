/*
 * A case's page: the patient and the summary, the guideline's advice, its entries with every version
 * and whether each is complete, and the audit trail. An entry, or the case, entered in error is struck
 * through and kept.
 */
import { el, show } from '../common/dom.js';
import { eventually } from '../common/api.js';
import { session, writes, send } from '../common/session.js';
import { ui, fieldLabel, valueLabel, eventName, time } from '../common/i18n.js';
import { csvButton } from '../common/csv.js';
import { caseOf, entriesOf, entryPath } from './entries.js';
import { evaluationItem } from './evaluations.js';

export async function casePage(view, caseId) {
    const known = await caseOf(caseId);
    const found = await eventually('/api/cases/' + caseId + '/advice');
    const advice = found || { evaluations: [] };
    const { history } = known;
    const summary = { ...known.summary, caseId, procedures: known.procedures, closed: known.closed };
    const entries = entriesOf(history);
    const registration = history[0].payload.registration;
    const open = writes() && !summary.closed && !known.inError;
    show(
        view,
        el('h2', { class: known.inError ? 'in-error' : null }, ui('case') + ' ', patient(summary, registration)),
        el('p', { class: 'case-id', text: caseId }),
        known.inError ? el('p', { class: 'notice error', id: 'case-in-error', text: ui('caseInError') }) : null,
        el(
            'dl',
            { class: 'summary' },
            term(ui('centre'), summary.centreId || registration.centreId),
            term(ui('stage'), valueLabel(summary.stage) || ui('none'), 'case-stage'),
            term(ui('diagnosis'), valueLabel(summary.diagnosis) || ui('none')),
            term(ui('intent'), valueLabel(summary.intent) || ui('none')),
            term(
                ui('proceduresDone'),
                summary.procedures
                    .map(p => p.performedOn + ' ' + p.techniques.map(valueLabel).join(' + '))
                    .join('; ') || ui('none'),
            ),
            term(
                ui('latestPain'),
                summary.latestPain
                    ? 'VAS ' + summary.latestPain.vas + ' (' + summary.latestPain.assessedOn + ')'
                    : ui('none'),
            ),
            term(ui('biopsyAdvice'), biopsyAdvice(advice.biopsy), 'advice-biopsy'),
            term(ui('curative'), curative(advice.curativeEligibility), 'advice-curative'),
            term(
                ui('strategy'),
                advice.strategy ? valueLabel(advice.strategy.path) + ' — ' + advice.strategy.detail : ui('none'),
                'advice-strategy',
            ),
        ),
        open
            ? el(
                  'nav',
                  { class: 'next-entries', 'aria-label': ui('nextEntries') },
                  el('h3', { text: ui('nextEntries') }),
                  nextEntries(summary, entries).map(([href, text]) => el('a', { class: 'button', href }, text)),
              )
            : null,
        el('h3', { text: ui('entries') }),
        el(
            'div',
            { id: 'entries' },
            entries.map(entry => entryVersions(caseId, entry, summary, open)),
        ),
        open ? markForm(caseId, null, ui('markCaseInError')) : null,
        el('h3', { text: ui('advice') }),
        el(
            'ul',
            { class: 'evaluations' },
            advice.evaluations.map(e => evaluationItem(e.ruleId, e.status, e.detail, valueLabel(e.entryKind))),
        ),
        el('h3', { text: ui('history') }),
        el('div', { class: 'toolbar' }, auditTrailCsv(caseId, history)),
        el('ol', { class: 'timeline', id: 'timeline' }, history.map(timelineItem)),
    );
}

/** The patient as the centre knows them: pseudonym, year of birth and age at referral, sex. */
function patient(summary, registration) {
    const pseudonym = summary.patientPseudonym ?? registration.patientPseudonym;
    const born = summary.birthYear ?? registration.birthYear;
    const age = born ? Number(registration.referralDate.slice(0, 4)) - born : null;
    const words = [pseudonym || '—'];
    if (born) words.push(ui('born') + ' ' + born + ' (' + age + ' ' + ui('years') + ')');
    if (summary.sex || registration.sex) words.push(valueLabel(summary.sex || registration.sex));
    return el('span', { id: 'case-patient', text: words.join(' · ') });
}

function term(name, text, id) {
    return [el('dt', { text: name }), el('dd', { id, text })];
}

function biopsyAdvice(biopsy) {
    if (!biopsy) return ui('none');
    const verdict =
        biopsy.recommended === true
            ? ui('recommended')
            : biopsy.recommended === false
              ? ui('notNeeded')
              : ui('unknown');
    return verdict + ' — ' + biopsy.ruleId + ': ' + biopsy.detail;
}

function curative(eligibility) {
    if (!eligibility) return ui('none');
    return eligibility.eligible
        ? ui('eligible')
        : ui('notEligible') + ': ' + eligibility.reasons.map(r => r.detail).join('; ');
}

function nextEntries(summary, entries) {
    const has = entry => entries.some(e => e.entry === entry && !e.inError);
    const links = [];
    const add = entry => links.push(['#/cases/' + summary.caseId + '/' + entry, ui(entry)]);
    if (!has('assessment')) add('assessment');
    else {
        if (!has('biopsy-decision')) add('biopsy-decision');
        if (!has('biopsy')) add('biopsy');
        if (!has('treatment-decision')) add('treatment-decision');
        else {
            if (!has('pre-procedure-checks')) add('pre-procedure-checks');
            add('procedures');
        }
    }
    for (const procedure of summary.procedures) {
        links.push([
            '#/cases/' + summary.caseId + '/procedures/' + procedure.procedureId + '/complications',
            ui('complications') + ' (' + procedure.performedOn + ')',
        ]);
    }
    if (summary.procedures.length) add('follow-ups');
    if (has('assessment')) add('other-treatments');
    add('closure');
    return links;
}

/** What an entry still lacks, from the summary (docs/api.md#completeness), by the entry's key. */
function lacking(summary, entry) {
    const key = entry.entryId ? entry.kind + '/' + entry.entryId : entry.kind;
    return (summary.missing || {})[key];
}

function entryVersions(caseId, entry, summary, open) {
    const versions = entry.versions;
    const flat = versions.map(v => flatten(v.content));
    const fields = [...new Set(flat.flatMap(f => Object.keys(f)))];
    const missing = entry.inError ? null : lacking(summary, entry);
    const correctable = open && entry.entry !== 'closure' && !entry.inError;
    const markable = open && !entry.inError && !['assessment', 'treatment-decision'].includes(entry.entry);
    const status =
        missing === undefined || missing === null
            ? null
            : missing.length
              ? el('span', {
                    class: 'completeness incomplete',
                    text: ui('incomplete') + ': ' + missing.map(fieldLabel).join(', '),
                })
              : el('span', { class: 'completeness complete', text: ui('complete') });
    return el(
        'details',
        {
            class: 'entry' + (entry.inError ? ' in-error' : ''),
            'data-entry': entry.entry,
            'data-id': entry.entryId || '',
        },
        el(
            'summary',
            {},
            el('span', { class: 'entry-name' }, ui(entry.entry)),
            versions.length > 1 ? ' · ' + versions.length + ' ' + ui('versions').toLowerCase() : '',
            entry.inError ? ' · ' + ui('enteredInError') : '',
            status ? ' · ' : '',
            status,
        ),
        entry.inError ? el('p', { class: 'why', text: ui('why') + ': ' + (entry.inError.reason || '—') }) : null,
        correctable
            ? el(
                  'p',
                  {},
                  el(
                      'a',
                      { class: 'button correct', href: '#/cases/' + caseId + '/' + entryPath(entry, true) },
                      ui('correct') + ': ' + ui(entry.entry).toLowerCase(),
                  ),
              )
            : null,
        versionsTable(versions, flat, fields),
        markable ? markForm(caseId, entry, ui('markInError')) : null,
    );
}

function versionsTable(versions, flat, fields) {
    return el(
        'table',
        { class: 'versions' },
        el(
            'thead',
            {},
            el(
                'tr',
                {},
                el('th', { scope: 'col', text: ui('field') }),
                versions.map((v, i) =>
                    el(
                        'th',
                        { scope: 'col' },
                        (i === 0 ? ui('recorded') : ui('amended')) +
                            ' ' +
                            time(v.event.recordedAt) +
                            ' ' +
                            ui('by') +
                            ' ',
                        v.event.recordedByName || v.event.recordedBy,
                        v.event.payload.reasonForChange
                            ? el('div', { class: 'why', text: ui('why') + ': ' + v.event.payload.reasonForChange })
                            : null,
                    ),
                ),
            ),
        ),
        el(
            'tbody',
            {},
            fields.map(field =>
                el(
                    'tr',
                    {},
                    el('th', { scope: 'row', text: fieldLabel(field) + ' (' + field + ')' }),
                    flat.map((f, i) =>
                        el('td', {
                            class: i > 0 && f[field] !== flat[i - 1][field] ? 'changed' : null,
                            text: display(f[field]),
                        }),
                    ),
                ),
            ),
        ),
    );
}

/** Marking an entry (or, with none, the case) entered in error: a reason, then the mark; the page reloads with it. */
function markForm(caseId, entry, label) {
    const path = '/api/cases/' + caseId + '/' + (entry ? entryPath(entry, false) + '/' : '') + 'entered-in-error';
    const id = 'mark-' + (entry ? entry.entry + '-' + (entry.entryId || 'single') : 'case');
    const reason = el('input', { type: 'text', id: id + '-reason', name: 'reason', maxlength: 2000, required: true });
    const problem = el('span', { class: 'field-error', role: 'alert' });
    const form = el(
        'form',
        { class: 'mark-in-error', id },
        el('label', { for: reason.id }, ui('errorReason')),
        ' ',
        reason,
        ' ',
        el('button', { type: 'submit' }, ui('confirmMark')),
        problem,
    );
    form.addEventListener('submit', async event => {
        event.preventDefault();
        const answer = await send(path, false, { reason: reason.value }, false);
        if (answer.status === 200) session.refresh();
        else problem.textContent = (answer.json.errors || []).map(e => e.message).join('; ') || answer.json.detail;
    });
    return el('details', { class: 'mark' }, el('summary', { text: label }), form);
}

function auditTrailCsv(caseId, history) {
    const columns = [
        'sequence',
        'type',
        'recordedAt',
        'recordedBy',
        'recordedByName',
        'role',
        'centreId',
        'reasonForChange',
    ];
    return csvButton('audit-trail-' + caseId + '.csv', columns, () => history.map(h => columns.map(c => h[c])));
}

function timelineItem(h) {
    const why = h.reasonForChange || (h.type === 'EnteredInError' ? h.payload.errorReason : null);
    return el(
        'li',
        {
            'data-type': h.type,
            class: h.type === 'GuidelineEvaluated' ? 'evaluation' : h.type === 'EnteredInError' ? 'in-error' : null,
        },
        el('strong', { text: eventName(h.type) }),
        ' ',
        el('span', {
            class: 'meta',
            text:
                time(h.recordedAt) +
                ' · ' +
                (h.recordedByName || h.recordedBy || '?') +
                ' (' +
                (valueLabel(h.role) || '?') +
                ', ' +
                (h.centreId || '—') +
                ')',
        }),
        why ? el('div', { text: ui('why') + ': ' + why }) : null,
    );
}

function flatten(value, prefix = '', out = {}) {
    if (Array.isArray(value)) {
        if (value.every(v => v === null || typeof v !== 'object')) out[prefix] = value.join(', ');
        else value.forEach((v, i) => flatten(v, prefix + '[' + i + ']', out));
    } else if (value !== null && typeof value === 'object') {
        for (const [k, v] of Object.entries(value)) flatten(v, prefix ? prefix + '.' + k : k, out);
    } else out[prefix] = value === null || value === undefined ? '' : String(value);
    return out;
}

function display(value) {
    if (value === undefined || value === '') return ui('none');
    if (value === 'true') return ui('yes');
    if (value === 'false') return ui('no');
    return /^[A-Z][A-Z0-9_]+(, [A-Z][A-Z0-9_]+)*$/.test(value) ? value.split(', ').map(valueLabel).join(', ') : value;
}
