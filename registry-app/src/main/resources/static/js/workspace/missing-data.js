/* The missing-data report: every answer the entries of one's cases still lack, to work through or download. */
import { el, show } from '../common/dom.js';
import { api } from '../common/api.js';
import { ui, valueLabel, fieldLabel } from '../common/i18n.js';
import { filterValue } from '../common/filters.js';

export async function missingDataPage(view) {
    const centre = filterValue('centreId');
    const query = centre ? '?centreId=' + encodeURIComponent(centre) : '';
    const rows = await api('/api/quality/missing-data' + query);
    show(
        view,
        el('h2', { text: ui('missingData') }),
        el('p', { class: 'hint', text: ui('missingDataHint') }),
        el(
            'p',
            {},
            el(
                'a',
                { class: 'button', href: '/api/quality/missing-data.csv' + query, download: '' },
                ui('downloadCsv'),
            ),
        ),
        rows.length === 0
            ? el('p', { text: ui('noMissingData') })
            : el(
                  'table',
                  { id: 'missing-data' },
                  el(
                      'thead',
                      {},
                      el(
                          'tr',
                          {},
                          [ui('patient'), ui('centre'), ui('entry'), ui('field')].map(h =>
                              el('th', { scope: 'col', text: h }),
                          ),
                      ),
                  ),
                  el(
                      'tbody',
                      {},
                      rows.map(row =>
                          el(
                              'tr',
                              {},
                              el(
                                  'td',
                                  {},
                                  el(
                                      'a',
                                      { href: '#/cases/' + row.caseId },
                                      row.patientPseudonym || row.caseId.slice(0, 8),
                                  ),
                              ),
                              el('td', { text: row.centreId }),
                              el('td', { text: valueLabel(row.entry) }),
                              el('td', { text: fieldLabel(row.field) + ' (' + row.field + ')' }),
                          ),
                      ),
                  ),
              ),
    );
}
