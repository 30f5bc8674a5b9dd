/* How every number is defined: the terms, then each benchmark of the catalogue. */
import { el } from '../common/dom.js';
import { fmt } from '../common/format.js';
import { session } from '../common/session.js';

export async function definitions(view, params) {
    const terms = [
        [
            'index',
            'Index procedure',
            'The earliest procedure of a case by date; on the same date, the first recorded. Pain, success and ' +
                'recurrence benchmarks count index procedures; complication and leak benchmarks count every procedure.',
        ],
        [
            'assessment',
            'Assessment follow-up',
            'The follow-up of a procedure closest to the pain window target day within the window (inclusive); on a ' +
                'tie, the earlier.',
        ],
        [
            'responder',
            'Pain responder',
            'VAS more than the threshold lower than baseline (baseline VAS at least 1), or opioid dose (MME/day) ' +
                'more than the threshold lower (baseline above 0). Exactly 50 % is not a response.',
        ],
        [
            'not-evaluable',
            'Not evaluable',
            'Members of a benchmark’s population left out of its denominator for missing data (no baseline, no ' +
                'assessment follow-up, no qualifying follow-up).',
        ],
        [
            'n',
            'n and x',
            'n: the denominator, the units counted (procedures, or cementoplasty steps for the leak benchmark). x: ' +
                'those in the numerator.',
        ],
        [
            'wilson',
            'Intervals',
            'Wilson score 95 % interval (shown), and Clopper–Pearson exact 95 % interval (in the API and CSV).',
        ],
        [
            'verdict',
            'Verdict',
            'From the Wilson interval against the documented range [low, high]: higher is better — worse if the ' +
                'interval lies wholly below low, better if wholly above high; lower is better — the reverse. ' +
                'Fewer than the minimum denominator: too few to judge.',
        ],
        [
            'p',
            'p-value',
            'One-sided exact binomial p-value against the worse edge of the documented range: small means ' +
                'significantly worse than documented.',
        ],
        [
            'funnel',
            'Funnel limits',
            'Exact binomial limits at 95 % (alert) and 99.8 % (alarm) around the midpoint of the documented range, ' +
                'up to the largest unit (Spiegelhalter 2005).',
        ],
        [
            'cusum',
            'CUSUM',
            'Bernoulli CUSUM of an operator’s procedures in date order: acceptable failure rate p0, unacceptable ' +
                'p1, log-likelihood-ratio weights, signal at threshold h, restarting after a signal.',
        ],
        [
            'conformance',
            'Conformance',
            'Per guideline rule: cases to which it applied, cases deviating at least once (current evaluation of ' +
                'each entry), the rate with its Wilson interval, and each deviation with the justification given.',
        ],
    ];
    view.append(
        el('h2', { text: 'Definitions' }),
        ...terms.map(([id, title, text]) =>
            el('div', { class: 'definition', id: 'def-' + id }, el('strong', { text: title }), el('p', { text })),
        ),
        el('h3', { text: 'Benchmarks' }),
        ...session.catalogue.map(b =>
            el(
                'div',
                { class: 'definition', id: 'def-' + b.benchmarkId },
                el('strong', { text: b.benchmarkId + ' · ' + b.technique + ' · ' + b.measure }),
                el(
                    'p',
                    {},
                    'Counted: ' +
                        b.population +
                        '. Documented: ' +
                        (b.timeToEvent
                            ? b.low + '–' + b.high + ' weeks'
                            : b.low === b.high
                              ? fmt.rate(b.low)
                              : fmt.rate(b.low) + '–' + fmt.rate(b.high)) +
                        ' (' +
                        (b.direction === 'HIGHER_IS_BETTER' ? 'higher is better' : 'lower is better') +
                        ')' +
                        (b.source ? ', source ' + b.source : '') +
                        '.',
                ),
            ),
        ),
    );
    const target = params.get('id');
    if (target) {
        const node = document.getElementById('def-' + target);
        if (node) {
            node.scrollIntoView();
            node.classList.add('focused');
            node.style.outline = '3px solid #e8c56a';
        }
    }
}
