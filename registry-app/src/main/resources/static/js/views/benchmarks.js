/* Benchmarks against the guideline: one row per benchmark, its interval drawn against the documented range. */
import { el } from '../common/dom.js';
import { api } from '../common/api.js';
import { fmt, definitionLink } from '../common/format.js';
import { csvButton } from '../common/csv.js';
import { filterQuery } from '../common/filters.js';
import { valueLabel } from '../common/i18n.js';

export async function benchmarks(view) {
    const report = await api('/api/outcomes/benchmarks?' + filterQuery());
    view.append(
        el('h2', { text: 'Benchmarks against the guideline' }),
        el('p', { class: 'muted' }, settingsSentence(report.settings)),
    );
    const table = el(
        'table',
        { id: 'benchmark-table' },
        el(
            'thead',
            {},
            el(
                'tr',
                {},
                [
                    'Benchmark',
                    'Measure',
                    'n',
                    'x',
                    'Rate / median',
                    'Interval against the documented range',
                    'Verdict',
                    'Not evaluable',
                    'p',
                ].map(h => el('th', { text: h })),
            ),
        ),
        el(
            'tbody',
            {},
            report.rows.map(row =>
                el(
                    'tr',
                    { 'data-benchmark-id': row.benchmarkId },
                    el('td', {}, definitionLink(row.benchmarkId, row.benchmarkId)),
                    el(
                        'td',
                        { title: row.benchmark.text || '' },
                        row.measure,
                        row.benchmark.caution ? el('div', { class: 'muted caution', text: row.benchmark.caution }) : '',
                    ),
                    el('td', { class: 'number', 'data-field': 'n' }, definitionLink(row.benchmarkId, fmt.count(row.n))),
                    el('td', { class: 'number', 'data-field': 'x' }, definitionLink(row.benchmarkId, fmt.count(row.x))),
                    el(
                        'td',
                        { class: 'number', 'data-field': 'rate' },
                        definitionLink(
                            row.benchmarkId,
                            row.benchmarkId === 'BM-ETHANOL-DURATION' ? fmt.weeks(row.medianWeeks) : fmt.rate(row.rate),
                        ),
                        row.perPatient
                            ? el('div', {
                                  class: 'muted',
                                  'data-field': 'perPatient',
                                  text: 'patients ' + fmt.count(row.perPatient.x) + '/' + fmt.count(row.perPatient.n),
                              })
                            : '',
                    ),
                    el('td', {}, intervalBar(row)),
                    el(
                        'td',
                        {},
                        el(
                            'span',
                            { class: 'verdict verdict-' + row.verdict, title: row.verdict },
                            valueLabel(row.verdict),
                        ),
                    ),
                    el('td', { class: 'number', 'data-field': 'notEvaluable' }, fmt.count(row.notEvaluable)),
                    el('td', { class: 'number' }, fmt.p(row.pValue)),
                ),
            ),
        ),
    );
    view.append(
        el(
            'div',
            { class: 'toolbar' },
            csvButton(
                'benchmarks.csv',
                [
                    'benchmarkId',
                    'measure',
                    'n',
                    'x',
                    'rate',
                    'wilsonLow',
                    'wilsonHigh',
                    'clusteredLow',
                    'clusteredHigh',
                    'patients',
                    'patientsWithEvent',
                    'exactLow',
                    'exactHigh',
                    'medianWeeks',
                    'medianLow',
                    'medianHigh',
                    'documentedLow',
                    'documentedHigh',
                    'documentedAs',
                    'direction',
                    'verdict',
                    'notEvaluable',
                    'pValue',
                ],
                () =>
                    report.rows.map(r => [
                        r.benchmarkId,
                        r.measure,
                        r.n,
                        r.x,
                        r.rate,
                        r.wilson95 && r.wilson95.low,
                        r.wilson95 && r.wilson95.high,
                        r.clustered95 && r.clustered95.low,
                        r.clustered95 && r.clustered95.high,
                        r.perPatient && r.perPatient.n,
                        r.perPatient && r.perPatient.x,
                        r.exact95 && r.exact95.low,
                        r.exact95 && r.exact95.high,
                        r.medianWeeks,
                        r.median95 && r.median95.low,
                        r.median95 && r.median95.high,
                        r.benchmark.low,
                        r.benchmark.high,
                        r.benchmark.given,
                        r.benchmark.direction,
                        r.verdict,
                        r.notEvaluable,
                        r.pValue,
                    ]),
            ),
        ),
        table,
    );
}

function intervalBar(row) {
    const width = 160;
    const height = 18;
    const duration = row.benchmarkId === 'BM-ETHANOL-DURATION';
    const top = duration ? Math.max(52, row.benchmark.high * 1.5, (row.median95 && row.median95.high) || 0) : 1;
    const x = v => Math.max(0, Math.min(width, (v / top) * width));
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.setAttribute('width', width);
    svg.setAttribute('height', height);
    svg.setAttribute('class', 'interval');
    const add = (tag, attrs) => {
        const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
        for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
        svg.append(node);
    };
    add('rect', { x: 0, y: 8, width, height: 2, fill: '#eef1f4' });
    add('rect', {
        x: x(row.benchmark.low),
        y: 2,
        width: Math.max(2, x(row.benchmark.high) - x(row.benchmark.low)),
        height: 14,
        fill: '#dfe9f5',
    });
    const interval = duration ? row.median95 : row.clustered95 || row.wilson95;
    const point = duration ? row.medianWeeks : row.rate;
    if (interval) {
        const low = interval.low === null ? 0 : interval.low;
        const high = interval.high === null ? top : interval.high;
        add('line', { x1: x(low), x2: x(high), y1: 9, y2: 9, stroke: '#14324f', 'stroke-width': 2 });
    }
    if (point !== null && point !== undefined) add('circle', { cx: x(point), cy: 9, r: 3.5, fill: '#14324f' });
    const title = document.createElementNS('http://www.w3.org/2000/svg', 'title');
    title.textContent =
        (duration
            ? 'median ' +
              fmt.weeks(point) +
              ', 95 % CI ' +
              (interval ? fmt.weeks(interval.low) + '–' + fmt.weeks(interval.high) : '—')
            : 'rate ' +
              fmt.rate(point) +
              (row.clustered95 ? ', clustered 95 % ' : ', Wilson 95 % ') +
              fmt.interval(interval)) +
        '; documented ' +
        documented(row.benchmark);
    svg.append(title);
    return svg;
}

/** The figure as the text gives it: a range, one figure, or a bound. */
function documented(figure) {
    switch (figure.given) {
        case 'BELOW':
            return '< ' + figure.high;
        case 'AT_MOST':
            return '≤ ' + figure.high;
        case 'ABOVE':
            return '> ' + figure.low;
        default:
            return figure.low === figure.high ? String(figure.low) : figure.low + '–' + figure.high;
    }
}

function settingsSentence(s) {
    return (
        'Pain window day ' +
        s.painWindowFrom +
        '–' +
        s.painWindowTo +
        ' (target ' +
        s.painWindowTarget +
        '); a response is ' +
        'more than ' +
        s.painReductionThreshold * 100 +
        ' % less pain or opioid (cementoplasty, palliative RFA), more than ' +
        s.ethanolPainReductionThreshold * 100 +
        ' % for ethanol (0: any decrease), ' +
        s.cryoPainReductionThreshold * 100 +
        ' % for cryoablation; recurrence followed to day ' +
        s.recurrenceFollowUpDays +
        '; complications within ' +
        s.complicationWindowDays +
        ' days; at least ' +
        s.minDenominator +
        ' to judge. The bar: documented range shaded, 95 % interval as a line (clustered by patient for cement ' +
        "leakage). Hover a measure for the guideline's sentence."
    );
}
