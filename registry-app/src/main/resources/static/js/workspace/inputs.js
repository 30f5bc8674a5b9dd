/* One input per field of a form, drawn from the field's spec in /api/forms. */
import { el, today } from '../common/dom.js';
import { ui, fieldLabel, valueLabel, legend } from '../common/i18n.js';
import { value, setPath } from './paths.js';
import { valuesOf } from './form-values.js';

export function labelled(name, text, control, hint) {
    return el(
        'div',
        { class: 'field', 'data-field': name },
        el('label', { for: control.id }, text),
        control,
        hint ? el('small', { class: 'hint', text: hint }) : null,
    );
}

/** The input's id, from its name (steps[0].technique: f-steps-0--technique). */
export const inputId = name => 'f-' + name.replace(/[^A-Za-z0-9]/g, '-');

/**
 * One input for {@code spec}; names of list items carry their index (steps[0].technique). A field
 * asked only on a condition carries it (data-asked-when) for the form's branching to read.
 */
export function input(spec, data, summary, name = spec.name) {
    const field = control(spec, data, summary, name);
    if (spec.askedWhen) field.dataset.askedWhen = JSON.stringify(spec.askedWhen);
    const explained = legend(name);
    if (explained && !field.querySelector(':scope > small.hint')) {
        field.append(el('small', { class: 'hint legend', text: explained }));
    }
    return field;
}

function control(spec, data, summary, name) {
    const current = value(data, name);
    const id = inputId(name);
    const label = fieldLabel(name) + (spec.unit ? ' (' + spec.unit + ')' : '');
    switch (spec.kind) {
        case 'text':
            return labelled(
                name,
                label,
                el('input', {
                    type: 'text',
                    id,
                    name,
                    value: current ?? '',
                    required: spec.required,
                    maxlength: spec.maxLength,
                    autocomplete: 'off',
                }),
            );
        case 'longText':
            return labelled(name, label, textArea(id, name, current, spec));
        case 'date':
            return labelled(
                name,
                label,
                el('input', {
                    type: 'date',
                    id,
                    name,
                    value: current ?? '',
                    required: spec.required,
                    max: spec.pastOrPresent ? today() : null,
                }),
            );
        case 'integer':
        case 'number':
            return withUnit(
                labelled(
                    name,
                    fieldLabel(name),
                    el('input', {
                        type: 'number',
                        id,
                        name,
                        value: current ?? '',
                        required: spec.required,
                        min: spec.min,
                        max: spec.max,
                        step: spec.kind === 'integer' ? 1 : 'any',
                        inputmode: spec.kind === 'integer' ? 'numeric' : 'decimal',
                        'data-kind': spec.kind,
                    }),
                ),
                spec.unit,
            );
        case 'boolean':
            return radios(name, label, current, spec.required);
        case 'choice':
            if (spec.values.length <= SHORT_LIST) return radios(name, label, current, spec.required, spec.values);
            return labelled(
                name,
                label,
                el(
                    'select',
                    { id, name, required: spec.required },
                    el('option', { value: '' }, ui('choose')),
                    spec.values.map(v => el('option', { value: v, selected: v === current }, valueLabel(v))),
                ),
            );
        case 'choices':
            return el(
                'fieldset',
                { class: 'field choices', 'data-field': name },
                el('legend', { text: label }),
                spec.values.map(v =>
                    el(
                        'label',
                        { class: 'inline' },
                        el('input', {
                            type: 'checkbox',
                            name,
                            value: v,
                            'data-kind': 'choices',
                            checked: Array.isArray(current) && current.includes(v),
                        }),
                        ' ' + valueLabel(v),
                    ),
                ),
            );
        case 'group':
            return group(spec, data, summary, name);
        case 'list':
            return repeated(spec, data, summary, name, current, false);
        case 'steps':
            return repeated(spec, data, summary, name, current, true);
        case 'procedure':
            return labelled(
                name,
                label,
                el(
                    'select',
                    { id, name, required: spec.required },
                    el('option', { value: '' }, ui('choose')),
                    ((summary && summary.procedures) || []).map(p =>
                        el(
                            'option',
                            { value: p.procedureId, selected: p.procedureId === current },
                            p.performedOn + ' · ' + p.techniques.map(valueLabel).join(' + '),
                        ),
                    ),
                ),
            );
        default:
            throw new Error('no input for ' + spec.kind);
    }
}

function textArea(id, name, current, spec) {
    const area = el('textarea', { id, name, rows: 3, maxlength: spec.maxLength, required: spec.required });
    area.value = current ?? '';
    return area;
}

function withUnit(field, unit) {
    if (unit) field.querySelector('input').after(el('span', { class: 'unit', text: unit }));
    return field;
}

/** A list of codes this short is offered as buttons to click once, not a list to open. */
const SHORT_LIST = 4;

/**
 * A yes/no (or a short list of codes) starts blank: a question not answered is stored as unknown. An
 * optional one may also be answered "not known" (sent as nothing); a required one must be answered.
 */
function radios(name, label, current, required, codes) {
    const kind = codes ? 'choice' : 'boolean';
    const options = codes
        ? codes.map(code => [code, valueLabel(code)])
        : [
              ['true', ui('yes')],
              ['false', ui('no')],
          ];
    if (!required) options.push(['', ui('unknown')]);
    const chosen = codes ? (current ?? null) : current === true ? 'true' : current === false ? 'false' : null;
    return el(
        'fieldset',
        { class: 'field radios', 'data-field': name, role: 'radiogroup' },
        el('legend', { text: label }),
        options.map(([v, text]) =>
            el(
                'label',
                { class: 'inline' },
                el('input', { type: 'radio', name, value: v, 'data-kind': kind, checked: chosen === v, required }),
                ' ' + text,
            ),
        ),
    );
}

/**
 * A nested record (the lesion, the primary tumour, a leak). With several yes/no questions it offers
 * to answer no to those still blank at once: an answer the clinician gives, never a default.
 */
function group(spec, data, summary, name) {
    const fieldset = el(
        'fieldset',
        { class: 'field group', 'data-field': name },
        el('legend', { text: fieldLabel(name) }),
        el(
            'div',
            { class: 'group-fields' },
            spec.fields.map(f => input(f, data, summary, name + '.' + f.name.split('.').pop())),
        ),
    );
    if (spec.fields.filter(f => f.kind === 'boolean').length >= 2) {
        const no = el('button', { type: 'button', class: 'no-to-rest' }, ui('noToRest'));
        no.addEventListener('click', () => {
            for (const radio of fieldset.querySelectorAll('input[type=radio][data-kind=boolean][value=false]')) {
                const answered = fieldset.querySelector('input[name="' + CSS.escape(radio.name) + '"]:checked');
                if (radio.disabled || answered) continue;
                radio.checked = true;
                radio.dispatchEvent(new Event('change', { bubbles: true }));
            }
        });
        fieldset.append(no);
    }
    return fieldset;
}

/**
 * Repeated records (cryo cycles), or technique steps whose inputs follow the technique chosen; a
 * step after the first can start as a copy of the one above it.
 */
function repeated(spec, data, summary, name, current, steps) {
    const items = el('div', { class: 'items' });
    const fieldset = el(
        'fieldset',
        { class: 'field repeated', 'data-field': name },
        el('legend', { text: fieldLabel(name) }),
        items,
    );
    const renumber = () => [...items.children].forEach((item, i) => renameItem(item, name, i));
    const changed = () => items.dispatchEvent(new Event('change', { bubbles: true }));
    const addItem = itemData => {
        const index = items.children.length;
        const item = el(
            'fieldset',
            { class: 'item', 'data-field': name + '[' + index + ']' },
            el('legend', { text: (steps ? ui('step') : ui('item')) + ' ' + (index + 1) }),
        );
        const body = el('div', { class: 'item-fields' });
        const prefix = name + '[' + index + ']';
        const scoped = {};
        setPath(scoped, prefix, itemData || {});
        const fill = technique => {
            const fields = steps ? spec.variants[technique] || [] : spec.fields;
            body.replaceChildren(...fields.map(f => input(f, scoped, summary, prefix + '.' + f.name.split('.').pop())));
        };
        if (steps) {
            const select = el(
                'select',
                { id: inputId(prefix) + '-technique', name: prefix + '.' + spec.discriminator, required: true },
                el('option', { value: '' }, ui('choose')),
                Object.keys(spec.variants).map(t =>
                    el('option', { value: t, selected: itemData && itemData[spec.discriminator] === t }, valueLabel(t)),
                ),
            );
            select.addEventListener('change', () => fill(select.value));
            item.append(labelled(prefix + '.' + spec.discriminator, fieldLabel('technique'), select));
            fill(select.value);
        } else fill();
        item.append(
            body,
            el(
                'button',
                {
                    type: 'button',
                    class: 'remove',
                    onclick: () => {
                        item.remove();
                        renumber();
                        changed();
                    },
                },
                steps ? ui('removeStep') : ui('remove'),
            ),
        );
        items.append(item);
        return item;
    };
    (Array.isArray(current) && current.length ? current : spec.required ? [{}] : []).forEach(addItem);
    const add = el('button', { type: 'button', class: 'add', onclick: () => addItem({}) }, addLabel(steps, name));
    fieldset.append(add);
    if (steps) {
        const copy = el('button', { type: 'button', class: 'copy-step' }, ui('copyStep'));
        copy.addEventListener('click', () => {
            const form = fieldset.closest('form');
            const last = items.children.length - 1;
            const above = last >= 0 ? valuesOf(form, name + '[' + last + '].') : {};
            const added = addItem(above);
            changed();
            added.querySelector('select, input')?.focus();
        });
        fieldset.append(copy);
    }
    return fieldset;
}

function addLabel(steps, name) {
    return steps ? ui('addStep') : ui('addItem') + ' · ' + fieldLabel(name).toLowerCase();
}

function renameItem(item, name, index) {
    const old = item.dataset.field;
    const now = name + '[' + index + ']';
    for (const node of [item, ...item.querySelectorAll('[name], [data-field], [id], label[for]')]) {
        for (const attribute of ['name', 'data-field', 'id', 'for']) {
            const v = node.getAttribute(attribute);
            if (v === null) continue;
            const idOld = old.replace(/[^A-Za-z0-9]/g, '-');
            node.setAttribute(
                attribute,
                v.startsWith(old) ? now + v.slice(old.length) : v.replace(idOld, now.replace(/[^A-Za-z0-9]/g, '-')),
            );
        }
    }
    item.querySelector('legend').textContent = item
        .querySelector('legend')
        .textContent.replace(/\d+$/, String(index + 1));
}
