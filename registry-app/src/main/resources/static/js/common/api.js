/* Reading the registry's HTTP API: answers as JSON, problems as errors. */

export async function api(path) {
    const response = await fetch(path, { headers: { Accept: 'application/json' } });
    if (!response.ok) {
        const problem = await response.json().catch(() => ({}));
        throw new Error((problem.title || response.status) + ': ' + (problem.detail || path));
    }
    return response.json();
}

/** A read model's answer about a case just written: asked again while it is not there yet (404), for up to 5 s. */
export async function eventually(path) {
    for (let attempt = 0; attempt < 20; attempt++) {
        const response = await fetch(path, { headers: { Accept: 'application/json' } });
        if (response.ok) return response.json();
        if (response.status !== 404) throw new Error(response.status + ': ' + path);
        await new Promise(resolve => setTimeout(resolve, 250));
    }
    return null;
}
