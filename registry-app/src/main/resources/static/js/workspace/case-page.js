/* A case's page: summary, the guideline's advice, its entries with every version, and the audit trail. */
import { el, show } from '../common/dom.js';
import { eventually } from '../common/api.js';
import { writes, entryOf } from '../common/session.js';
import { ui, fieldLabel, valueLabel } from '../common/i18n.js';
import { csvButton } from '../common/csv.js';
import { caseOf, entriesOf } from './entries.js';
import { evaluationItem } from './evaluations.js';

export async function casePage(view, caseId) {
    const [known, found] = await Promise.all([caseOf(caseId), eventually('/api/cases/' + caseId + '/advice')]);
    const advice = found || { evaluations: [] };
    const { history } = known;
    const summary = { ...known.summary, caseId, procedures: known.procedures, closed: known.closed };
    const entries = entriesOf(history);
    show(
        view,
        el('h2', { text: ui('case') + ' ' + caseId }),
        el(
            'dl',
            { class: 'summary' },
            el('dt', { text: ui('centre') }),
            el('dd', { text: summary.centreId || history[0].payload.registration.centreId }),
            el('dt', { text: ui('stage') }),
            el('dd', { id: 'case-stage', text: valueLabel(summary.stage) || ui('none') }),
            el('dt', { text: ui('diagnosis') }),
            el('dd', { text: valueLabel(summary.diagnosis) || ui('none') }),
            el('dt', { text: ui('intent') }),
            el('dd', { text: valueLabel(summary.intent) || ui('none') }),
            el('dt', { text: ui('procedures') }),
            el('dd', {
                text:
                    summary.procedures
                        .map(p => p.performedOn + ' ' + p.techniques.map(valueLabel).join(' + '))
                        .join('; ') || ui('none'),
            }),
            el('dt', { text: ui('latestPain') }),
            el('dd', {
                text: summary.latestPain
                    ? 'VAS ' + summary.latestPain.vas + ' (' + summary.latestPain.assessedOn + ')'
                    : ui('none'),
            }),
            el('dt', { text: ui('biopsyAdvice') }),
            el('dd', {
                id: 'advice-biopsy',
                text: advice.biopsy
                    ? (advice.biopsy.recommended ? ui('recommended') : ui('notNeeded')) +
                      ' — ' +
                      advice.biopsy.ruleId +
                      ': ' +
                      advice.biopsy.detail
                    : ui('none'),
            }),
            el('dt', { text: ui('curative') }),
            el('dd', {
                id: 'advice-curative',
                text: advice.curativeEligibility
                    ? advice.curativeEligibility.eligible
                        ? ui('eligible')
                        : ui('notEligible') + ': ' + advice.curativeEligibility.reasons.map(r => r.detail).join('; ')
                    : ui('none'),
            }),
            el('dt', { text: ui('strategy') }),
            el('dd', {
                id: 'advice-strategy',
                text: advice.strategy
                  ? valueLabel(advice.strategy.path) + ' — ' + advice.strategy.detail
                  : ui('none'),
            }),
        ),
        writes() && !summary.closed
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
            entries.map(entry => entryVersions(caseId, entry, summary)),
        ),
        el('h3', { text: ui('advice') }),
        el(
            'ul',
            { class: 'evaluations' },
            advice.evaluations.map(e => evaluationItem(e.ruleId, e.status, e.detail, valueLabel(e.entryKind))),
        ),
        el('h3', { text: ui('history') }),
        el(
            'div',
            { class: 'toolbar' },
            csvButton(
                'audit-trail-' + caseId + '.csv',
                [
                    'sequence',
                    'type',
                    'recordedAt',
                    'recordedBy',
                    'recordedByName',
                    'role',
                    'centreId',
                    'reasonForChange',
                ],
                () =>
                    history.map(h => [
                        h.sequence,
                        h.type,
                        h.recordedAt,
                        h.recordedBy,
                        h.recordedByName,
                        h.role,
                        h.centreId,
                        h.reasonForChange,
                    ]),
            ),
        ),
        el(
            'ol',
            { class: 'timeline', id: 'timeline' },
            history.map(h =>
                el(
                    'li',
                    { 'data-type': h.type, class: h.type === 'GuidelineEvaluated' ? 'evaluation' : null },
                    el('strong', { text: h.type }),
                    ' ',
                    el('span', {
                        class: 'meta',
                        text:
                            new Date(h.recordedAt).toLocaleString() +
                            ' · ' +
                            (h.recordedByName || h.recordedBy || '?') +
                            ' (' +
                            (h.role || '?') +
                            ', ' +
                            (h.centreId || '—') +
                            ')',
                    }),
                    h.reasonForChange ? el('div', { text: ui('why') + ': ' + h.reasonForChange }) : null,
                ),
            ),
        ),
    );
}

function nextEntries(summary, entries) {
    const has = entry => entries.some(e => e.entry === entry);
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

function entryVersions(caseId, entry, summary) {
    const versions = entry.versions;
    const flat = versions.map(v => flatten(v.content));
    const fields = [...new Set(flat.flatMap(f => Object.keys(f)))];
    const path =
        entry.entry === 'complications'
            ? 'procedures/' + entry.procedureId + '/complications/' + entry.id
            : entryOf(entry.entry).idField
              ? entry.entry + '/' + entry.id
              : entry.entry;
    const correctable = writes() && !summary.closed && entry.entry !== 'closure';
    return el(
        'details',
        { class: 'entry', 'data-entry': entry.entry },
        el(
            'summary',
            {},
            ui(entry.entry) +
              (versions.length > 1 ? ' · ' + versions.length + ' ' + ui('versions').toLowerCase() : ''),
        ),
        correctable
            ? el(
                  'p',
                  {},
                  el(
                      'a',
                      { class: 'button correct', href: '#/cases/' + caseId + '/' + path },
                      ui('correct') + ': ' + ui(entry.entry).toLowerCase(),
                  ),
              )
            : null,
        el(
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
                                new Date(v.event.recordedAt).toLocaleString() +
                                ' ' +
                                ui('by') +
                                ' ' +
                                (v.event.recordedByName || v.event.recordedBy),
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
        ),
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
