/* Values by their JSON path in a form's data (steps[0].technique). */

export function value(data, name) {
    return name
        .replace(/\[(\d+)\]/g, '.$1')
        .split('.')
        .reduce((o, k) => (o === null || o === undefined ? undefined : o[k]), data);
}

/** Sets {@code path} (a.b[0].c) in {@code target}, making objects and arrays on the way. */
export function setPath(target, path, v) {
    const keys = path.replace(/\[(\d+)\]/g, '.$1').split('.');
    let node = target;
    keys.forEach((key, i) => {
        if (i === keys.length - 1) {
            node[key] = v;
            return;
        }
        if (node[key] === undefined) node[key] = /^\d+$/.test(keys[i + 1]) ? [] : {};
        node = node[key];
    });
}
