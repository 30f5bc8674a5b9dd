'use strict';
/*
 * The quality-improvement dashboard: one page over the registry's HTTP API. Every number comes
 * from the API as it is; nothing is recomputed here. Views are chosen by the URL hash, and are
 * built in place (charts measure their container when they are drawn). The clinician's pages
 * (worklist, case, entry forms) are workspace.js's, on the same page and router.
 */

const TECHNIQUES = ['CEMENTOPLASTY', 'ETHANOL', 'LASER', 'RFA', 'CRYO', 'RF_IONIZATION'];
const DIAGNOSES = ['OSTEOID_OSTEOMA', 'OSTEOBLASTOMA', 'CHONDROBLASTOMA', 'OTHER_BENIGN', 'PRIMARY_MALIGNANT',
  'METASTASIS', 'MULTIPLE_MYELOMA', 'LYMPHOMA', 'UNKNOWN'];
const STAGES = ['REGISTERED', 'ASSESSED', 'TREATMENT_DECIDED', 'TREATED', 'CLOSED'];
const VERDICT_WORDS = { BETTER: 'better than documented', WITHIN: 'within the documented range',
  WORSE: 'worse than documented', INSUFFICIENT_DATA: 'too few to judge' };
const charts = [];
let catalogue = [];

/* ---------- small helpers ---------- */

function el(tag, attributes = {}, ...children) {
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

async function api(path) {
  const response = await fetch(path, { headers: { Accept: 'application/json' } });
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    throw new Error((problem.title || response.status) + ': ' + (problem.detail || path));
  }
  return response.json();
}

const fmt = {
  count: v => (v === null || v === undefined ? '—' : String(v)),
  rate: v => (v === null || v === undefined ? '—' : (v * 100).toFixed(1) + ' %'),
  interval: i => (i ? fmt.rate(i.low) + ' – ' + fmt.rate(i.high) : '—'),
  weeks: v => (v === null || v === undefined ? 'not reached' : v.toFixed(1) + ' wk'),
  p: v => (v === null || v === undefined ? '—' : v < 0.0001 ? v.toExponential(1) : v.toFixed(4)),
};

function definitionLink(id, text) {
  return el('a', { href: '#/definitions?id=' + encodeURIComponent(id), class: 'num', title: 'How this is defined' }, text);
}

function filterQuery(extra = {}) {
  const form = document.getElementById('filter-form');
  const params = new URLSearchParams();
  for (const [key, value] of new FormData(form).entries()) {
    if (key === 'singleTechnique') continue;
    if (value !== '') params.set(key, value);
  }
  if (form.elements.singleTechnique.checked) params.set('combined', 'false');
  for (const [key, value] of Object.entries(extra)) if (value !== '' && value !== null && value !== undefined) params.set(key, value);
  return params.toString();
}

// A text a spreadsheet would take for a formula gets a leading apostrophe (OWASP's rule), as in every CSV the server writes.
function csvCell(v) {
  const text = v === null || v === undefined ? '' : String(v);
  return typeof v !== 'number' && /^[=+\-@\t\r]/.test(text) && !/^[-+]?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(text) ? "'" + text : text;
}

function csvDownload(filename, header, rows) {
  const quote = v => {
    const text = csvCell(v);
    return /[",\r\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  };
  const body = [header, ...rows].map(row => row.map(quote).join(',')).join('\r\n') + '\r\n';
  const link = el('a', { href: URL.createObjectURL(new Blob([body], { type: 'text/csv' })), download: filename });
  document.body.append(link);
  link.click();
  link.remove();
}

function csvButton(filename, header, rows) {
  return el('button', { type: 'button', class: 'csv', onclick: () => csvDownload(filename, header, rows()) }, 'Download CSV');
}

function select(name, options, value, onchange) {
  const node = el('select', { name, onchange },
    options.map(option => {
      const [optionValue, label] = Array.isArray(option) ? option : [option, option];
      return el('option', { value: optionValue, selected: optionValue === value }, label);
    }));
  return node;
}

function chart(container, option) {
  const instance = echarts.init(container, null, { renderer: 'svg' });
  instance.setOption(Object.assign({
    toolbox: { feature: { saveAsImage: { type: 'svg', title: 'Save as SVG' } } },
    animation: false,
  }, option));
  charts.push(instance);
  return instance;
}

function disposeCharts() {
  while (charts.length) charts.pop().dispose();
}

/* ---------- views ---------- */

const views = {
  async benchmarks(view) {
    const report = await api('/api/outcomes/benchmarks?' + filterQuery());
    view.append(el('h2', { text: 'Benchmarks against the guideline' }),
      el('p', { class: 'muted' }, 'Pain window day ' + report.settings.painWindowFrom + '–' + report.settings.painWindowTo +
        ' (target ' + report.settings.painWindowTarget + '), response: more than ' + report.settings.painReductionThreshold * 100 +
        ' % less pain or opioid, at least ' + report.settings.minDenominator + ' to judge. The bar: documented range shaded, 95 % Wilson interval as a line.'));
    const table = el('table', { id: 'benchmark-table' },
      el('thead', {}, el('tr', {}, ['Benchmark', 'Measure', 'n', 'x', 'Rate / median', 'Interval against the documented range',
        'Verdict', 'Not evaluable', 'p'].map(h => el('th', { text: h })))),
      el('tbody', {}, report.rows.map(row => el('tr', { 'data-benchmark-id': row.benchmarkId },
        el('td', {}, definitionLink(row.benchmarkId, row.benchmarkId)),
        el('td', { text: row.measure }),
        el('td', { class: 'number', 'data-field': 'n' }, definitionLink(row.benchmarkId, fmt.count(row.n))),
        el('td', { class: 'number', 'data-field': 'x' }, definitionLink(row.benchmarkId, fmt.count(row.x))),
        el('td', { class: 'number', 'data-field': 'rate' }, definitionLink(row.benchmarkId,
          row.benchmarkId === 'BM-ETHANOL-DURATION' ? fmt.weeks(row.medianWeeks) : fmt.rate(row.rate))),
        el('td', {}, intervalBar(row)),
        el('td', {}, el('span', { class: 'verdict verdict-' + row.verdict, title: row.verdict }, VERDICT_WORDS[row.verdict])),
        el('td', { class: 'number', 'data-field': 'notEvaluable' }, fmt.count(row.notEvaluable)),
        el('td', { class: 'number' }, fmt.p(row.pValue))))));
    view.append(el('div', { class: 'toolbar' }, csvButton('benchmarks.csv',
      ['benchmarkId', 'measure', 'n', 'x', 'rate', 'wilsonLow', 'wilsonHigh', 'exactLow', 'exactHigh', 'medianWeeks',
        'medianLow', 'medianHigh', 'documentedLow', 'documentedHigh', 'direction', 'verdict', 'notEvaluable', 'pValue'],
      () => report.rows.map(r => [r.benchmarkId, r.measure, r.n, r.x, r.rate, r.wilson95 && r.wilson95.low, r.wilson95 && r.wilson95.high,
        r.exact95 && r.exact95.low, r.exact95 && r.exact95.high, r.medianWeeks, r.median95 && r.median95.low, r.median95 && r.median95.high,
        r.benchmark.low, r.benchmark.high, r.benchmark.direction, r.verdict, r.notEvaluable, r.pValue]))), table);
  },

  async funnel(view, params) {
    const benchmarkId = params.get('benchmark') || 'BM-CEMENT-LEAK';
    const by = params.get('by') || 'centre';
    view.append(el('h2', { text: 'Funnel plot' }), el('div', { class: 'controls' },
      el('label', {}, 'Benchmark', select('benchmark', proportionBenchmarks(), benchmarkId, e => go('funnel', { benchmark: e.target.value, by }))),
      el('label', {}, 'Units', select('by', [['centre', 'centres'], ['operator', 'operators']], by, e => go('funnel', { benchmark: benchmarkId, by: e.target.value })))));
    const plot = await api('/api/outcomes/funnel?' + filterQuery({ benchmarkId, by }));
    const container = el('div', { class: 'chart', id: 'funnel-chart' });
    view.append(container);
    const line = (key, name, dashed) => ({ name, type: 'line', showSymbol: false, lineStyle: { type: dashed ? 'dashed' : 'solid', width: 1 },
      data: plot.limits.map(l => [l.n, l[key]]) });
    chart(container, {
      title: { text: plot.benchmarkId + ' by ' + by + ' (target ' + fmt.rate(plot.target) + ')', textStyle: { fontSize: 13 } },
      legend: { bottom: 0 },
      grid: { left: 60, right: 30, top: 40, bottom: 50 },
      xAxis: { type: 'value', name: 'n', min: 0 },
      yAxis: { type: 'value', name: 'rate', min: 0, max: 1 },
      series: [
        { name: 'units', type: 'scatter', symbolSize: 9, label: { show: true, position: 'right', formatter: p => p.data[2] },
          data: plot.units.filter(u => u.rate !== null).map(u => [u.n, u.rate, u.unit]) },
        line('high95', '95 % limits', true), line('low95', '95 % limits', true),
        line('high998', '99.8 % limits', false), line('low998', '99.8 % limits', false),
        { name: 'target', type: 'line', showSymbol: false, lineStyle: { color: '#888' }, itemStyle: { color: '#888' }, data: [[0, plot.target], [Math.max(1, ...plot.limits.map(l => l.n)), plot.target]] },
      ],
    });
    view.append(el('h3', { text: 'Outside the limits' }),
      plot.outside.length === 0 ? el('p', { id: 'outside-none' }, 'No unit lies outside the 95 % limits.')
        : el('ul', { class: 'outside', id: 'outside' }, plot.outside.map(u => el('li', { class: u.worse ? 'worse' : null, 'data-unit': u.unit },
          u.unit + ': ' + (u.outside998 ? 'beyond the 99.8 % (alarm)' : 'beyond the 95 % (alert)') + ' limit, ' +
          (u.outside95 === 'ABOVE' ? 'above' : 'below') + (u.worse ? ' (worse)' : ' (better)')))));
    view.append(el('div', { class: 'toolbar' }, csvButton('funnel-' + benchmarkId + '-' + by + '.csv', ['unit', 'n', 'x', 'rate', 'outside95', 'outside998'],
      () => plot.units.map(u => [u.unit, u.n, u.x, u.rate, u.outside95, u.outside998]))),
      el('table', {}, el('thead', {}, el('tr', {}, ['Unit', 'n', 'x', 'Rate', '95 %', '99.8 %'].map(h => el('th', { text: h })))),
        el('tbody', {}, plot.units.map(u => el('tr', {}, el('td', { text: u.unit }), el('td', { class: 'number' }, definitionLink(benchmarkId, fmt.count(u.n))),
          el('td', { class: 'number' }, definitionLink(benchmarkId, fmt.count(u.x))), el('td', { class: 'number' }, definitionLink(benchmarkId, fmt.rate(u.rate))),
          el('td', { text: u.outside95 || '' }), el('td', { text: u.outside998 || '' }))))));
  },

  async cusum(view, params) {
    const units = await api('/api/outcomes/units');
    const benchmarkId = params.get('benchmark') || 'BM-CEMENT-PAIN';
    const operatorId = params.get('operator') || units.operators[0];
    view.append(el('h2', { text: 'CUSUM per operator' }), el('div', { class: 'controls' },
      el('label', {}, 'Benchmark', select('benchmark', proportionBenchmarks(), benchmarkId, e => go('cusum', { benchmark: e.target.value, operator: operatorId }))),
      el('label', {}, 'Operator', select('operator', units.operators, operatorId, e => go('cusum', { benchmark: benchmarkId, operator: e.target.value })))));
    if (!operatorId) { view.append(el('p', { class: 'notice' }, 'No procedures yet.')); return; }
    const cusum = await api('/api/outcomes/cusum?' + filterQuery({ benchmarkId, operatorId }));
    view.append(el('p', {}, 'Failure: ' + cusum.failure + '. Acceptable rate p0 = ' + fmt.rate(cusum.p0) + ', unacceptable p1 = ' +
      fmt.rate(cusum.p1) + ', signal at h = ' + cusum.threshold + '.'));
    const container = el('div', { class: 'chart', id: 'cusum-chart' });
    view.append(container);
    chart(container, {
      title: { text: operatorId + ' · ' + benchmarkId, textStyle: { fontSize: 13 } },
      grid: { left: 60, right: 30, top: 40, bottom: 40 },
      xAxis: { type: 'value', name: 'procedure', min: 0 },
      yAxis: { type: 'value', name: 'CUSUM', min: 0 },
      series: [
        { name: 'CUSUM', type: 'line', showSymbol: false, data: cusum.points.map(p => [p.index + 1, p.value]),
          markLine: { symbol: 'none', data: [{ yAxis: cusum.threshold, name: 'h' }], lineStyle: { color: '#b3261e' } } },
        { name: 'signal', type: 'scatter', symbolSize: 10, itemStyle: { color: '#b3261e' }, data: cusum.signals.map(p => [p.index + 1, p.value]) },
      ],
    });
    view.append(el('h3', { text: 'Signals' }), cusum.signals.length === 0 ? el('p', { id: 'no-signals' }, 'No signal.')
      : el('table', { id: 'signals' }, el('thead', {}, el('tr', {}, ['Procedure no.', 'Date', 'Case', 'Procedure', 'CUSUM'].map(h => el('th', { text: h })))),
        el('tbody', {}, cusum.signals.map(s => el('tr', {}, el('td', { class: 'number', text: s.index + 1 }), el('td', { text: s.performedOn || '' }),
          el('td', {}, s.caseId ? el('a', { href: '#/cases/' + s.caseId }, s.caseId.slice(0, 8)) : el('span', { class: 'muted' }, s.centreId + ' (not yours)')),
          el('td', { text: s.procedureId ? s.procedureId.slice(0, 8) : '' }),
          el('td', { class: 'number', text: s.value.toFixed(2) }))))),
      el('div', { class: 'toolbar' }, csvButton('cusum-' + operatorId + '.csv', ['index', 'performedOn', 'caseId', 'procedureId', 'failure', 'value', 'signal'],
        () => cusum.points.map(p => [p.index + 1, p.performedOn, p.caseId, p.procedureId, p.failure, p.value, p.signal]))));
  },

  async survival(view, params) {
    const endpoint = params.get('endpoint') || 'LOCAL_RECURRENCE';
    const technique = params.get('technique') || '';
    const diagnosis = params.get('diagnosis') || '';
    const change = (key) => e => go('survival', Object.assign({ endpoint, technique, diagnosis }, { [key]: e.target.value }));
    view.append(el('h2', { text: 'Time to event (Kaplan–Meier, weeks)' }), el('div', { class: 'controls' },
      el('label', {}, 'Endpoint', select('endpoint', [['LOCAL_RECURRENCE', 'local recurrence (curative)'], ['PAIN_PALLIATION', 'end of pain palliation (responders)'],
        ['DEATH', 'death']], endpoint, change('endpoint'))),
      el('label', {}, 'Technique', select('technique', [['', 'all'], ...TECHNIQUES], technique, change('technique'))),
      el('label', {}, 'Diagnosis', select('diagnosis', [['', 'all'], ...DIAGNOSES], diagnosis, change('diagnosis')))));
    const curve = await api('/api/outcomes/survival?' + filterQuery({ endpoint, technique: technique || (new FormData(document.getElementById('filter-form')).get('technique')), diagnosis }));
    view.append(el('p', { id: 'survival-summary' }, curve.n + ' followed, ' + curve.events + ' events' +
      (curve.competingEvents ? ', ' + curve.competingEvents + ' deaths competing' : '') + '. Median ' + fmt.weeks(curve.median) +
      (curve.median95 ? ' (95 % CI ' + fmt.weeks(curve.median95.low) + ' – ' + fmt.weeks(curve.median95.high) + ')' : '') + '.'));
    const container = el('div', { class: 'chart', id: 'survival-chart' });
    view.append(container);
    const steps = [{ time: 0, survival: 1, lower: 1, upper: 1 }, ...curve.steps];
    chart(container, {
      grid: { left: 60, right: 30, top: 30, bottom: 40 },
      legend: { bottom: 0 },
      xAxis: { type: 'value', name: 'weeks', min: 0 },
      yAxis: { type: 'value', name: 'survival', min: 0, max: 1 },
      series: [
        { name: '95 % limits (log-log)', type: 'line', step: 'end', showSymbol: false, lineStyle: { type: 'dashed', color: '#6d8fb3' },
          itemStyle: { color: '#6d8fb3' }, data: steps.map(s => [s.time, s.lower]) },
        { name: '95 % limits (log-log)', type: 'line', step: 'end', showSymbol: false, lineStyle: { type: 'dashed', color: '#6d8fb3' },
          itemStyle: { color: '#6d8fb3' }, data: steps.map(s => [s.time, s.upper]) },
        { name: 'Kaplan–Meier', type: 'line', step: 'end', showSymbol: false, lineStyle: { color: '#14324f' }, itemStyle: { color: '#14324f' }, data: steps.map(s => [s.time, s.survival]) },
      ],
    });
    view.append(el('h3', { text: 'Number at risk' }), el('table', { id: 'at-risk' },
      el('thead', {}, el('tr', {}, el('th', { text: 'weeks' }), curve.atRisk.map(a => el('th', { class: 'number', text: a.time })))),
      el('tbody', {}, el('tr', {}, el('td', { text: 'at risk' }), curve.atRisk.map(a => el('td', { class: 'number', text: a.atRisk }))))),
      el('div', { class: 'toolbar' }, csvButton('survival-' + endpoint + '.csv', ['weeks', 'atRisk', 'events', 'censored', 'survival', 'lower', 'upper'],
        () => curve.steps.map(s => [s.time, s.atRisk, s.events, s.censored, s.survival, s.lower, s.upper]))));
    if (curve.competingRisk) {
      view.append(el('h3', { text: 'With death competing: cumulative incidence (Aalen–Johansen) beside 1 − KM' }),
        el('table', {}, el('thead', {}, el('tr', {}, ['weeks', 'cumulative incidence', '1 − KM'].map(h => el('th', { text: h })))),
          el('tbody', {}, curve.competingRisk.filter((p, i, all) => i === all.length - 1 || p.cumulativeIncidence !== all[i + 1].cumulativeIncidence)
            .map(p => el('tr', {}, el('td', { class: 'number', text: p.time.toFixed(1) }), el('td', { class: 'number', text: fmt.rate(p.cumulativeIncidence) }),
              el('td', { class: 'number', text: fmt.rate(p.oneMinusKaplanMeier) }))))));
    }
  },

  async conformance(view) {
    const form = new FormData(document.getElementById('filter-form'));
    const params = new URLSearchParams();
    for (const key of ['centreId', 'from', 'to']) if (form.get(key)) params.set(key, form.get(key));
    const report = await api('/api/quality/conformance?' + params);
    view.append(el('h2', { text: 'Conformance to the guideline’s rules' }),
      el('div', { class: 'toolbar' }, csvButton('conformance.csv',
        ['ruleId', 'strength', 'sentence', 'appliedCases', 'deviatingCases', 'deviationRate', 'wilsonLow', 'wilsonHigh', 'advisedCases'],
        () => report.rows.map(r => [r.ruleId, r.strength, r.sentence, r.appliedCases, r.deviatingCases, r.deviationRate,
          r.wilson95 && r.wilson95.low, r.wilson95 && r.wilson95.high, r.advisedCases])),
      csvButton('deviations.csv', ['ruleId', 'caseId', 'centreId', 'entryKind', 'entryId', 'entryDate', 'detail', 'justification'],
        () => report.rows.flatMap(r => r.deviations.map(d => [r.ruleId, d.caseId, d.centreId, d.entryKind, d.entryId, d.entryDate, d.detail, d.justification])))));
    const body = el('tbody');
    for (const rule of report.rows) {
      const drill = el('tr', { class: 'deviations', hidden: true, 'data-rule-id': rule.ruleId },
        el('td', { colspan: 7 }, rule.unlistedDeviations ? el('p', { class: 'muted' }, rule.unlistedDeviations
          + ' deviation(s) in cases of centres outside your scope are counted but not listed.') : null,
        rule.deviations.length === 0 ? 'No deviation listed.' : el('table', {},
          el('thead', {}, el('tr', {}, ['Case', 'Centre', 'Entry', 'Date', 'Why it deviates', 'Justification given'].map(h => el('th', { text: h })))),
          el('tbody', {}, rule.deviations.map(d => el('tr', {}, el('td', {}, el('a', { href: '#/cases/' + d.caseId }, d.caseId.slice(0, 8))),
            el('td', { text: d.centreId }), el('td', { text: d.entryKind }), el('td', { text: d.entryDate || '' }), el('td', { text: d.detail }),
            el('td', { text: d.justification || '—' })))))));
      body.append(el('tr', { 'data-rule-id': rule.ruleId },
        el('td', {}, rule.ruleId, rule.encoded ? null : el('span', { class: 'muted' }, ' (not checked)'),
          rule.strength === 'ADVISORY' ? el('span', { class: 'muted' }, ' (advisory)') : null),
        el('td', { text: rule.sentence }),
        el('td', { class: 'number', 'data-field': 'applied' }, definitionLink('conformance', fmt.count(rule.appliedCases))),
        el('td', { class: 'number', 'data-field': 'deviating' }, definitionLink('conformance', fmt.count(rule.deviatingCases))),
        el('td', { class: 'number' }, definitionLink('conformance', fmt.rate(rule.deviationRate)), el('br'), el('small', {}, fmt.interval(rule.wilson95))),
        el('td', { class: 'number', 'data-field': 'advised' }, fmt.count(rule.advisedCases)),
        el('td', {}, rule.deviations.length + rule.unlistedDeviations ? el('button', { type: 'button', class: 'drill',
          onclick: () => { drill.hidden = !drill.hidden; } }, 'Cases (' + rule.deviations.length + ')') : '')), drill);
    }
    view.append(el('table', { id: 'conformance-table' }, el('thead', {}, el('tr', {},
      ['Rule', 'What the guideline says', 'Cases applied', 'Cases deviating', 'Deviation rate (95 % CI)', 'Cases otherwise than advised', '']
        .map(h => el('th', { text: h })))), body));
  },

  async cases(view, params) {
    const page = Number(params.get('page') || 0);
    const stage = params.get('stage') || '';
    const centre = new FormData(document.getElementById('filter-form')).get('centreId');
    const query = new URLSearchParams({ page, size: 50 });
    if (centre) query.set('centreId', centre);
    if (stage) query.set('stage', stage);
    const result = await api('/api/cases?' + query);
    view.append(el('h2', { text: 'Cases' }), el('div', { class: 'controls' },
      el('label', {}, 'Stage', select('stage', [['', 'all'], ...STAGES], stage, e => go('cases', { stage: e.target.value }))),
      el('span', {}, result.totalElements + ' cases'),
      page > 0 ? el('a', { class: 'button', href: '#/cases?page=' + (page - 1) + '&stage=' + stage }, 'Previous') : null,
      (page + 1) * 50 < result.totalElements ? el('a', { class: 'button', href: '#/cases?page=' + (page + 1) + '&stage=' + stage }, 'Next') : null),
      el('table', { id: 'case-list' }, el('thead', {}, el('tr', {}, ['Case', 'Centre', 'Stage', 'Referral', 'Diagnosis', 'Techniques', 'Latest VAS', 'Deviations'].map(h => el('th', { text: h })))),
        el('tbody', {}, result.content.map(c => el('tr', {}, el('td', {}, el('a', { href: '#/cases/' + c.caseId }, c.caseId.slice(0, 8))),
          el('td', { text: c.centreId }), el('td', { text: c.stage }), el('td', { text: c.referralDate }), el('td', { text: c.diagnosis || '' }),
          el('td', { text: c.techniques.join(', ') }), el('td', { class: 'number', text: c.latestPain ? c.latestPain.vas : '' }),
          el('td', { text: c.deviations.join(', ') }))))));
  },

  async definitions(view, params) {
    const terms = [
      ['index', 'Index procedure', 'The earliest procedure of a case by date; on the same date, the first recorded. Pain, success and recurrence benchmarks count index procedures; complication and leak benchmarks count every procedure.'],
      ['assessment', 'Assessment follow-up', 'The follow-up of a procedure closest to the pain window target day within the window (inclusive); on a tie, the earlier.'],
      ['responder', 'Pain responder', 'VAS more than the threshold lower than baseline (baseline VAS at least 1), or opioid dose (MME/day) more than the threshold lower (baseline above 0). Exactly 50 % is not a response.'],
      ['not-evaluable', 'Not evaluable', 'Members of a benchmark’s population left out of its denominator for missing data (no baseline, no assessment follow-up, no qualifying follow-up).'],
      ['n', 'n and x', 'n: the denominator, the units counted (procedures, or cementoplasty steps for the leak benchmark). x: those in the numerator.'],
      ['wilson', 'Intervals', 'Wilson score 95 % interval (shown), and Clopper–Pearson exact 95 % interval (in the API and CSV).'],
      ['verdict', 'Verdict', 'From the Wilson interval against the documented range [low, high]: higher is better — worse if the interval lies wholly below low, better if wholly above high; lower is better — the reverse. Fewer than the minimum denominator: too few to judge.'],
      ['p', 'p-value', 'One-sided exact binomial p-value against the worse edge of the documented range: small means significantly worse than documented.'],
      ['funnel', 'Funnel limits', 'Exact binomial limits at 95 % (alert) and 99.8 % (alarm) around the midpoint of the documented range, up to the largest unit (Spiegelhalter 2005).'],
      ['cusum', 'CUSUM', 'Bernoulli CUSUM of an operator’s procedures in date order: acceptable failure rate p0, unacceptable p1, log-likelihood-ratio weights, signal at threshold h, restarting after a signal.'],
      ['conformance', 'Conformance', 'Per guideline rule: cases to which it applied, cases deviating at least once (current evaluation of each entry), the rate with its Wilson interval, and each deviation with the justification given.'],
    ];
    if (!catalogue.length) catalogue = await api('/api/outcomes/catalogue');
    view.append(el('h2', { text: 'Definitions' }),
      ...terms.map(([id, title, text]) => el('div', { class: 'definition', id: 'def-' + id }, el('strong', { text: title }), el('p', { text }))),
      el('h3', { text: 'Benchmarks' }),
      ...catalogue.map(b => el('div', { class: 'definition', id: 'def-' + b.benchmarkId },
        el('strong', { text: b.benchmarkId + ' · ' + b.technique + ' · ' + b.measure }),
        el('p', {}, 'Counted: ' + b.population + '. Documented: ' + (b.timeToEvent ? b.low + '–' + b.high + ' weeks' :
          (b.low === b.high ? fmt.rate(b.low) : fmt.rate(b.low) + '–' + fmt.rate(b.high))) + ' (' +
          (b.direction === 'HIGHER_IS_BETTER' ? 'higher is better' : 'lower is better') + ')' + (b.source ? ', source ' + b.source : '') + '.'))));
    const target = params.get('id');
    if (target) {
      const node = document.getElementById('def-' + target);
      if (node) { node.scrollIntoView(); node.classList.add('focused'); node.style.outline = '3px solid #e8c56a'; }
    }
  },
};

function intervalBar(row) {
  const width = 160;
  const height = 18;
  const duration = row.benchmarkId === 'BM-ETHANOL-DURATION';
  const top = duration ? Math.max(52, row.benchmark.high * 1.5, (row.median95 && row.median95.high) || 0) : 1;
  const x = v => Math.max(0, Math.min(width, (v / top) * width));
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('width', width);
  svg.setAttribute('height', height);
  svg.setAttribute('class', 'interval');
  const add = (tag, attrs) => {
    const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
    svg.append(node);
  };
  add('rect', { x: 0, y: 8, width, height: 2, fill: '#eef1f4' });
  add('rect', { x: x(row.benchmark.low), y: 2, width: Math.max(2, x(row.benchmark.high) - x(row.benchmark.low)), height: 14, fill: '#dfe9f5' });
  const interval = duration ? row.median95 : row.wilson95;
  const point = duration ? row.medianWeeks : row.rate;
  if (interval) {
    const low = interval.low === null ? 0 : interval.low;
    const high = interval.high === null ? top : interval.high;
    add('line', { x1: x(low), x2: x(high), y1: 9, y2: 9, stroke: '#14324f', 'stroke-width': 2 });
  }
  if (point !== null && point !== undefined) add('circle', { cx: x(point), cy: 9, r: 3.5, fill: '#14324f' });
  const title = document.createElementNS('http://www.w3.org/2000/svg', 'title');
  title.textContent = (duration ? 'median ' + fmt.weeks(point) + ', 95 % CI ' + (interval ? fmt.weeks(interval.low) + '–' + fmt.weeks(interval.high) : '—')
    : 'rate ' + fmt.rate(point) + ', Wilson 95 % ' + fmt.interval(interval)) + '; documented ' + row.benchmark.low + '–' + row.benchmark.high;
  svg.append(title);
  return svg;
}

function proportionBenchmarks() {
  return catalogue.filter(b => !b.timeToEvent).map(b => [b.benchmarkId, b.benchmarkId + ' · ' + b.measure]);
}

/* ---------- routing ---------- */

function go(viewName, params) {
  const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== '' && v !== undefined && v !== null));
  location.hash = '#/' + viewName + (query.toString() ? '?' + query : '');
}

async function render() {
  await workspace.load();
  const [path, query] = (location.hash.replace(/^#\/?/, '') || workspace.home()).split('?');
  const params = new URLSearchParams(query || '');
  if (path === 'case' && params.get('id')) { location.replace('#/cases/' + params.get('id')); return; }
  const page = workspace.route(path);
  const name = page ? path.split('/')[0] : views[path] ? path : 'benchmarks';
  document.getElementById('filters').hidden = Boolean(page);
  for (const link of document.querySelectorAll('nav a')) link.classList.toggle('active', link.dataset.view === (page && path.startsWith('cases/new') ? 'new' : name));
  disposeCharts();
  const view = document.getElementById('view');
  view.dataset.loaded = '';
  const content = el('div', { id: 'view-' + name }, el('p', { class: 'loading' }, 'Loading…'));
  view.replaceChildren(content);
  try {
    if (!catalogue.length) catalogue = await api('/api/outcomes/catalogue');
    await (page ? page.page(content, params) : views[name](content, params));
    content.querySelector('.loading')?.remove();
    charts.forEach(c => c.resize());
    view.dataset.loaded = name;
  } catch (error) {
    view.replaceChildren(el('div', { class: 'error' }, 'Could not load this view: ' + error.message));
    view.dataset.loaded = 'error';
  }
}

async function setUpFilters() {
  const technique = document.getElementById('filter-technique');
  TECHNIQUES.forEach(t => technique.append(el('option', { value: t }, t)));
  try {
    const units = await api('/api/outcomes/units');
    units.centres.forEach(c => document.getElementById('filter-centre').append(el('option', { value: c }, c)));
    units.operators.forEach(o => document.getElementById('filter-operator').append(el('option', { value: o }, o)));
  } catch (error) {
    document.getElementById('filters').append(el('p', { class: 'error' }, 'Centres and operators could not be loaded: ' + error.message));
  }
  document.getElementById('filter-form').addEventListener('submit', event => { event.preventDefault(); render(); });
  window.addEventListener('resize', () => charts.forEach(c => c.resize()));
}

window.addEventListener('hashchange', render);
document.addEventListener('DOMContentLoaded', async () => {
  workspace.setUpLanguage(render);
  await setUpFilters();
  render();
});
