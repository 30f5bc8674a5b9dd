/*
 * Questions that apply only when another answer says so (the records' @AskedWhen, sent as each
 * field's askedWhen): a field whose conditions all fail is hidden, and its inputs disabled so that
 * nothing is sent for it.
 */
import { value } from './paths.js';

/** Shows and hides the form's conditional fields for what {@code values} (the form's current answers) say. */
export function applyBranching(form, values) {
    for (const field of form.querySelectorAll('[data-asked-when]')) {
        const conditions = JSON.parse(field.dataset.askedWhen);
        const asked = conditions.some(condition => holds(condition, field.dataset.field, values));
        if (field.hidden === !asked) continue;
        field.hidden = !asked;
        field.querySelectorAll('input, select, textarea').forEach(node => {
            node.disabled = !asked;
        });
    }
}

function holds(condition, name, values) {
    const path = condition.field.startsWith('/')
        ? condition.field.slice(1)
        : name.replace(/[^.]*$/, '') + condition.field;
    return answers(values, path).some(answer => condition.is.includes(String(answer)));
}

/** The answers at a path whose "[]" means every item (steps[].technique). */
function answers(values, path) {
    const [head, ...rest] = path.split('[].');
    const found = value(values, head);
    if (!rest.length) return found === undefined || found === null ? [] : [found];
    return (Array.isArray(found) ? found : []).flatMap(item => answers(item, rest.join('[].')));
}
