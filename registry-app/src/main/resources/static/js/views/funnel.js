/* A funnel plot of one proportion benchmark by centre or operator. */
import { el, select } from '../common/dom.js';
import { api } from '../common/api.js';
import { fmt, definitionLink } from '../common/format.js';
import { csvButton } from '../common/csv.js';
import { chart } from '../common/charts.js';
import { filterQuery, go } from '../common/filters.js';
import { session } from '../common/session.js';

/** The benchmarks counted as proportions, for the funnel and CUSUM choosers. */
export function proportionBenchmarks() {
    return session.catalogue.filter(b => !b.timeToEvent).map(b => [b.benchmarkId, b.benchmarkId + ' · ' + b.measure]);
}

export async function funnel(view, params) {
    const benchmarkId = params.get('benchmark') || 'BM-CEMENT-LEAK';
    const by = params.get('by') || 'centre';
    view.append(
        el('h2', { text: 'Funnel plot' }),
        el(
            'div',
            { class: 'controls' },
            el(
                'label',
                {},
                'Benchmark',
                select('benchmark', proportionBenchmarks(), benchmarkId, e =>
                    go('funnel', { benchmark: e.target.value, by }),
                ),
            ),
            el(
                'label',
                {},
                'Units',
                select(
                    'by',
                    [
                        ['centre', 'centres'],
                        ['operator', 'operators'],
                    ],
                    by,
                    e => go('funnel', { benchmark: benchmarkId, by: e.target.value }),
                ),
            ),
        ),
    );
    const plot = await api('/api/outcomes/funnel?' + filterQuery({ benchmarkId, by }));
    const container = el('div', { class: 'chart', id: 'funnel-chart' });
    view.append(container);
    const line = (key, name, dashed) => ({
        name,
        type: 'line',
        showSymbol: false,
        lineStyle: { type: dashed ? 'dashed' : 'solid', width: 1 },
        data: plot.limits.map(l => [l.n, l[key]]),
    });
    chart(container, {
        title: {
            text: plot.benchmarkId + ' by ' + by + ' (target ' + fmt.rate(plot.target) + ')',
            textStyle: { fontSize: 13 },
        },
        legend: { bottom: 0 },
        grid: { left: 60, right: 30, top: 40, bottom: 50 },
        xAxis: { type: 'value', name: 'n', min: 0 },
        yAxis: { type: 'value', name: 'rate', min: 0, max: 1 },
        series: [
            {
                name: 'units',
                type: 'scatter',
                symbolSize: 9,
                label: { show: true, position: 'right', formatter: p => p.data[2] },
                data: plot.units.filter(u => u.rate !== null).map(u => [u.n, u.rate, u.unit]),
            },
            line('high95', '95 % limits', true),
            line('low95', '95 % limits', true),
            line('high998', '99.8 % limits', false),
            line('low998', '99.8 % limits', false),
            {
                name: 'target',
                type: 'line',
                showSymbol: false,
                lineStyle: { color: '#888' },
                itemStyle: { color: '#888' },
                data: [
                    [0, plot.target],
                    [Math.max(1, ...plot.limits.map(l => l.n)), plot.target],
                ],
            },
        ],
    });
    view.append(
        el('h3', { text: 'Outside the limits' }),
        plot.outside.length === 0
            ? el('p', { id: 'outside-none' }, 'No unit lies outside the 95 % limits.')
            : el(
                  'ul',
                  { class: 'outside', id: 'outside' },
                  plot.outside.map(u =>
                      el(
                          'li',
                          { class: u.worse ? 'worse' : null, 'data-unit': u.unit },
                          u.unit +
                              ': ' +
                              (u.outside998 ? 'beyond the 99.8 % (alarm)' : 'beyond the 95 % (alert)') +
                              ' limit, ' +
                              (u.outside95 === 'ABOVE' ? 'above' : 'below') +
                              (u.worse ? ' (worse)' : ' (better)'),
                      ),
                  ),
              ),
    );
    view.append(
        el(
            'div',
            { class: 'toolbar' },
            csvButton(
                'funnel-' + benchmarkId + '-' + by + '.csv',
                ['unit', 'n', 'x', 'rate', 'outside95', 'outside998'],
                () => plot.units.map(u => [u.unit, u.n, u.x, u.rate, u.outside95, u.outside998]),
            ),
        ),
        el(
            'table',
            {},
            el(
                'thead',
                {},
                el(
                    'tr',
                    {},
                    ['Unit', 'n', 'x', 'Rate', '95 %', '99.8 %'].map(h => el('th', { text: h })),
                ),
            ),
            el(
                'tbody',
                {},
                plot.units.map(u =>
                    el(
                        'tr',
                        {},
                        el('td', { text: u.unit }),
                        el('td', { class: 'number' }, definitionLink(benchmarkId, fmt.count(u.n))),
                        el('td', { class: 'number' }, definitionLink(benchmarkId, fmt.count(u.x))),
                        el('td', { class: 'number' }, definitionLink(benchmarkId, fmt.rate(u.rate))),
                        el('td', { text: u.outside95 || '' }),
                        el('td', { text: u.outside998 || '' }),
                    ),
                ),
            ),
        ),
    );
}
