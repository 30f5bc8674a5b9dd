/* An entry's form: checked against the guideline as it is filled (?dryRun=true), stored when saved. */
import { el, show, today } from '../common/dom.js';
import { session, writes, entryOf, send } from '../common/session.js';
import { ui } from '../common/i18n.js';
import { caseOf, entriesOf } from './entries.js';
import { evaluationItem } from './evaluations.js';
import { labelled, input } from './inputs.js';
import { value, setPath } from './paths.js';

const DEBOUNCE_MS = 500;

/** An entry a case holds once (its page corrects it when there); a closure is never corrected. */
const single = entry => !entryOf(entry).idField && entry !== 'cases' && entry !== 'closure';

export async function entryPage(view, target, params) {
    const { caseId, entry } = target;
    let stored = null;
    let summary = null;
    if (caseId) {
        const known = await caseOf(caseId);
        const history = known.history;
        summary = { caseId, procedures: known.procedures, closed: known.closed };
        const existing = entriesOf(history).find(
            e => e.entry === entry && (target.entryId ? e.id === target.entryId : single(entry)),
        );
        if (target.entryId && !existing) throw new Error(ui(entry) + ' ' + target.entryId + ' ?');
        stored = existing ? existing.versions[existing.versions.length - 1].content : null;
    }
    const amending = stored !== null;
    const readOnly = !writes();
    const url = writeUrl(target, amending);
    const form = el('form', {
        'data-entry': entry === 'complications' ? 'procedures/' + target.procedureId + '/complications' : entry,
        novalidate: true,
        class: 'entry-form',
    });
    const advice = el(
        'aside',
        { id: 'live-advice', 'aria-live': 'polite', 'aria-label': ui('advice'), tabindex: 0 },
        el('h3', { text: ui('advice') }),
        el('p', { class: 'hint', text: ui('adviceHint') }),
        el('ul', { class: 'evaluations' }),
    );
    const banner = el('div', { id: 'form-problems', role: 'alert' });
    const data = stored ?? defaults(entry, params, summary);
    if (amending) {
        form.append(
            labelled(
                'reasonForChange',
                ui('reasonForChange'),
                el('textarea', {
                    name: 'reasonForChange',
                    id: 'f-reasonForChange',
                    required: true,
                    rows: 2,
                    maxlength: 2000,
                }),
            ),
        );
    }
    for (const spec of session.forms[entry]) form.append(input(spec, data, summary));
    const justification = labelled(
        'justification',
        ui('justification'),
        el('textarea', { name: 'justification', id: 'f-justification', rows: 2, maxlength: 2000 }),
        ui('justificationHint'),
    );
    justification.hidden = true;
    justification.id = 'justification-block';
    form.append(justification);
    if (!readOnly)
        form.append(
            el(
                'div',
                { class: 'actions' },
                el('button', { type: 'submit' }, amending ? ui('saveAmendment') : ui('save')),
                el('a', { class: 'button', href: caseId ? '#/cases/' + caseId : '#/worklist' }, ui('cancel')),
            ),
        );
    show(
        view,
        el('h2', { text: ui(entry) + (caseId ? ' · ' + ui('case') + ' ' + caseId.slice(0, 8) : '') }),
        readOnly ? el('p', { class: 'notice', text: ui('readOnly') }) : null,
        banner,
        el('div', { class: 'form-layout' }, form, advice),
    );
    if (readOnly) {
        form.querySelectorAll('input, select, textarea, button').forEach(node => {
            node.disabled = true;
        });
        return;
    }
    let timer = null;
    let sequence = 0;
    const touched = new Set();
    const tryIt = async () => {
        const mine = ++sequence;
        const answer = await send(url, amending, body(form), true);
        if (mine !== sequence) return;
        showAnswer(form, advice, banner, answer, name => touched.has(name));
    };
    form.addEventListener('input', event => {
        if (event.target.name) touched.add(event.target.name);
        clearTimeout(timer);
        timer = setTimeout(tryIt, DEBOUNCE_MS);
    });
    form.addEventListener('change', event => {
        if (event.target.name) touched.add(event.target.name);
        clearTimeout(timer);
        timer = setTimeout(tryIt, DEBOUNCE_MS);
    });
    form.addEventListener('submit', async event => {
        event.preventDefault();
        clearTimeout(timer);
        sequence++;
        const content = body(form);
        if (amending && !(content.reasonForChange || '').trim()) {
            showAnswer(
                form,
                advice,
                banner,
                { status: 400, json: { errors: [{ field: 'reasonForChange', message: ui('reasonRequired') }] } },
                () => true,
            );
            return;
        }
        const answer = await send(url, amending, content, false);
        if (answer.status === 200 || answer.status === 201) {
            location.hash = '#/cases/' + (answer.json.caseId || caseId);
        } else {
            showAnswer(form, advice, banner, answer, () => true);
        }
    });
    if (amending || entry !== 'cases') tryIt();
}

function writeUrl(target, amending) {
    const { caseId, entry, entryId, procedureId } = target;
    if (entry === 'cases') return '/api/cases';
    const base = '/api/cases/' + caseId + '/';
    if (entry === 'complications')
        return base + 'procedures/' + procedureId + '/complications' + (amending ? '/' + entryId : '');
    return base + entry + (amending && entryId ? '/' + entryId : '');
}

/** What a new entry's form starts with: today's date where one is asked, the procedure the worklist named. */
function defaults(entry, params, summary) {
    const data = {};
    for (const spec of session.forms[entry])
        if (spec.kind === 'date' && spec.name !== 'referralDate') data[spec.name] = today();
    if (entry === 'follow-ups')
        data.procedureId =
            params.get('procedureId') ||
            (summary && summary.procedures.length ? summary.procedures[summary.procedures.length - 1].procedureId : '');
    if (entry === 'cases' && session.me.writesFor.length === 1) data.centreId = session.me.writesFor[0];
    if (entry === 'procedures') data.steps = [{ technique: '' }];
    return data;
}

function showAnswer(form, advice, banner, answer, shown) {
    form.querySelectorAll('.field-error').forEach(node => node.remove());
    form.querySelectorAll('[aria-invalid]').forEach(node => node.removeAttribute('aria-invalid'));
    banner.replaceChildren();
    const list = advice.querySelector('ul');
    if (answer.status === 200 || answer.status === 201) {
        const evaluations = (answer.json.advice && answer.json.advice.evaluations) || [];
        list.replaceChildren(...evaluations.map(e => evaluationItem(e.ruleId, e.status, e.detail)));
        form.querySelector('#justification-block').hidden =
            !evaluations.some(e => e.status === 'DEVIATED') && !form.elements.justification.value;
        return;
    }
    const errors = answer.json.errors || [];
    const unplaced = [];
    for (const error of errors) {
        if (!shown(error.field) && !shown(error.field.replace(/\.[^.]*$/, ''))) continue;
        const holder = form.querySelector('[data-field="' + CSS.escape(error.field) + '"]');
        if (!holder) {
            unplaced.push(error);
            continue;
        }
        const message = el('span', {
            class: 'field-error',
            id: 'error-' + error.field.replace(/[^A-Za-z0-9]/g, '-'),
            text: error.message,
        });
        holder.append(message);
        holder.querySelectorAll('input, select, textarea').forEach(node => {
            node.setAttribute('aria-invalid', 'true');
            node.setAttribute('aria-describedby', message.id);
        });
    }
    if (answer.status !== 400 || unplaced.length) {
        banner.append(
            el(
                'div',
                { class: 'error' },
                ui('notSaved') + ' ' + (answer.status === 400 ? ui('fixFields') : answer.json.detail || answer.status),
                unplaced.length
                    ? el(
                          'ul',
                          {},
                          unplaced.map(e => el('li', { text: e.field + ': ' + e.message })),
                      )
                    : null,
            ),
        );
    }
    const first = form.querySelector('[aria-invalid=true]');
    if (first && shown('*submit*')) first.focus();
}

function body(form) {
    const out = {};
    for (const node of form.elements) {
        if (!node.name || node.disabled) continue;
        const kind = node.dataset.kind;
        if (kind === 'choices') {
            const list = value(out, node.name.replace(/\[(\d+)\]/g, '.$1')) || [];
            if (node.checked) list.push(node.value);
            setPath(out, node.name, list);
        } else if (node.type === 'radio') {
            if (node.checked && node.value !== '') setPath(out, node.name, node.value === 'true');
        } else if (node.value !== '') {
            setPath(out, node.name, kind === 'integer' || kind === 'number' ? Number(node.value) : node.value);
        }
    }
    return out;
}
