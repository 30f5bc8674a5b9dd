/* The clinician's first page: follow-ups due, open cases by stage, and the status grid, each patient named. */
import { el, show } from '../common/dom.js';
import { api } from '../common/api.js';
import { writes, session } from '../common/session.js';
import { ui, valueLabel, day } from '../common/i18n.js';

/** A patient as the lists name them: pseudonym, year of birth, sex; the case's own id where none is left (erased). */
export function patientLabel(row) {
    const words = [row.patientPseudonym || row.caseId.slice(0, 8)];
    if (row.birthYear) words.push(String(row.birthYear));
    if (row.sex) words.push(valueLabel(row.sex));
    return words.join(' · ');
}

export async function worklistPage(view) {
    const worklist = await api('/api/worklist');
    const stages = Object.entries(worklist.openCases);
    show(
        view,
        el('h2', { text: ui('worklist') }),
        writes() ? el('p', {}, el('a', { class: 'button', href: '#/cases/new', id: 'new-case' }, ui('newCase'))) : null,
        el('h3', { text: ui('followUpsDue') }),
        worklist.followUps.length === 0 ? el('p', { text: ui('noFollowUpsDue') }) : dueTable(worklist.followUps),
        el('h3', { text: ui('openCases') }),
        el(
            'p',
            { id: 'open-cases' },
            stages.length ? stages.map(([stage, count]) => valueLabel(stage) + ': ' + count).join(' · ') : ui('none'),
        ),
        el('h3', { text: ui('statusGrid') }),
        el('p', {}, el('a', { href: '#/missing-data', id: 'missing-data-link' }, ui('missingData'))),
        statusGrid(worklist.statusGrid),
    );
}

function dueTable(followUps) {
    const header = [
        ui('status'),
        ui('patient'),
        ui('centre'),
        ui('procedureOn'),
        ui('visit'),
        ui('visitDate'),
        ui('windowEnds'),
        '',
    ];
    return el(
        'table',
        { id: 'follow-ups-due' },
        el('caption', { class: 'visually-hidden', text: ui('followUpsDue') }),
        el(
            'thead',
            {},
            el(
                'tr',
                {},
                header.map(h => el('th', { scope: 'col', text: h })),
            ),
        ),
        el(
            'tbody',
            {},
            followUps.map(due =>
                el(
                    'tr',
                    { 'data-case': due.caseId, 'data-procedure': due.procedureId },
                    el(
                        'td',
                        {},
                        el('span', { class: 'badge badge-' + due.status, text: ui(due.status) }),
                        due.daysLate > 0 ? ' ' + due.daysLate + ' ' + ui('daysLate') : '',
                    ),
                    el('td', {}, el('a', { href: '#/cases/' + due.caseId, class: 'patient' }, patientLabel(due))),
                    el('td', { text: due.centreId }),
                    el('td', { text: day(due.performedOn) }),
                    el('td', { text: due.visit }),
                    el('td', { text: day(due.visitDate) }),
                    el('td', { text: day(due.windowEnds) }),
                    el('td', {}, writes() ? recordLink(due) : ''),
                ),
            ),
        ),
    );
}

function recordLink(due) {
    const href = '#/cases/' + due.caseId + '/follow-ups?procedureId=' + due.procedureId + '&visitDate=' + due.visitDate;
    return el('a', { class: 'button', href }, ui('recordFollowUp'));
}

function statusGrid(rows) {
    const steps = session.vocabulary.statusGridSteps;
    return el(
        'table',
        { id: 'status-grid', class: 'grid' },
        el(
            'thead',
            {},
            el(
                'tr',
                {},
                el('th', { scope: 'col', text: ui('patient') }),
                el('th', { scope: 'col', text: ui('stage') }),
                ...steps.map(step => el('th', { scope: 'col', text: valueLabel(step) })),
            ),
        ),
        el(
            'tbody',
            {},
            rows.map(row =>
                el(
                    'tr',
                    { 'data-case': row.caseId },
                    el(
                        'th',
                        { scope: 'row' },
                        el('a', { href: '#/cases/' + row.caseId, class: 'patient' }, patientLabel(row)),
                    ),
                    el('td', { text: valueLabel(row.stage) }),
                    ...steps.map(step => {
                        const cell = row.steps[step];
                        const lacking = (row.missing && row.missing[step]) || [];
                        const title = ui(cell) + (lacking.length ? ': ' + lacking.join('; ') : '');
                        return el('td', { class: 'cell-' + cell, title }, ui(cell));
                    }),
                ),
            ),
        ),
    );
}
