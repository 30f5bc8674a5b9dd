/* The guideline's evaluation of an entry, as the case page and the live advice show it. */
import { el } from '../common/dom.js';
import { sentence } from '../common/session.js';
import { ui } from '../common/i18n.js';

const MARKS = { MET: '✓ ', DEVIATED: '✗ ', ADVISORY: 'ⓘ ', NOT_JUDGED: '? ' };

export function evaluationItem(ruleId, status, detail, where) {
    return el(
        'li',
        { class: 'evaluation status-' + status, 'data-rule': ruleId, 'data-status': status },
        el('strong', { text: MARKS[status] + ruleId }),
        ' ',
        el('span', { class: 'verdict-word', text: ui(status.toLowerCase()) }),
        where ? ' · ' + where : '',
        el('div', { class: 'sentence', text: sentence(ruleId) }),
        detail ? el('div', { class: 'detail', text: detail }) : null,
    );
}
