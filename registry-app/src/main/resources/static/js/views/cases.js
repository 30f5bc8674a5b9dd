/* The cases a reader may see, by stage, a page at a time. */
import { el, select } from '../common/dom.js';
import { api } from '../common/api.js';
import { filterValue, go } from '../common/filters.js';
import { valueLabel } from '../common/i18n.js';
import { session } from '../common/session.js';

export async function cases(view, params) {
    const page = Number(params.get('page') || 0);
    const stage = params.get('stage') || '';
    const centre = filterValue('centreId');
    const query = new URLSearchParams({ page, size: 50 });
    if (centre) query.set('centreId', centre);
    if (stage) query.set('stage', stage);
    const result = await api('/api/cases?' + query);
    view.append(
        el('h2', { text: 'Cases' }),
        el(
            'div',
            { class: 'controls' },
            el(
                'label',
                {},
                'Stage',
                select('stage', [['', 'all'], ...session.vocabulary.stages.map(s => [s, valueLabel(s)])], stage, e =>
                    go('cases', { stage: e.target.value }),
                ),
            ),
            el('span', {}, result.totalElements + ' cases'),
            page > 0
                ? el('a', { class: 'button', href: '#/cases?page=' + (page - 1) + '&stage=' + stage }, 'Previous')
                : null,
            (page + 1) * 50 < result.totalElements
                ? el('a', { class: 'button', href: '#/cases?page=' + (page + 1) + '&stage=' + stage }, 'Next')
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
                    ['Case', 'Centre', 'Stage', 'Referral', 'Diagnosis', 'Techniques', 'Latest VAS', 'Deviations'].map(
                        h => el('th', { text: h }),
                    ),
                ),
            ),
            el(
                'tbody',
                {},
                result.content.map(c =>
                    el(
                        'tr',
                        {},
                        el('td', {}, el('a', { href: '#/cases/' + c.caseId }, c.caseId.slice(0, 8))),
                        el('td', { text: c.centreId }),
                        el('td', { text: c.stage }),
                        el('td', { text: c.referralDate }),
                        el('td', { text: c.diagnosis || '' }),
                        el('td', { text: c.techniques.join(', ') }),
                        el('td', { class: 'number', text: c.latestPain ? c.latestPain.vas : '' }),
                        el('td', { text: c.deviations.join(', ') }),
                    ),
                ),
            ),
        ),
    );
}
