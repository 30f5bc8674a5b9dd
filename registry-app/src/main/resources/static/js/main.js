/*
 * The registry's one page: the quality-improvement dashboard and the clinician's workspace over the
 * registry's HTTP API. Every number comes from the API as it is; nothing is recomputed here. The view
 * is chosen by the URL hash and built in place (charts measure their container when drawn).
 */
import { el } from './common/dom.js';
import { api } from './common/api.js';
import { session, loadSession, writes } from './common/session.js';
import { disposeCharts, resizeCharts } from './common/charts.js';
import { LANGUAGE_KEY, language, ui, valueLabel } from './common/i18n.js';
import { route } from './workspace/routes.js';
import { carried, openForm } from './workspace/drafts.js';
import { benchmarks } from './views/benchmarks.js';
import { funnel } from './views/funnel.js';
import { cusum } from './views/cusum.js';
import { survival } from './views/survival.js';
import { conformance } from './views/conformance.js';
import { cases } from './views/cases.js';
import { definitions } from './views/definitions.js';

const views = { benchmarks, funnel, cusum, survival, conformance, cases, definitions };

/** The page a clinician opens first; others start on the dashboard. */
const home = () => (writes() ? 'worklist' : 'benchmarks');

/** The page's own words (menu, filters, footer) in the chosen language: each element's data-ui names them. */
function nav() {
    document.getElementById('nav-new-case').hidden = !writes();
    for (const node of document.querySelectorAll('[data-ui]')) node.textContent = ui(node.dataset.ui);
}

let shownHash = location.hash;

async function render() {
    shownHash = location.hash;
    openForm.key = null;
    openForm.dirty = () => false;
    await loadSession();
    nav();
    const [path, query] = (location.hash.replace(/^#\/?/, '') || home()).split('?');
    const params = new URLSearchParams(query || '');
    if (path === 'case' && params.get('id')) {
        location.replace('#/cases/' + params.get('id'));
        return;
    }
    const page = route(path);
    const name = page ? path.split('/')[0] : views[path] ? path : 'benchmarks';
    document.getElementById('filters').hidden = Boolean(page);
    const active = page && path.startsWith('cases/new') ? 'new' : name;
    for (const link of document.querySelectorAll('nav a'))
        link.classList.toggle('active', link.dataset.view === active);
    disposeCharts();
    const view = document.getElementById('view');
    view.dataset.loaded = '';
    const content = el('div', { id: 'view-' + name }, el('p', { class: 'loading' }, ui('loading')));
    view.replaceChildren(content);
    try {
        await (page ? page.page(content, params) : views[name](content, params));
        content.querySelector('.loading')?.remove();
        resizeCharts();
        view.dataset.loaded = name;
    } catch (error) {
        view.replaceChildren(el('div', { class: 'error' }, ui('couldNotLoad') + ' ' + error.message));
        view.dataset.loaded = 'error';
    }
}

function setUpLanguage() {
    const choice = document.getElementById('language');
    choice.value = language();
    document.documentElement.lang = language();
    choice.addEventListener('change', () => {
        localStorage.setItem(LANGUAGE_KEY, choice.value);
        document.documentElement.lang = choice.value;
        if (openForm.key && openForm.dirty()) carried.key = openForm.key;
        render();
    });
}

async function setUpFilters() {
    try {
        await loadSession();
        const technique = document.getElementById('filter-technique');
        session.vocabulary.techniques.forEach(t => technique.append(el('option', { value: t }, valueLabel(t))));
        const units = await api('/api/outcomes/units');
        units.centres.forEach(c => document.getElementById('filter-centre').append(el('option', { value: c }, c)));
        units.operators.forEach(o => document.getElementById('filter-operator').append(el('option', { value: o }, o)));
    } catch (error) {
        const message = 'Centres and operators could not be loaded: ' + error.message;
        document.getElementById('filters').append(el('p', { class: 'error' }, message));
    }
    document.getElementById('filter-form').addEventListener('submit', event => {
        event.preventDefault();
        render();
    });
    window.addEventListener('resize', resizeCharts);
}

/** Leaving a form with unsaved answers asks first (they stay as a draft either way). */
function leave() {
    if (location.hash === shownHash) return;
    if (openForm.dirty() && !confirm(ui('leaveForm'))) {
        history.replaceState(null, '', shownHash || '#/');
        return;
    }
    render();
}

session.refresh = render;
window.addEventListener('hashchange', leave);
window.addEventListener('beforeunload', event => {
    if (!openForm.dirty()) return;
    event.preventDefault();
    event.returnValue = '';
});
setUpLanguage();
await setUpFilters();
render();
