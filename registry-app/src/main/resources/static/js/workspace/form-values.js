/* A form's answers as the API's JSON body: each input under its JSON path, nothing for what is blank. */
import { value, setPath } from './paths.js';

/**
 * The answers of the inputs named under {@code prefix} (all of them by default), with the prefix taken
 * off. Blank inputs, hidden (disabled) questions and "not known" send nothing. A list of codes is sent
 * even when empty where the entry asks it directly (previous treatments: none); inside a group, only
 * with a box ticked, so an untouched group is not sent at all.
 */
export function valuesOf(form, prefix = '') {
    const out = {};
    for (const node of form.elements) {
        if (!node.name || node.disabled || !node.name.startsWith(prefix) || node.dataset.uiOnly) continue;
        const name = node.name.slice(prefix.length);
        const kind = node.dataset.kind;
        if (kind === 'choices') {
            const list = value(out, name) || [];
            if (node.checked) list.push(node.value);
            if (list.length || !name.includes('.')) setPath(out, name, list);
        } else if (node.type === 'radio') {
            if (node.checked && node.value !== '')
                setPath(out, name, kind === 'boolean' ? node.value === 'true' : node.value);
        } else if (node.value !== '') {
            setPath(out, name, kind === 'integer' || kind === 'number' ? Number(node.value) : node.value);
        }
    }
    return out;
}
