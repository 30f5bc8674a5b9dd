/*
 * An entry's form: checked against the guideline as it is filled (?dryRun=true), stored when saved.
 * A new entry carries its own id from the moment the form opens, so a double click or a retry stores
 * it once; what is typed is kept as a draft until it is saved; questions follow the answers.
 */
import { el, show, today } from '../common/dom.js';
import { session, writes, entryOf, send } from '../common/session.js';
import { ui, fieldLabel, time } from '../common/i18n.js';
import { newId } from '../common/ids.js';
import { caseOf, entriesOf } from './entries.js';
import { evaluationItem } from './evaluations.js';
import { labelled, input, inputId } from './inputs.js';
import { valuesOf } from './form-values.js';
import { applyBranching } from './branching.js';
import { draftKey, loadDraft, saveDraft, dropDraft, carried, openForm } from './drafts.js';

const DEBOUNCE_MS = 500;

/** An entry a case holds once (its page corrects it when there); a closure is never corrected. */
const single = entry => !entryOf(entry).idField && entry !== 'cases' && entry !== 'closure';

export async function entryPage(view, target, params) {
    const { caseId, entry } = target;
    let stored = null;
    let summary = null;
    if (caseId) {
        const known = await caseOf(caseId);
        summary = { caseId, procedures: known.procedures, closed: known.closed };
        const existing = entriesOf(known.history).findLast(
            e => e.entry === entry && !e.inError && (target.entryId ? e.id === target.entryId : single(entry)),
        );
        if (target.entryId && !existing) throw new Error(ui(entry) + ' ' + target.entryId + ' ?');
        stored = existing ? existing.versions[existing.versions.length - 1].content : null;
    }
    const amending = stored !== null;
    const readOnly = !writes();
    const url = writeUrl(target, amending);
    const key = draftKey(target);
    const idField = entryOf(entry).clientIdField;
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
    const draftNotice = el('div', { id: 'draft-notice' });
    const state = { id: !amending && idField ? newId() : null, dirty: false, saving: false };
    const draw = data => {
        form.replaceChildren(...fields(entry, data, summary, amending, readOnly, caseId));
        refreshBranching(form);
    };
    draw(stored ?? defaults(entry, params, summary));
    show(
        view,
        el('h2', { text: ui(entry) + (caseId ? ' · ' + ui('case') + ' ' + caseId.slice(0, 8) : '') }),
        readOnly ? el('p', { class: 'notice', text: ui('readOnly') }) : null,
        draftNotice,
        banner,
        el('div', { class: 'form-layout' }, form, advice),
    );
    if (readOnly) {
        form.querySelectorAll('input, select, textarea, button').forEach(node => {
            node.disabled = true;
        });
        return;
    }
    openForm.key = key;
    openForm.dirty = () => state.dirty;
    let timer = null;
    let sequence = 0;
    const touched = new Set();
    const body = () => {
        const content = valuesOf(form);
        if (state.id) content[idField] = state.id;
        return content;
    };
    const tryIt = async () => {
        const mine = ++sequence;
        const answer = await send(url, amending, body(), true);
        if (mine !== sequence) return;
        showAnswer(form, advice, banner, answer, name => touched.has(name), false);
    };
    const restore = draft => {
        if (draft.values[idField]) state.id = draft.values[idField];
        draw(draft.values);
        state.dirty = true;
        draftNotice.replaceChildren(el('p', { class: 'notice', text: ui('draftRestored') }));
        tryIt();
    };
    const edited = event => {
        if (event.target.name) touched.add(event.target.name);
        state.dirty = true;
        refreshBranching(form);
        saveDraft(key, body());
        clearTimeout(timer);
        timer = setTimeout(tryIt, DEBOUNCE_MS);
    };
    form.addEventListener('input', edited);
    form.addEventListener('change', edited);
    form.addEventListener('submit', async event => {
        event.preventDefault();
        if (state.saving) return;
        clearTimeout(timer);
        sequence++;
        const content = body();
        if (amending && !(content.reasonForChange || '').trim()) {
            const refusal = {
                status: 400,
                json: { errors: [{ field: 'reasonForChange', message: ui('reasonRequired') }] },
            };
            showAnswer(form, advice, banner, refusal, () => true, true);
            return;
        }
        state.saving = true;
        const buttons = form.querySelectorAll('button[type=submit]');
        buttons.forEach(button => (button.disabled = true));
        const answer = await send(url, amending, content, false).catch(error => ({
            status: 0,
            json: { detail: error.message },
        }));
        if (answer.status === 200 || answer.status === 201) {
            dropDraft(key);
            state.dirty = false;
            openForm.key = null;
            location.hash = afterSaving(target, answer.json, form, event.submitter);
            return;
        }
        state.saving = false;
        buttons.forEach(button => (button.disabled = false));
        showAnswer(form, advice, banner, answer, () => true, true);
    });
    const draft = loadDraft(key);
    if (draft && carried.key === key) {
        carried.key = null;
        restore(draft);
        return;
    }
    if (draft)
        offer(
            draftNotice,
            draft,
            () => restore(draft),
            () => dropDraft(key),
        );
    if (amending || entry !== 'cases') tryIt();
}

/** The form's inputs: the reason for a correction first, then the entry's fields, the justification, the actions. */
function fields(entry, data, summary, amending, readOnly, caseId) {
    const nodes = [];
    if (amending) {
        const reason = el('textarea', {
            name: 'reasonForChange',
            id: 'f-reasonForChange',
            required: true,
            rows: 2,
            maxlength: 2000,
        });
        reason.value = data.reasonForChange || '';
        nodes.push(labelled('reasonForChange', ui('reasonForChange'), reason));
    }
    for (const spec of session.forms[entry]) nodes.push(input(spec, data, summary));
    if (entry === 'follow-ups' && !amending) nodes.push(complicationsSince());
    const text = el('textarea', { name: 'justification', id: 'f-justification', rows: 2, maxlength: 2000 });
    text.value = data.justification || '';
    const justification = labelled('justification', ui('justification'), text, ui('justificationHint'));
    justification.hidden = !data.justification;
    justification.id = 'justification-block';
    nodes.push(justification);
    if (!readOnly) {
        nodes.push(
            el(
                'div',
                { class: 'actions' },
                el('button', { type: 'submit' }, amending ? ui('saveAmendment') : ui('save')),
                caseNext(entry, amending)
                    ? el(
                          'button',
                          { type: 'submit', class: 'save-then', 'data-then': caseNext(entry, amending) },
                          ui('saveThen') + ' ' + ui(caseNext(entry, amending)).toLowerCase(),
                      )
                    : null,
                el('a', { class: 'button', href: caseId ? '#/cases/' + caseId : '#/worklist' }, ui('cancel')),
            ),
        );
    }
    return nodes;
}

/** The entry a new one's form offers to go on to once saved (the pathway's usual next step). */
function caseNext(entry, amending) {
    return amending ? null : entryOf(entry).next;
}

/** A follow-up asks whether anything happened since the procedure; "yes" opens the complication form next. */
function complicationsSince() {
    const name = 'complicationsSinceProcedure';
    return el(
        'fieldset',
        { class: 'field radios', 'data-field': name, role: 'radiogroup' },
        el('legend', { text: ui(name) }),
        [
            ['none', ui('noComplications')],
            ['yes', ui('yesComplications')],
        ].map(([v, text]) =>
            el(
                'label',
                { class: 'inline' },
                el('input', { type: 'radio', name, value: v, 'data-ui-only': 'true' }),
                ' ' + text,
            ),
        ),
    );
}

function refreshBranching(form) {
    applyBranching(form, valuesOf(form));
    applyBranching(form, valuesOf(form));
}

function offer(notice, draft, restore, discard) {
    const done = () => notice.replaceChildren();
    notice.replaceChildren(
        el(
            'p',
            { class: 'notice draft' },
            ui('draftKept') + ' ' + time(draft.savedAt) + '. ',
            el(
                'button',
                { type: 'button', id: 'restore-draft', onclick: () => (done(), restore()) },
                ui('restoreDraft'),
            ),
            ' ',
            el(
                'button',
                { type: 'button', id: 'discard-draft', onclick: () => (done(), discard()) },
                ui('discardDraft'),
            ),
        ),
    );
}

/**
 * Where a saved entry leads: the complication form when the follow-up said something happened, the
 * next entry's form when asked for ("Save, then: …"), else its case.
 */
function afterSaving(target, answer, form, submitter) {
    const caseId = answer.caseId || target.caseId;
    const since = form.querySelector('input[name=complicationsSinceProcedure]:checked');
    const procedureId = form.elements.procedureId && form.elements.procedureId.value;
    if (since && since.value === 'yes' && procedureId)
        return '#/cases/' + caseId + '/procedures/' + procedureId + '/complications';
    if (submitter && submitter.dataset.then) return '#/cases/' + caseId + '/' + submitter.dataset.then;
    return '#/cases/' + caseId;
}

function writeUrl(target, amending) {
    const { caseId, entry, entryId, procedureId } = target;
    if (entry === 'cases') return '/api/cases';
    const base = '/api/cases/' + caseId + '/';
    if (entry === 'complications')
        return base + 'procedures/' + procedureId + '/complications' + (amending ? '/' + entryId : '');
    return base + entry + (amending && entryId ? '/' + entryId : '');
}

/**
 * What a new entry's form starts with: today on a required date (never on an optional one), the
 * visit's own day and procedure when the worklist named them, the one centre one writes for.
 */
function defaults(entry, params, summary) {
    const data = {};
    for (const spec of session.forms[entry]) {
        if (spec.kind === 'date' && spec.required && spec.name !== 'referralDate') data[spec.name] = today();
    }
    if (entry === 'follow-ups') {
        data.procedureId =
            params.get('procedureId') ||
            (summary && summary.procedures.length ? summary.procedures[summary.procedures.length - 1].procedureId : '');
        const visit = params.get('visitDate');
        if (visit && visit <= today()) data.assessedOn = visit;
    }
    if (entry === 'cases' && session.me.writesFor.length === 1) data.centreId = session.me.writesFor[0];
    if (entry === 'procedures') data.steps = [{ technique: '' }];
    return data;
}

/** A refused field in a clinician's words: required, or the range a number lies in; else the registry's words. */
function clinical(form, error) {
    const node = form.querySelector('[data-field="' + CSS.escape(error.field) + '"] :is(input, select, textarea)');
    const label = fieldLabel(error.field);
    if (!node) return label + ': ' + error.message;
    const boxes = node.type === 'radio' || node.type === 'checkbox';
    const blank = boxes ? !form.querySelector('[name="' + CSS.escape(node.name) + '"]:checked') : !node.value;
    if (blank && error.message.startsWith('required')) return label + ': ' + ui('required');
    if (node.type === 'number' && node.min !== '' && node.max !== '') {
        const number = Number(node.value);
        if (number < Number(node.min) || number > Number(node.max)) {
            return ui('between').replace('{label}', label).replace('{min}', node.min).replace('{max}', node.max);
        }
    }
    return label + ': ' + error.message;
}

function showAnswer(form, advice, banner, answer, shown, submitted) {
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
    const errors = (answer.json.errors || []).filter(e => shown(e.field) || shown(e.field.replace(/\.[^.]*$/, '')));
    for (const error of errors) {
        const holder = form.querySelector('[data-field="' + CSS.escape(error.field) + '"]');
        if (!holder) continue;
        const message = el('span', {
            class: 'field-error',
            id: 'error-' + inputId(error.field),
            text: clinical(form, error),
        });
        holder.append(message);
        holder.querySelectorAll('input, select, textarea').forEach(node => {
            node.setAttribute('aria-invalid', 'true');
            node.setAttribute('aria-describedby', message.id);
        });
    }
    if (!submitted) return;
    const problem = answer.status === 400 ? ui('fixFields') : answer.json.detail || String(answer.status);
    banner.append(
        el(
            'div',
            { class: 'error' },
            ui('notSaved') + ' ' + problem,
            errors.length
                ? el(
                      'ul',
                      { class: 'problems' },
                      errors.map(error => problemLink(form, error)),
                  )
                : null,
        ),
    );
    banner.scrollIntoView({ block: 'nearest' });
}

/** One refused field in the summary above the form: a link that takes the cursor to its input. */
function problemLink(form, error) {
    const target = () =>
        form.querySelector('[data-field="' + CSS.escape(error.field) + '"] :is(input, select, textarea)');
    return el(
        'li',
        {},
        el(
            'a',
            {
                href: '#' + inputId(error.field),
                onclick: event => {
                    event.preventDefault();
                    const node = target();
                    if (node) {
                        node.scrollIntoView({ block: 'center' });
                        node.focus();
                    }
                },
            },
            clinical(form, error),
        ),
    );
}
