/* Building the page: elements, selects, and today's date as a form wants it. */

export function el(tag, attributes = {}, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attributes)) {
        if (value === null || value === undefined || value === false) continue;
        if (key === 'text') node.textContent = value;
        else if (key === 'onclick' || key === 'onchange') node.addEventListener(key.slice(2), value);
        else node.setAttribute(key, value === true ? '' : value);
    }
    for (const child of children.flat()) {
        if (child === null || child === undefined) continue;
        node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
}

export function select(name, options, value, onchange) {
    const node = el(
        'select',
        { name, onchange },
        options.map(option => {
            const [optionValue, label] = Array.isArray(option) ? option : [option, option];
            return el('option', { value: optionValue, selected: optionValue === value }, label);
        }),
    );
    return node;
}

/** Appends what is there to the view (a part a role does not get is null). */
export function show(view, ...nodes) {
    view.append(...nodes.filter(node => node !== null && node !== undefined && node !== false));
}

export const today = () => new Date(Date.now() - new Date().getTimezoneOffset() * 60000).toISOString().slice(0, 10);
