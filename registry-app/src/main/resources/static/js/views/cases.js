/* The cases a reader may see, by stage or by the patient's pseudonym, a page at a time. */
import { el, select } from '../common/dom.js';
import { api } from '../common/api.js';
import { filterValue, go } from '../common/filters.js';
import { ui, valueLabel } from '../common/i18n.js';
import { session } from '../common/session.js';
import { patientLabel } from '../workspace/worklist.js';

const SIZE = 50;

export async function cases(view, params) {
    const page = Number(params.get('page') || 0);
    const stage = params.get('stage') || '';
    const pseudonym = params.get('pseudonym') || '';
    const centre = filterValue('centreId');
    const query = new URLSearchParams({ page, size: SIZE });
    if (centre) query.set('centreId', centre);
    if (stage) query.set('stage', stage);
    if (pseudonym) query.set('pseudonym', pseudonym);
    const result = await api('/api/cases?' + query);
    const around = p => '#/cases?' + new URLSearchParams({ page: p, stage, pseudonym });
    const search = el('input', {
        type: 'search',
        id: 'case-search',
        name: 'pseudonym',
        value: pseudonym,
        autocomplete: 'off',
    });
    const searchForm = el(
        'form',
        { class: 'search', role: 'search' },
        el('label', { for: search.id }, ui('searchPseudonym')),
        ' ',
        search,
        ' ',
        el('button', { type: 'submit' }, ui('search')),
    );
    searchForm.addEventListener('submit', event => {
        event.preventDefault();
        go('cases', { stage, pseudonym: search.value.trim() });
    });
    view.append(
        el('h2', { text: ui('nav-cases') }),
        searchForm,
        el(
            'div',
            { class: 'controls' },
            el(
                'label',
                {},
                ui('stage') + ' ',
                select(
                    'stage',
                    [['', ui('all')], ...session.vocabulary.stages.map(s => [s, valueLabel(s)])],
                    stage,
                    e => go('cases', { stage: e.target.value, pseudonym }),
                ),
            ),
            el('span', {}, result.totalElements + ' ' + ui('casesCount')),
            page > 0 ? el('a', { class: 'button', href: around(page - 1) }, ui('previous')) : null,
            (page + 1) * SIZE < result.totalElements
                ? el('a', { class: 'button', href: around(page + 1) }, ui('next'))
                : null,
        ),
        el(
            'table',
            { id: 'case-list' },
            el(
                'thead',
                {},
                el(
                    'tr',
                    {},
                    [
                        ui('patient'),
                        ui('centre'),
                        ui('stage'),
                        ui('referral'),
                        ui('diagnosis'),
                        ui('techniques'),
                        ui('latestVas'),
                        ui('deviations'),
                    ].map(h => el('th', { text: h })),
                ),
            ),
            el('tbody', {}, result.content.map(row)),
        ),
    );
}

function row(c) {
    return el(
        'tr',
        { class: c.enteredInError ? 'in-error' : null, 'data-case': c.caseId },
        el(
            'td',
            {},
            el('a', { href: '#/cases/' + c.caseId, class: 'patient' }, patientLabel(c)),
            c.enteredInError ? ' · ' + ui('enteredInError') : '',
        ),
        el('td', { text: c.centreId }),
        el('td', { text: valueLabel(c.stage) }),
        el('td', { text: c.referralDate }),
        el('td', { text: valueLabel(c.diagnosis) }),
        el('td', { text: c.techniques.map(valueLabel).join(', ') }),
        el('td', { class: 'number', text: c.latestPain ? c.latestPain.vas : '' }),
        el('td', { text: c.deviations.join(', ') }),
    );
}
