/* Time to event: Kaplan–Meier with its limits, the number at risk, and competing death. */
import { el, select } from '../common/dom.js';
import { api } from '../common/api.js';
import { fmt } from '../common/format.js';
import { csvButton } from '../common/csv.js';
import { chart } from '../common/charts.js';
import { filterQuery, filterValue, go } from '../common/filters.js';
import { valueLabel } from '../common/i18n.js';
import { session } from '../common/session.js';

export async function survival(view, params) {
    const endpoint = params.get('endpoint') || 'LOCAL_RECURRENCE';
    const technique = params.get('technique') || '';
    const diagnosis = params.get('diagnosis') || '';
    const change = key => e =>
        go('survival', Object.assign({ endpoint, technique, diagnosis }, { [key]: e.target.value }));
    view.append(
        el('h2', { text: 'Time to event (Kaplan–Meier, weeks)' }),
        el(
            'div',
            { class: 'controls' },
            el(
                'label',
                {},
                'Endpoint',
                select(
                    'endpoint',
                    [
                        ['LOCAL_RECURRENCE', 'local recurrence (curative)'],
                        ['PAIN_PALLIATION', 'end of pain palliation (responders)'],
                        ['DEATH', 'death'],
                    ],
                    endpoint,
                    change('endpoint'),
                ),
            ),
            el(
                'label',
                {},
                'Technique',
                select(
                    'technique',
                    [['', 'all'], ...session.vocabulary.techniques.map(t => [t, valueLabel(t)])],
                    technique,
                    change('technique'),
                ),
            ),
            el(
                'label',
                {},
                'Diagnosis',
                select(
                    'diagnosis',
                    [['', 'all'], ...session.vocabulary.diagnoses.map(d => [d, valueLabel(d)])],
                    diagnosis,
                    change('diagnosis'),
                ),
            ),
        ),
    );
    const curve = await api(
        '/api/outcomes/survival?' +
            filterQuery({ endpoint, technique: technique || filterValue('technique'), diagnosis }),
    );
    view.append(
        el(
            'p',
            { id: 'survival-summary' },
            curve.n +
                ' followed, ' +
                curve.events +
                ' events' +
                (curve.competingEvents ? ', ' + curve.competingEvents + ' deaths competing' : '') +
                '. Median ' +
                fmt.weeks(curve.median) +
                (curve.median95
                    ? ' (95 % CI ' + fmt.weeks(curve.median95.low) + ' – ' + fmt.weeks(curve.median95.high) + ')'
                    : '') +
                '.',
        ),
    );
    const container = el('div', { class: 'chart', id: 'survival-chart' });
    view.append(container);
    const steps = [{ time: 0, survival: 1, lower: 1, upper: 1 }, ...curve.steps];
    chart(container, {
        grid: { left: 60, right: 30, top: 30, bottom: 40 },
        legend: { bottom: 0 },
        xAxis: { type: 'value', name: 'weeks', min: 0 },
        yAxis: { type: 'value', name: 'survival', min: 0, max: 1 },
        series: [
            stepLine(
                '95 % limits (log-log)',
                '#6d8fb3',
                'dashed',
                steps.map(s => [s.time, s.lower]),
            ),
            stepLine(
                '95 % limits (log-log)',
                '#6d8fb3',
                'dashed',
                steps.map(s => [s.time, s.upper]),
            ),
            stepLine(
                'Kaplan–Meier',
                '#14324f',
                'solid',
                steps.map(s => [s.time, s.survival]),
            ),
        ],
    });
    view.append(
        el('h3', { text: 'Number at risk' }),
        el(
            'table',
            { id: 'at-risk' },
            el(
                'thead',
                {},
                el(
                    'tr',
                    {},
                    el('th', { text: 'weeks' }),
                    curve.atRisk.map(a => el('th', { class: 'number', text: a.time })),
                ),
            ),
            el(
                'tbody',
                {},
                el(
                    'tr',
                    {},
                    el('td', { text: 'at risk' }),
                    curve.atRisk.map(a => el('td', { class: 'number', text: a.atRisk })),
                ),
            ),
        ),
        el(
            'div',
            { class: 'toolbar' },
            csvButton(
                'survival-' + endpoint + '.csv',
                ['weeks', 'atRisk', 'events', 'censored', 'survival', 'lower', 'upper'],
                () => curve.steps.map(s => [s.time, s.atRisk, s.events, s.censored, s.survival, s.lower, s.upper]),
            ),
        ),
    );
    if (curve.competingRisk) {
        view.append(
            el('h3', { text: 'With death competing: cumulative incidence (Aalen–Johansen) beside 1 − KM' }),
            el(
                'table',
                {},
                el(
                    'thead',
                    {},
                    el(
                        'tr',
                        {},
                        ['weeks', 'cumulative incidence', '1 − KM'].map(h => el('th', { text: h })),
                    ),
                ),
                el(
                    'tbody',
                    {},
                    curve.competingRisk
                        .filter(
                            (p, i, all) =>
                                i === all.length - 1 || p.cumulativeIncidence !== all[i + 1].cumulativeIncidence,
                        )
                        .map(p =>
                            el(
                                'tr',
                                {},
                                el('td', { class: 'number', text: p.time.toFixed(1) }),
                                el('td', { class: 'number', text: fmt.rate(p.cumulativeIncidence) }),
                                el('td', { class: 'number', text: fmt.rate(p.oneMinusKaplanMeier) }),
                            ),
                        ),
                ),
            ),
        );
    }
}

/** A step curve of the chart: the estimate, or one of its limits. */
function stepLine(name, color, type, data) {
    const style = { lineStyle: { type, color }, itemStyle: { color } };
    return { name, type: 'line', step: 'end', showSymbol: false, ...style, data };
}
