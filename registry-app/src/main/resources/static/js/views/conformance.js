/* Conformance to the guideline's rules, with each rule's deviations to drill into. */
import { el } from '../common/dom.js';
import { api } from '../common/api.js';
import { fmt, definitionLink } from '../common/format.js';
import { csvButton } from '../common/csv.js';
import { filterValue } from '../common/filters.js';

export async function conformance(view) {
    const params = new URLSearchParams();
    for (const key of ['centreId', 'from', 'to']) if (filterValue(key)) params.set(key, filterValue(key));
    const report = await api('/api/quality/conformance?' + params);
    view.append(
        el('h2', { text: 'Conformance to the guideline’s rules' }),
        el(
            'div',
            { class: 'toolbar' },
            csvButton(
                'conformance.csv',
                [
                    'ruleId',
                    'strength',
                    'sentence',
                    'appliedCases',
                    'deviatingCases',
                    'deviationRate',
                    'wilsonLow',
                    'wilsonHigh',
                    'advisedCases',
                ],
                () =>
                    report.rows.map(r => [
                        r.ruleId,
                        r.strength,
                        r.sentence,
                        r.appliedCases,
                        r.deviatingCases,
                        r.deviationRate,
                        r.wilson95 && r.wilson95.low,
                        r.wilson95 && r.wilson95.high,
                        r.advisedCases,
                    ]),
            ),
            csvButton(
                'deviations.csv',
                ['ruleId', 'caseId', 'centreId', 'entryKind', 'entryId', 'entryDate', 'detail', 'justification'],
                () =>
                    report.rows.flatMap(r =>
                        r.deviations.map(d => [
                            r.ruleId,
                            d.caseId,
                            d.centreId,
                            d.entryKind,
                            d.entryId,
                            d.entryDate,
                            d.detail,
                            d.justification,
                        ]),
                    ),
            ),
        ),
    );
    const body = el('tbody');
    for (const rule of report.rows) {
        const drill = el(
            'tr',
            { class: 'deviations', hidden: true, 'data-rule-id': rule.ruleId },
            el(
                'td',
                { colspan: 7 },
                rule.unlistedDeviations
                    ? el(
                          'p',
                          { class: 'muted' },
                          rule.unlistedDeviations +
                              ' deviation(s) in cases of centres outside your scope are counted but not listed.',
                      )
                    : null,
                rule.deviations.length === 0
                    ? 'No deviation listed.'
                    : el(
                          'table',
                          {},
                          el(
                              'thead',
                              {},
                              el(
                                  'tr',
                                  {},
                                  ['Case', 'Centre', 'Entry', 'Date', 'Why it deviates', 'Justification given'].map(h =>
                                      el('th', { text: h }),
                                  ),
                              ),
                          ),
                          el(
                              'tbody',
                              {},
                              rule.deviations.map(d =>
                                  el(
                                      'tr',
                                      {},
                                      el('td', {}, el('a', { href: '#/cases/' + d.caseId }, d.caseId.slice(0, 8))),
                                      el('td', { text: d.centreId }),
                                      el('td', { text: d.entryKind }),
                                      el('td', { text: d.entryDate || '' }),
                                      el('td', { text: d.detail }),
                                      el('td', { text: d.justification || '—' }),
                                  ),
                              ),
                          ),
                      ),
            ),
        );
        body.append(
            el(
                'tr',
                { 'data-rule-id': rule.ruleId },
                el(
                    'td',
                    {},
                    rule.ruleId,
                    rule.encoded ? null : el('span', { class: 'muted' }, ' (not checked)'),
                    rule.strength === 'ADVISORY' ? el('span', { class: 'muted' }, ' (advisory)') : null,
                ),
                el('td', { text: rule.sentence }),
                el(
                    'td',
                    { class: 'number', 'data-field': 'applied' },
                    definitionLink('conformance', fmt.count(rule.appliedCases)),
                ),
                el(
                    'td',
                    { class: 'number', 'data-field': 'deviating' },
                    definitionLink('conformance', fmt.count(rule.deviatingCases)),
                ),
                el(
                    'td',
                    { class: 'number' },
                    definitionLink('conformance', fmt.rate(rule.deviationRate)),
                    el('br'),
                    el('small', {}, fmt.interval(rule.wilson95)),
                ),
                el('td', { class: 'number', 'data-field': 'advised' }, fmt.count(rule.advisedCases)),
                el(
                    'td',
                    {},
                    rule.deviations.length + rule.unlistedDeviations
                        ? el(
                              'button',
                              {
                                  type: 'button',
                                  class: 'drill',
                                  onclick: () => {
                                      drill.hidden = !drill.hidden;
                                  },
                              },
                              'Cases (' + rule.deviations.length + ')',
                          )
                        : '',
                ),
            ),
            drill,
        );
    }
    view.append(
        el(
            'table',
            { id: 'conformance-table' },
            el(
                'thead',
                {},
                el(
                    'tr',
                    {},
                    [
                        'Rule',
                        'What the guideline says',
                        'Cases applied',
                        'Cases deviating',
                        'Deviation rate (95 % CI)',
                        'Cases otherwise than advised',
                        '',
                    ].map(h => el('th', { text: h })),
                ),
            ),
            body,
        ),
    );
}
