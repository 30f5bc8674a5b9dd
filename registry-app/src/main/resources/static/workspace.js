'use strict';
/*
 * The clinician's workspace: the worklist, a case's page and a form for every entry of the pathway,
 * over the same HTTP API as any other client. Forms are drawn from /api/forms (each entry's inputs,
 * read off the API's records), every input named by its field's JSON path; while a form is filled,
 * the entry is sent with ?dryRun=true and the guideline's answer shown beside it; nothing is stored
 * until it is saved. Routes: #/worklist, #/cases/new, #/cases/{caseId}, #/cases/{caseId}/{entry…}.
 */

const workspace = (() => {
  const SINGLE_ENTRIES = ['assessment', 'biopsy-decision', 'biopsy', 'treatment-decision', 'pre-procedure-checks'];
  const ENTRY_EVENTS = {
    assessment: ['AssessmentRecorded', 'AssessmentAmended'], 'biopsy-decision': ['BiopsyDecided', 'BiopsyDecisionAmended'],
    biopsy: ['BiopsyPerformed', 'BiopsyAmended'], 'treatment-decision': ['TreatmentDecided', 'TreatmentDecisionAmended'],
    'pre-procedure-checks': ['PreProcedureChecksCompleted', 'PreProcedureChecksAmended'], procedures: ['ProcedurePerformed', 'ProcedureAmended'],
    complications: ['ComplicationRecorded', 'ComplicationAmended'], 'follow-ups': ['FollowUpRecorded', 'FollowUpAmended'],
    closure: ['CaseClosed'],
  };
  const ID_OF = { procedures: 'procedureId', complications: 'complicationId', 'follow-ups': 'followUpId' };
  const DEBOUNCE_MS = 500;
  let forms = null;
  let rules = null;
  let me = null;

  let csrf = null;

  async function load() {
    if (!forms) [forms, rules, me, csrf] = await Promise.all([api('/api/forms'), api('/api/guideline/rules'), api('/api/me'), api('/api/csrf')]);
    document.getElementById('nav-new-case').hidden = !writes();
    document.getElementById('nav-worklist').textContent = ui('worklist');
    document.getElementById('nav-new-case').textContent = ui('newCase');
  }

  /** The page a clinician opens first; others start on the dashboard. */
  function home() {
    return writes() ? 'worklist' : 'benchmarks';
  }

  function setUpLanguage(rerender) {
    const choice = document.getElementById('language');
    choice.value = language();
    document.documentElement.lang = language();
    choice.addEventListener('change', () => {
      localStorage.setItem(LANGUAGE_KEY, choice.value);
      document.documentElement.lang = choice.value;
      document.getElementById('nav-worklist').textContent = ui('worklist');
      document.getElementById('nav-new-case').textContent = ui('newCase');
      rerender();
    });
  }

  const writes = () => me && me.role === 'CLINICIAN';
  const today = () => new Date(Date.now() - new Date().getTimezoneOffset() * 60000).toISOString().slice(0, 10);
  const sentence = ruleId => (rules.find(r => r.ruleId === ruleId) || {}).sentence || '';

  /** Appends what is there to the view (a part a role does not get is null). */
  function show(view, ...nodes) {
    view.append(...nodes.filter(node => node !== null && node !== undefined && node !== false));
  }

  /* ---------- routes ---------- */

  function route(path) {
    const parts = path.split('/').filter(Boolean);
    if (parts[0] === 'worklist' && parts.length === 1) return { page: worklistPage };
    if (parts[0] !== 'cases' || parts.length < 2) return null;
    if (parts[1] === 'new' && parts.length === 2) return { page: (view, params) => entryPage(view, { entry: 'cases' }, params) };
    const caseId = parts[1];
    if (parts.length === 2) return { page: view => casePage(view, caseId) };
    const rest = parts.slice(2);
    const [first, id, sub, subId] = rest;
    if (rest.length === 1 && (SINGLE_ENTRIES.includes(first) || ['procedures', 'follow-ups', 'closure'].includes(first))) {
      return { page: (view, params) => entryPage(view, { caseId, entry: first }, params) };
    }
    if (first === 'procedures' && rest.length === 2) return { page: (view, params) => entryPage(view, { caseId, entry: 'procedures', entryId: id }, params) };
    if (first === 'procedures' && sub === 'complications' && rest.length === 3) {
      return { page: (view, params) => entryPage(view, { caseId, entry: 'complications', procedureId: id }, params) };
    }
    if (first === 'procedures' && sub === 'complications' && rest.length === 4) {
      return { page: (view, params) => entryPage(view, { caseId, entry: 'complications', procedureId: id, entryId: subId }, params) };
    }
    if (first === 'follow-ups' && rest.length === 2) return { page: (view, params) => entryPage(view, { caseId, entry: 'follow-ups', entryId: id }, params) };
    return null;
  }

  /* ---------- worklist ---------- */

  async function worklistPage(view) {
    const worklist = await api('/api/worklist');
    const stages = Object.entries(worklist.openCases);
    show(view, el('h2', { text: ui('worklist') }),
      writes() ? el('p', {}, el('a', { class: 'button', href: '#/cases/new', id: 'new-case' }, ui('newCase'))) : null,
      el('h3', { text: ui('followUpsDue') }),
      worklist.followUps.length === 0 ? el('p', { text: ui('noFollowUpsDue') }) :
        el('table', { id: 'follow-ups-due' }, el('caption', { class: 'visually-hidden', text: ui('followUpsDue') }),
          el('thead', {}, el('tr', {}, [ui('status'), ui('case'), ui('centre'), ui('procedureOn'), ui('visit'), ui('visitDate'), ui('windowEnds'), ''].map(h => el('th', { scope: 'col', text: h })))),
          el('tbody', {}, worklist.followUps.map(due => el('tr', { 'data-case': due.caseId, 'data-procedure': due.procedureId },
            el('td', {}, el('span', { class: 'badge badge-' + due.status, text: ui(due.status) }), due.status === 'OVERDUE' ? ' ' + due.daysLate + ' ' + ui('daysLate') : ''),
            el('td', {}, el('a', { href: '#/cases/' + due.caseId }, due.caseId.slice(0, 8))), el('td', { text: due.centreId }),
            el('td', { text: due.performedOn }), el('td', { text: due.visit }), el('td', { text: due.visitDate }), el('td', { text: due.windowEnds }),
            el('td', {}, writes() ? el('a', { class: 'button', href: '#/cases/' + due.caseId + '/follow-ups?procedureId=' + due.procedureId }, ui('recordFollowUp')) : ''))))),
      el('h3', { text: ui('openCases') }),
      el('p', { id: 'open-cases' }, stages.length ? stages.map(([stage, count]) => valueLabel(stage) + ': ' + count).join(' · ') : ui('none')),
      el('h3', { text: ui('statusGrid') }),
      el('table', { id: 'status-grid', class: 'grid' },
        el('thead', {}, el('tr', {}, el('th', { scope: 'col', text: ui('case') }), el('th', { scope: 'col', text: ui('stage') }),
          ...STEP_KINDS.map(step => el('th', { scope: 'col', text: valueLabel(step) })))),
        el('tbody', {}, worklist.statusGrid.map(row => el('tr', {},
          el('th', { scope: 'row' }, el('a', { href: '#/cases/' + row.caseId }, row.caseId.slice(0, 8))), el('td', { text: valueLabel(row.stage) }),
          ...STEP_KINDS.map(step => el('td', { class: 'cell-' + row.steps[step], title: ui(row.steps[step]) }, ui(row.steps[step]))))))));
  }

  const STEP_KINDS = ['ASSESSMENT', 'BIOPSY_DECISION', 'BIOPSY', 'TREATMENT_DECISION', 'PRE_PROCEDURE_CHECKS', 'PROCEDURE', 'FOLLOW_UP', 'CLOSURE'];

  /* ---------- a case ---------- */

  /**
   * A case as its pages need it: the history (read from the event store, so it already holds what
   * was just written) and the read model's summary, which may lag a moment behind a write: it is
   * asked again for a few seconds, and the page does without it if it is still missing.
   */
  async function caseOf(caseId) {
    const [history, summary] = await Promise.all([api('/api/cases/' + caseId + '/history'), eventually('/api/cases/' + caseId)]);
    const procedures = history.filter(h => h.type === 'ProcedurePerformed' || h.type === 'ProcedureAmended').reduce((list, h) => {
      const procedure = { procedureId: h.payload.procedureId, performedOn: h.payload.procedure.performedOn,
        techniques: [...new Set(h.payload.procedure.steps.map(step => step.technique))] };
      const known = list.findIndex(p => p.procedureId === procedure.procedureId);
      if (known >= 0) list[known] = procedure; else list.push(procedure);
      return list;
    }, []);
    const closed = history.some(h => h.type === 'CaseClosed');
    return { caseId, history, procedures, closed, summary: summary || {} };
  }

  /** A read model's answer about a case just written: asked again while it is not there yet (404), for up to five seconds. */
  async function eventually(path) {
    for (let attempt = 0; attempt < 20; attempt++) {
      const response = await fetch(path, { headers: { Accept: 'application/json' } });
      if (response.ok) return response.json();
      if (response.status !== 404) throw new Error(response.status + ': ' + path);
      await new Promise(resolve => setTimeout(resolve, 250));
    }
    return null;
  }

  async function casePage(view, caseId) {
    const [known, found] = await Promise.all([caseOf(caseId), eventually('/api/cases/' + caseId + '/advice')]);
    const advice = found || { evaluations: [] };
    const { history } = known;
    const summary = { ...known.summary, caseId, procedures: known.procedures, closed: known.closed };
    const entries = entriesOf(history);
    show(view, el('h2', { text: ui('case') + ' ' + caseId }),
      el('dl', { class: 'summary' },
        el('dt', { text: ui('centre') }), el('dd', { text: summary.centreId || history[0].payload.registration.centreId }),
        el('dt', { text: ui('stage') }), el('dd', { id: 'case-stage', text: valueLabel(summary.stage) || ui('none') }),
        el('dt', { text: ui('diagnosis') }), el('dd', { text: valueLabel(summary.diagnosis) || ui('none') }),
        el('dt', { text: ui('intent') }), el('dd', { text: valueLabel(summary.intent) || ui('none') }),
        el('dt', { text: ui('procedures') }), el('dd', { text: summary.procedures.map(p => p.performedOn + ' ' + p.techniques.map(valueLabel).join(' + ')).join('; ') || ui('none') }),
        el('dt', { text: ui('latestPain') }), el('dd', { text: summary.latestPain ? 'VAS ' + summary.latestPain.vas + ' (' + summary.latestPain.assessedOn + ')' : ui('none') }),
        el('dt', { text: ui('biopsyAdvice') }), el('dd', { id: 'advice-biopsy', text: advice.biopsy ? (advice.biopsy.recommended ? ui('recommended') : ui('notNeeded')) + ' — ' + advice.biopsy.ruleId + ': ' + advice.biopsy.detail : ui('none') }),
        el('dt', { text: ui('curative') }), el('dd', { id: 'advice-curative', text: advice.curativeEligibility ? (advice.curativeEligibility.eligible ? ui('eligible') : ui('notEligible') + ': ' + advice.curativeEligibility.reasons.map(r => r.detail).join('; ')) : ui('none') }),
        el('dt', { text: ui('strategy') }), el('dd', { id: 'advice-strategy', text: advice.strategy ? valueLabel(advice.strategy.path) + ' — ' + advice.strategy.detail : ui('none') })),
      writes() && !summary.closed ? el('nav', { class: 'next-entries', 'aria-label': ui('nextEntries') }, el('h3', { text: ui('nextEntries') }),
        nextEntries(summary, entries).map(([href, text]) => el('a', { class: 'button', href }, text))) : null,
      el('h3', { text: ui('entries') }),
      el('div', { id: 'entries' }, entries.map(entry => entryVersions(caseId, entry, summary))),
      el('h3', { text: ui('advice') }),
      el('ul', { class: 'evaluations' }, advice.evaluations.map(e => evaluationItem(e.ruleId, e.status, e.detail, valueLabel(e.entryKind)))),
      el('h3', { text: ui('history') }),
      el('div', { class: 'toolbar' }, csvButton('audit-trail-' + caseId + '.csv', ['sequence', 'type', 'recordedAt', 'recordedBy', 'recordedByName', 'role', 'centreId', 'reasonForChange'],
        () => history.map(h => [h.sequence, h.type, h.recordedAt, h.recordedBy, h.recordedByName, h.role, h.centreId, h.reasonForChange]))),
      el('ol', { class: 'timeline', id: 'timeline' }, history.map(h => el('li', { 'data-type': h.type, class: h.type === 'GuidelineEvaluated' ? 'evaluation' : null },
        el('strong', { text: h.type }), ' ', el('span', { class: 'meta', text: new Date(h.recordedAt).toLocaleString() + ' · ' + (h.recordedByName || h.recordedBy || '?') + ' (' + (h.role || '?') + ', ' + (h.centreId || '—') + ')' }),
        h.reasonForChange ? el('div', { text: ui('why') + ': ' + h.reasonForChange }) : null))));
  }

  function nextEntries(summary, entries) {
    const has = entry => entries.some(e => e.entry === entry);
    const links = [];
    const add = entry => links.push(['#/cases/' + summary.caseId + '/' + entry, ui(entry)]);
    if (!has('assessment')) add('assessment');
    else {
      if (!has('biopsy-decision')) add('biopsy-decision');
      if (!has('biopsy')) add('biopsy');
      if (!has('treatment-decision')) add('treatment-decision');
      else {
        if (!has('pre-procedure-checks')) add('pre-procedure-checks');
        add('procedures');
      }
    }
    for (const procedure of summary.procedures) {
      links.push(['#/cases/' + summary.caseId + '/procedures/' + procedure.procedureId + '/complications', ui('complications') + ' (' + procedure.performedOn + ')']);
    }
    if (summary.procedures.length) add('follow-ups');
    add('closure');
    return links;
  }

  /** The case's entries from its history, each with its versions: the first recording, then every correction. */
  function entriesOf(history) {
    const entries = [];
    for (const event of history) {
      const entry = Object.keys(ENTRY_EVENTS).find(name => ENTRY_EVENTS[name].includes(event.type));
      if (!entry) continue;
      const idField = ID_OF[entry];
      const id = idField ? event.payload[idField] : (entry === 'pre-procedure-checks' ? 'latest' : entry);
      let known = entries.find(e => e.entry === entry && e.id === id);
      if (!known) entries.push(known = { entry, id, procedureId: event.payload.procedureId, versions: [] });
      known.versions.push({ event, content: contentOf(event.payload) });
    }
    return entries;
  }

  /** An event's entry content: its one object-valued field (the case id and entry ids sit beside it). */
  function contentOf(payload) {
    const key = Object.keys(payload).find(k => payload[k] !== null && typeof payload[k] === 'object' && !Array.isArray(payload[k]));
    return key ? payload[key] : {};
  }

  function entryVersions(caseId, entry, summary) {
    const versions = entry.versions;
    const flat = versions.map(v => flatten(v.content));
    const fields = [...new Set(flat.flatMap(f => Object.keys(f)))];
    const path = entry.entry === 'complications' ? 'procedures/' + entry.procedureId + '/complications/' + entry.id
      : ID_OF[entry.entry] ? entry.entry + '/' + entry.id : entry.entry;
    const correctable = writes() && !summary.closed && entry.entry !== 'closure';
    return el('details', { class: 'entry', 'data-entry': entry.entry },
      el('summary', {}, ui(entry.entry) + (versions.length > 1 ? ' · ' + versions.length + ' ' + ui('versions').toLowerCase() : '')),
      correctable ? el('p', {}, el('a', { class: 'button correct', href: '#/cases/' + caseId + '/' + path }, ui('correct') + ': ' + ui(entry.entry).toLowerCase())) : null,
      el('table', { class: 'versions' },
        el('thead', {}, el('tr', {}, el('th', { scope: 'col', text: ui('field') }), versions.map((v, i) => el('th', { scope: 'col' },
          (i === 0 ? ui('recorded') : ui('amended')) + ' ' + new Date(v.event.recordedAt).toLocaleString() + ' ' + ui('by') + ' ' + (v.event.recordedByName || v.event.recordedBy),
          v.event.payload.reasonForChange ? el('div', { class: 'why', text: ui('why') + ': ' + v.event.payload.reasonForChange }) : null)))),
        el('tbody', {}, fields.map(field => el('tr', {}, el('th', { scope: 'row', text: fieldLabel(field) + ' (' + field + ')' }),
          flat.map((f, i) => el('td', { class: i > 0 && f[field] !== flat[i - 1][field] ? 'changed' : null, text: display(f[field]) })))))));
  }

  function flatten(value, prefix = '', out = {}) {
    if (Array.isArray(value)) {
      if (value.every(v => v === null || typeof v !== 'object')) out[prefix] = value.join(', ');
      else value.forEach((v, i) => flatten(v, prefix + '[' + i + ']', out));
    } else if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) flatten(v, prefix ? prefix + '.' + k : k, out);
    } else out[prefix] = value === null || value === undefined ? '' : String(value);
    return out;
  }

  function display(value) {
    if (value === undefined || value === '') return ui('none');
    if (value === 'true') return ui('yes');
    if (value === 'false') return ui('no');
    return /^[A-Z][A-Z0-9_]+(, [A-Z][A-Z0-9_]+)*$/.test(value) ? value.split(', ').map(valueLabel).join(', ') : value;
  }

  const MARKS = { MET: '✓ ', DEVIATED: '✗ ', ADVISORY: 'ⓘ ' };

  function evaluationItem(ruleId, status, detail, where) {
    return el('li', { class: 'evaluation status-' + status, 'data-rule': ruleId, 'data-status': status },
      el('strong', { text: MARKS[status] + ruleId }), ' ', el('span', { class: 'verdict-word', text: ui(status.toLowerCase()) }),
      where ? ' · ' + where : '', el('div', { class: 'sentence', text: sentence(ruleId) }), detail ? el('div', { class: 'detail', text: detail }) : null);
  }

  /* ---------- an entry's form ---------- */

  async function entryPage(view, target, params) {
    const { caseId, entry } = target;
    let stored = null;
    let summary = null;
    if (caseId) {
      const known = await caseOf(caseId);
      const history = known.history;
      summary = { caseId, procedures: known.procedures, closed: known.closed };
      const existing = entriesOf(history).find(e => e.entry === entry && (target.entryId ? e.id === target.entryId : SINGLE_ENTRIES.includes(entry)));
      if (target.entryId && !existing) throw new Error(ui(entry) + ' ' + target.entryId + ' ?');
      stored = existing ? existing.versions[existing.versions.length - 1].content : null;
    }
    const amending = stored !== null;
    const readOnly = !writes();
    const url = writeUrl(target, amending);
    const form = el('form', { 'data-entry': entry === 'complications' ? 'procedures/' + target.procedureId + '/complications' : entry, novalidate: true, class: 'entry-form' });
    const advice = el('aside', { id: 'live-advice', 'aria-live': 'polite', 'aria-label': ui('advice') }, el('h3', { text: ui('advice') }),
      el('p', { class: 'hint', text: ui('adviceHint') }), el('ul', { class: 'evaluations' }));
    const banner = el('div', { id: 'form-problems', role: 'alert' });
    const data = stored ?? defaults(entry, params, summary);
    if (amending) {
      form.append(labelled('reasonForChange', ui('reasonForChange'), el('textarea', { name: 'reasonForChange', id: 'f-reasonForChange', required: true, rows: 2, maxlength: 2000 })));
    }
    for (const spec of forms[entry]) form.append(input(spec, data, summary));
    const justification = labelled('justification', ui('justification'), el('textarea', { name: 'justification', id: 'f-justification', rows: 2, maxlength: 2000 }),
      ui('justificationHint'));
    justification.hidden = true;
    justification.id = 'justification-block';
    form.append(justification);
    if (!readOnly) form.append(el('div', { class: 'actions' }, el('button', { type: 'submit' }, amending ? ui('saveAmendment') : ui('save')),
      el('a', { class: 'button', href: caseId ? '#/cases/' + caseId : '#/worklist' }, ui('cancel'))));
    show(view, el('h2', { text: ui(entry) + (caseId ? ' · ' + ui('case') + ' ' + caseId.slice(0, 8) : '') }),
      readOnly ? el('p', { class: 'notice', text: ui('readOnly') }) : null, banner, el('div', { class: 'form-layout' }, form, advice));
    if (readOnly) {
      form.querySelectorAll('input, select, textarea, button').forEach(node => { node.disabled = true; });
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
    form.addEventListener('input', event => { if (event.target.name) touched.add(event.target.name); clearTimeout(timer); timer = setTimeout(tryIt, DEBOUNCE_MS); });
    form.addEventListener('change', event => { if (event.target.name) touched.add(event.target.name); clearTimeout(timer); timer = setTimeout(tryIt, DEBOUNCE_MS); });
    form.addEventListener('submit', async event => {
      event.preventDefault();
      clearTimeout(timer);
      sequence++;
      const content = body(form);
      if (amending && !(content.reasonForChange || '').trim()) {
        showAnswer(form, advice, banner, { status: 400, json: { errors: [{ field: 'reasonForChange', message: ui('reasonRequired') }] } }, () => true);
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
    if (entry === 'complications') return base + 'procedures/' + procedureId + '/complications' + (amending ? '/' + entryId : '');
    return base + entry + (amending && entryId ? '/' + entryId : '');
  }

  /** What a new entry's form starts with: today's date where one is asked, the procedure the worklist named. */
  function defaults(entry, params, summary) {
    const data = {};
    for (const spec of forms[entry]) if (spec.kind === 'date' && spec.name !== 'referralDate') data[spec.name] = today();
    if (entry === 'follow-ups') data.procedureId = params.get('procedureId') || (summary && summary.procedures.length ? summary.procedures[summary.procedures.length - 1].procedureId : '');
    if (entry === 'cases' && me.writesFor.length === 1) data.centreId = me.writesFor[0];
    if (entry === 'procedures') data.steps = [{ technique: '' }];
    return data;
  }

  async function send(url, amending, content, dryRun) {
    const response = await fetch(url + (dryRun ? '?dryRun=true' : ''), {
      method: amending ? 'PUT' : 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', [csrf.headerName]: csrf.token },
      body: JSON.stringify(content),
    });
    return { status: response.status, json: await response.json().catch(() => ({})) };
  }

  function showAnswer(form, advice, banner, answer, shown) {
    form.querySelectorAll('.field-error').forEach(node => node.remove());
    form.querySelectorAll('[aria-invalid]').forEach(node => node.removeAttribute('aria-invalid'));
    banner.replaceChildren();
    const list = advice.querySelector('ul');
    if (answer.status === 200 || answer.status === 201) {
      const evaluations = (answer.json.advice && answer.json.advice.evaluations) || [];
      list.replaceChildren(...evaluations.map(e => evaluationItem(e.ruleId, e.status, e.detail)));
      form.querySelector('#justification-block').hidden = !evaluations.some(e => e.status === 'DEVIATED') && !form.elements.justification.value;
      return;
    }
    const errors = answer.json.errors || [];
    const unplaced = [];
    for (const error of errors) {
      if (!shown(error.field) && !shown(error.field.replace(/\.[^.]*$/, ''))) continue;
      const holder = form.querySelector('[data-field="' + CSS.escape(error.field) + '"]');
      if (!holder) { unplaced.push(error); continue; }
      const message = el('span', { class: 'field-error', id: 'error-' + error.field.replace(/[^A-Za-z0-9]/g, '-'), text: error.message });
      holder.append(message);
      holder.querySelectorAll('input, select, textarea').forEach(node => {
        node.setAttribute('aria-invalid', 'true');
        node.setAttribute('aria-describedby', message.id);
      });
    }
    if (answer.status !== 400 || unplaced.length) {
      banner.append(el('div', { class: 'error' }, ui('notSaved') + ' ' + (answer.status === 400 ? ui('fixFields') : answer.json.detail || answer.status),
        unplaced.length ? el('ul', {}, unplaced.map(e => el('li', { text: e.field + ': ' + e.message }))) : null));
    }
    const first = form.querySelector('[aria-invalid=true]');
    if (first && shown('*submit*')) first.focus();
  }

  /* ---------- inputs ---------- */

  function labelled(name, text, control, hint) {
    return el('div', { class: 'field', 'data-field': name }, el('label', { for: control.id }, text), control,
      hint ? el('small', { class: 'hint', text: hint }) : null);
  }

  function value(data, name) {
    return name.replace(/\[(\d+)\]/g, '.$1').split('.').reduce((o, k) => (o === null || o === undefined ? undefined : o[k]), data);
  }

  /** One input for {@code spec}; names of list items carry their index (steps[0].technique). */
  function input(spec, data, summary, name = spec.name) {
    const current = value(data, name);
    const id = 'f-' + name.replace(/[^A-Za-z0-9]/g, '-');
    const label = fieldLabel(name) + (spec.unit ? ' (' + spec.unit + ')' : '');
    switch (spec.kind) {
      case 'text':
        return labelled(name, label, el('input', { type: 'text', id, name, value: current ?? '', required: spec.required, maxlength: spec.maxLength,
          autocomplete: 'off' }));
      case 'longText':
        return labelled(name, label, textArea(id, name, current, spec));
      case 'date':
        return labelled(name, label, el('input', { type: 'date', id, name, value: current ?? '', required: spec.required,
          max: spec.pastOrPresent ? today() : null }));
      case 'integer':
      case 'number':
        return withUnit(labelled(name, fieldLabel(name), el('input', { type: 'number', id, name, value: current ?? '', required: spec.required,
          min: spec.min, max: spec.max, step: spec.kind === 'integer' ? 1 : 'any', inputmode: spec.kind === 'integer' ? 'numeric' : 'decimal',
          'data-kind': spec.kind })), spec.unit);
      case 'boolean':
        return radios(name, label, current ?? (spec.preset === undefined ? undefined : spec.preset === 'true'), spec.required);
      case 'choice':
        return labelled(name, label, el('select', { id, name, required: spec.required },
          el('option', { value: '' }, ui('choose')), spec.values.map(v => el('option', { value: v, selected: v === current }, valueLabel(v)))));
      case 'choices':
        return el('fieldset', { class: 'field choices', 'data-field': name }, el('legend', { text: label }),
          spec.values.map(v => el('label', { class: 'inline' }, el('input', { type: 'checkbox', name, value: v, 'data-kind': 'choices',
            checked: Array.isArray(current) && current.includes(v) }), ' ' + valueLabel(v))));
      case 'group':
        return group(spec, data, summary, name, current);
      case 'list':
        return repeated(spec, data, summary, name, current, false);
      case 'steps':
        return repeated(spec, data, summary, name, current, true);
      case 'procedure':
        return labelled(name, label, el('select', { id, name, required: spec.required }, el('option', { value: '' }, ui('choose')),
          ((summary && summary.procedures) || []).map(p => el('option', { value: p.procedureId, selected: p.procedureId === current },
            p.performedOn + ' · ' + p.techniques.map(valueLabel).join(' + ')))));
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

  function radios(name, label, current, required) {
    const options = [['true', ui('yes')], ['false', ui('no')]];
    if (!required) options.push(['', ui('unknown')]);
    const chosen = current === true ? 'true' : current === false ? 'false' : required ? null : '';
    return el('fieldset', { class: 'field radios', 'data-field': name, role: 'radiogroup' }, el('legend', { text: label }),
      options.map(([v, text]) => el('label', { class: 'inline' }, el('input', { type: 'radio', name, value: v, 'data-kind': 'boolean',
        checked: chosen === v, required }), ' ' + text)));
  }

  /** A nested record; an optional one is recorded only when its box is ticked (its inputs are not sent otherwise). */
  function group(spec, data, summary, name, current) {
    const inner = el('div', { class: 'group-fields' }, spec.fields.map(f => input(f, data, summary, name + '.' + f.name.split('.').pop())));
    const fieldset = el('fieldset', { class: 'field group', 'data-field': name }, el('legend', { text: fieldLabel(name) }));
    if (!spec.required) {
      const toggle = el('input', { type: 'checkbox', id: 'f-' + name.replace(/[^A-Za-z0-9]/g, '-') + '-present', checked: current !== undefined && current !== null,
        'data-group-toggle': name });
      const apply = () => { inner.hidden = !toggle.checked; inner.querySelectorAll('input, select, textarea').forEach(n => { n.disabled = !toggle.checked; }); };
      toggle.addEventListener('change', apply);
      fieldset.append(el('label', { class: 'inline', for: toggle.id }, toggle, ' ' + ui('include') + ': ' + fieldLabel(name).toLowerCase()));
      fieldset.append(inner);
      apply();
    } else fieldset.append(inner);
    return fieldset;
  }

  /** Repeated records (cryo cycles), or technique steps whose inputs follow the technique chosen. */
  function repeated(spec, data, summary, name, current, steps) {
    const items = el('div', { class: 'items' });
    const fieldset = el('fieldset', { class: 'field repeated', 'data-field': name }, el('legend', { text: fieldLabel(name) }), items);
    const renumber = () => [...items.children].forEach((item, i) => renameItem(item, name, i));
    const addItem = itemData => {
      const index = items.children.length;
      const item = el('fieldset', { class: 'item', 'data-field': name + '[' + index + ']' },
        el('legend', { text: (steps ? ui('step') : ui('item')) + ' ' + (index + 1) }));
      const body = el('div', { class: 'item-fields' });
      const prefix = name + '[' + index + ']';
      const scoped = {};
      setPath(scoped, prefix, itemData || {});
      const fill = technique => {
        const fields = steps ? (spec.variants[technique] || []) : spec.fields;
        body.replaceChildren(...fields.map(f => input(f, scoped, summary, prefix + '.' + f.name.split('.').pop())));
      };
      if (steps) {
        const select = el('select', { id: 'f-' + prefix.replace(/[^A-Za-z0-9]/g, '-') + '-technique', name: prefix + '.' + spec.discriminator, required: true },
          el('option', { value: '' }, ui('choose')), Object.keys(spec.variants).map(t => el('option', { value: t, selected: itemData && itemData[spec.discriminator] === t }, valueLabel(t))));
        select.addEventListener('change', () => { fill(select.value); });
        item.append(labelled(prefix + '.' + spec.discriminator, fieldLabel('technique'), select));
        fill(select.value);
      } else fill();
      item.append(body, el('button', { type: 'button', class: 'remove', onclick: () => { item.remove(); renumber(); items.dispatchEvent(new Event('change', { bubbles: true })); } },
        steps ? ui('removeStep') : ui('remove')));
      items.append(item);
    };
    (Array.isArray(current) && current.length ? current : spec.required ? [{}] : []).forEach(addItem);
    fieldset.append(el('button', { type: 'button', class: 'add', onclick: () => addItem({}) }, steps ? ui('addStep') : ui('addItem') + ' · ' + fieldLabel(name).toLowerCase()));
    return fieldset;
  }

  function renameItem(item, name, index) {
    const old = item.dataset.field;
    const now = name + '[' + index + ']';
    for (const node of [item, ...item.querySelectorAll('[name], [data-field], [id], label[for]')]) {
      for (const attribute of ['name', 'data-field', 'id', 'for']) {
        const v = node.getAttribute(attribute);
        if (v === null) continue;
        const idOld = old.replace(/[^A-Za-z0-9]/g, '-');
        node.setAttribute(attribute, v.startsWith(old) ? now + v.slice(old.length) : v.replace(idOld, now.replace(/[^A-Za-z0-9]/g, '-')));
      }
    }
    item.querySelector('legend').textContent = item.querySelector('legend').textContent.replace(/\d+$/, String(index + 1));
  }

  /* ---------- the body a form stands for ---------- */

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

  /** Sets {@code path} (a.b[0].c) in {@code target}, making objects and arrays on the way. */
  function setPath(target, path, v) {
    const keys = path.replace(/\[(\d+)\]/g, '.$1').split('.');
    let node = target;
    keys.forEach((key, i) => {
      if (i === keys.length - 1) { node[key] = v; return; }
      if (node[key] === undefined) node[key] = /^\d+$/.test(keys[i + 1]) ? [] : {};
      node = node[key];
    });
  }

  return { route, load, home, setUpLanguage };
})();
