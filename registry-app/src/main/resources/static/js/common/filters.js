/* The dashboard's filter form: what every outcome request carries, and where a view changes. */

export function filterQuery(extra = {}) {
    const form = document.getElementById('filter-form');
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(form).entries()) {
        if (key === 'singleTechnique') continue;
        if (value !== '') params.set(key, value);
    }
    if (form.elements.singleTechnique.checked) params.set('combined', 'false');
    for (const [key, value] of Object.entries(extra))
        if (value !== '' && value !== null && value !== undefined) params.set(key, value);
    return params.toString();
}

/** One value of the filter form (centreId, technique…). */
export function filterValue(name) {
    return new FormData(document.getElementById('filter-form')).get(name);
}

export function go(viewName, params) {
    const query = new URLSearchParams(
        Object.entries(params).filter(([, v]) => v !== '' && v !== undefined && v !== null),
    );
    location.hash = '#/' + viewName + (query.toString() ? '?' + query : '');
}
