/* An operator's CUSUM chart for one proportion benchmark, with its signals. */
import { el, select } from '../common/dom.js';
import { api } from '../common/api.js';
import { fmt } from '../common/format.js';
import { csvButton } from '../common/csv.js';
import { chart } from '../common/charts.js';
import { filterQuery, go } from '../common/filters.js';
import { proportionBenchmarks } from './funnel.js';

export async function cusum(view, params) {
    const units = await api('/api/outcomes/units');
    const benchmarkId = params.get('benchmark') || 'BM-CEMENT-PAIN';
    const operatorId = params.get('operator') || units.operators[0];
    view.append(
        el('h2', { text: 'CUSUM per operator' }),
        el(
            'div',
            { class: 'controls' },
            el(
                'label',
                {},
                'Benchmark',
                select('benchmark', proportionBenchmarks(), benchmarkId, e =>
                    go('cusum', { benchmark: e.target.value, operator: operatorId }),
                ),
            ),
            el(
                'label',
                {},
                'Operator',
                select('operator', units.operators, operatorId, e =>
                    go('cusum', { benchmark: benchmarkId, operator: e.target.value }),
                ),
            ),
        ),
    );
    if (!operatorId) {
        view.append(el('p', { class: 'notice' }, 'No procedures yet.'));
        return;
    }
    const cusum = await api('/api/outcomes/cusum?' + filterQuery({ benchmarkId, operatorId }));
    view.append(
        el(
            'p',
            {},
            'Failure: ' +
                cusum.failure +
                '. Acceptable rate p0 = ' +
                fmt.rate(cusum.p0) +
                ', unacceptable p1 = ' +
                fmt.rate(cusum.p1) +
                ', signal at h = ' +
                cusum.threshold +
                '.',
        ),
    );
    const container = el('div', { class: 'chart', id: 'cusum-chart' });
    view.append(container);
    chart(container, {
        title: { text: operatorId + ' · ' + benchmarkId, textStyle: { fontSize: 13 } },
        grid: { left: 60, right: 30, top: 40, bottom: 40 },
        xAxis: { type: 'value', name: 'procedure', min: 0 },
        yAxis: { type: 'value', name: 'CUSUM', min: 0 },
        series: [
            {
                name: 'CUSUM',
                type: 'line',
                showSymbol: false,
                data: cusum.points.map(p => [p.index + 1, p.value]),
                markLine: {
                    symbol: 'none',
                    data: [{ yAxis: cusum.threshold, name: 'h' }],
                    lineStyle: { color: '#b3261e' },
                },
            },
            {
                name: 'signal',
                type: 'scatter',
                symbolSize: 10,
                itemStyle: { color: '#b3261e' },
                data: cusum.signals.map(p => [p.index + 1, p.value]),
            },
        ],
    });
    view.append(
        el('h3', { text: 'Signals' }),
        cusum.signals.length === 0
            ? el('p', { id: 'no-signals' }, 'No signal.')
            : el(
                  'table',
                  { id: 'signals' },
                  el(
                      'thead',
                      {},
                      el(
                          'tr',
                          {},
                          ['Procedure no.', 'Date', 'Case', 'Procedure', 'CUSUM'].map(h => el('th', { text: h })),
                      ),
                  ),
                  el(
                      'tbody',
                      {},
                      cusum.signals.map(s =>
                          el(
                              'tr',
                              {},
                              el('td', { class: 'number', text: s.index + 1 }),
                              el('td', { text: s.performedOn || '' }),
                              el(
                                  'td',
                                  {},
                                  s.caseId
                                      ? el('a', { href: '#/cases/' + s.caseId }, s.caseId.slice(0, 8))
                                      : el('span', { class: 'muted' }, s.centreId + ' (not yours)'),
                              ),
                              el('td', { text: s.procedureId ? s.procedureId.slice(0, 8) : '' }),
                              el('td', { class: 'number', text: s.value.toFixed(2) }),
                          ),
                      ),
                  ),
              ),
        el(
            'div',
            { class: 'toolbar' },
            csvButton(
                'cusum-' + operatorId + '.csv',
                ['index', 'performedOn', 'caseId', 'procedureId', 'failure', 'value', 'signal'],
                () =>
                    cusum.points.map(p => [
                        p.index + 1,
                        p.performedOn,
                        p.caseId,
                        p.procedureId,
                        p.failure,
                        p.value,
                        p.signal,
                    ]),
            ),
        ),
    );
}
