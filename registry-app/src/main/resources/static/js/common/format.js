/* Numbers as the dashboard writes them, each linked to its definition. */
import { el } from './dom.js';

export const fmt = {
    count: v => (v === null || v === undefined ? '—' : String(v)),
    rate: v => (v === null || v === undefined ? '—' : (v * 100).toFixed(1) + ' %'),
    interval: i => (i ? fmt.rate(i.low) + ' – ' + fmt.rate(i.high) : '—'),
    weeks: v => (v === null || v === undefined ? 'not reached' : v.toFixed(1) + ' wk'),
    p: v => (v === null || v === undefined ? '—' : v < 0.0001 ? v.toExponential(1) : v.toFixed(4)),
};

export function definitionLink(id, text) {
    return el(
        'a',
        { href: '#/definitions?id=' + encodeURIComponent(id), class: 'num', title: 'How this is defined' },
        text,
    );
}
