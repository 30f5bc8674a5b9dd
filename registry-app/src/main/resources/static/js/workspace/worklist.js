/* The clinician's first page: follow-ups due, open cases by stage, and the status grid. */
import { el, show } from '../common/dom.js';
import { api } from '../common/api.js';
import { writes, session } from '../common/session.js';
import { ui, valueLabel } from '../common/i18n.js';

export async function worklistPage(view) {
    const worklist = await api('/api/worklist');
    const stages = Object.entries(worklist.openCases);
    show(
        view,
        el('h2', { text: ui('worklist') }),
        writes() ? el('p', {}, el('a', { class: 'button', href: '#/cases/new', id: 'new-case' }, ui('newCase'))) : null,
        el('h3', { text: ui('followUpsDue') }),
        worklist.followUps.length === 0
            ? el('p', { text: ui('noFollowUpsDue') })
            : el(
                  'table',
                  { id: 'follow-ups-due' },
                  el('caption', { class: 'visually-hidden', text: ui('followUpsDue') }),
                  el(
                      'thead',
                      {},
                      el(
                          'tr',
                          {},
                          [
                              ui('status'),
                              ui('case'),
                              ui('centre'),
                              ui('procedureOn'),
                              ui('visit'),
                              ui('visitDate'),
                              ui('windowEnds'),
                              '',
                          ].map(h => el('th', { scope: 'col', text: h })),
                      ),
                  ),
                  el(
                      'tbody',
                      {},
                      worklist.followUps.map(due =>
                          el(
                              'tr',
                              { 'data-case': due.caseId, 'data-procedure': due.procedureId },
                              el(
                                  'td',
                                  {},
                                  el('span', { class: 'badge badge-' + due.status, text: ui(due.status) }),
                                  due.status === 'OVERDUE' ? ' ' + due.daysLate + ' ' + ui('daysLate') : '',
                              ),
                              el('td', {}, el('a', { href: '#/cases/' + due.caseId }, due.caseId.slice(0, 8))),
                              el('td', { text: due.centreId }),
                              el('td', { text: due.performedOn }),
                              el('td', { text: due.visit }),
                              el('td', { text: due.visitDate }),
                              el('td', { text: due.windowEnds }),
                              el(
                                  'td',
                                  {},
                                  writes()
                                      ? el(
                                            'a',
                                            {
                                                class: 'button',
                                                href:
                                                    '#/cases/' +
                                                    due.caseId +
                                                    '/follow-ups?procedureId=' +
                                                    due.procedureId,
                                            },
                                            ui('recordFollowUp'),
                                        )
                                      : '',
                              ),
                          ),
                      ),
                  ),
              ),
        el('h3', { text: ui('openCases') }),
        el(
            'p',
            { id: 'open-cases' },
            stages.length ? stages.map(([stage, count]) => valueLabel(stage) + ': ' + count).join(' · ') : ui('none'),
        ),
        el('h3', { text: ui('statusGrid') }),
        el(
            'table',
            { id: 'status-grid', class: 'grid' },
            el(
                'thead',
                {},
                el(
                    'tr',
                    {},
                    el('th', { scope: 'col', text: ui('case') }),
                    el('th', { scope: 'col', text: ui('stage') }),
                    ...session.vocabulary.statusGridSteps.map(step =>
                        el('th', { scope: 'col', text: valueLabel(step) }),
                    ),
                ),
            ),
            el(
                'tbody',
                {},
                worklist.statusGrid.map(row =>
                    el(
                        'tr',
                        {},
                        el('th', { scope: 'row' }, el('a', { href: '#/cases/' + row.caseId }, row.caseId.slice(0, 8))),
                        el('td', { text: valueLabel(row.stage) }),
                        ...session.vocabulary.statusGridSteps.map(step =>
                            el(
                                'td',
                                { class: 'cell-' + row.steps[step], title: ui(row.steps[step]) },
                                ui(row.steps[step]),
                            ),
                        ),
                    ),
                ),
            ),
        ),
    );
}
