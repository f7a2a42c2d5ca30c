// The research workbench page: plain JS over /api/v1. Every text from the index goes into the page
// through textContent (never innerHTML), so a title holding <script> shows as text.
'use strict';

const PAGE = 20;
const FILTER_KEYS = ['issuer', 'year', 'unit', 'lead', 'kind', 'measure'];
const FACET_PARAM = { issuer: 'issuer', year: 'year', unit: 'unit', leadUnit: 'lead', kind: 'kind', measure: 'measure' };
const FACET_LABEL = { issuer: '发文机关', year: '年份', unit: '责任单位', leadUnit: '牵头单位', kind: '目标类型', measure: '计量单位' };
const FILTER_LABEL = { issuer: '发文机关', year: '年份', unit: '责任单位', lead: '牵头单位', kind: '类型', measure: '单位' };
const KIND_LABEL = { level: '总量', increase: '新增', growth: '增速', share: '占比', annual: '年度' };
const TYPE_LABEL = { document: '文件', task: '任务', target: '目标' };

const $ = (id) => document.getElementById(id);

/** An element with attributes and children; strings become text nodes. */
function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k === 'onclick') e.addEventListener('click', v);
    else if (k === 'dataset') Object.assign(e.dataset, v);
    else e.setAttribute(k, v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    e.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); return node; }

/** Text with [start, end) spans wrapped in <em>. */
function marked(text, matches) {
  const f = document.createDocumentFragment();
  let at = 0;
  for (const m of matches || []) {
    if (m.start > at) f.appendChild(document.createTextNode(text.slice(at, m.start)));
    f.appendChild(el('em', {}, text.slice(m.start, m.end)));
    at = m.end;
  }
  if (at < text.length) f.appendChild(document.createTextNode(text.slice(at)));
  return f;
}

function fmtNumber(v) {
  if (v === null || v === undefined) return '';
  return Number(v).toLocaleString('zh-CN', { maximumFractionDigits: 6 });
}

/** The value as printed: the extraction's printed {value, unit} when the index has it, else nothing. */
function printedOf(hit) {
  const item = hit.item || {};
  const p = item.printed;
  if (p && p.value !== undefined && p.value !== null) return `${p.value}${p.unit ?? ''}`;
  return '';
}

// --- state in the URL -----------------------------------------------------------------------------

function state() {
  const p = new URLSearchParams(location.search);
  const s = { view: p.get('view') || (p.get('doc') ? 'doc' : 'search'), q: p.get('q') || '', type: p.get('type') || 'target',
    offset: parseInt(p.get('offset') || '0', 10) || 0, sort: p.get('sort') || '', doc: p.get('doc') || '', target: p.get('target') || '' };
  for (const k of FILTER_KEYS) s[k] = p.get(k) || '';
  return s;
}

function urlOf(s) {
  const p = new URLSearchParams();
  if (s.view && s.view !== 'search') p.set('view', s.view);
  if (s.q) p.set('q', s.q);
  if (s.view === 'search' && s.type) p.set('type', s.type);
  for (const k of FILTER_KEYS) if (s[k]) p.set(k, s[k]);
  if (s.sort) p.set('sort', s.sort);
  if (s.offset) p.set('offset', String(s.offset));
  if (s.doc) p.set('doc', s.doc);
  if (s.target) p.set('target', s.target);
  const qs = p.toString();
  return qs ? '/?' + qs : '/';
}

function go(changes) {
  const s = Object.assign(state(), changes);
  history.pushState(null, '', urlOf(s));
  render();
}

/** API parameters of the search state (filters as parameters, the query as typed). */
function apiParams(s, extra) {
  const p = new URLSearchParams();
  if (s.q) p.set('q', s.q);
  for (const k of FILTER_KEYS) if (s[k]) p.set(k, s[k]);
  for (const [k, v] of Object.entries(extra || {})) if (v !== '' && v !== null && v !== undefined) p.set(k, String(v));
  return p;
}

async function api(path) {
  const r = await fetch(path, { headers: { Accept: 'application/json' } });
  const body = await r.json().catch(() => ({ error: 'bad-response', message: 'HTTP ' + r.status }));
  if (!r.ok) throw new Error(body.message || ('HTTP ' + r.status));
  return body;
}

function status(text, error) {
  const s = $('status');
  s.textContent = text || '';
  s.className = error ? 'error' : '';
}

// --- rendering ------------------------------------------------------------------------------------

async function render() {
  const s = state();
  $('q').value = s.q;
  for (const t of document.querySelectorAll('#tabs .tab')) {
    const on = (t.dataset.type && s.view === 'search' && t.dataset.type === s.type) || (t.dataset.view && t.dataset.view === s.view);
    t.classList.toggle('active', !!on);
  }
  $('results').hidden = s.view !== 'search';
  $('compare').hidden = s.view !== 'compare';
  $('document').hidden = s.view !== 'doc';
  $('facets').hidden = s.view === 'doc';
  $('exports').hidden = s.view === 'doc';
  clear($('paging'));
  renderFilters(s);
  const exportParams = apiParams(s, { type: s.view === 'compare' ? 'target' : s.type, sort: s.sort });
  $('export-csv').href = '/api/v1/search.csv?' + exportParams;
  $('export-xlsx').href = '/api/v1/search.xlsx?' + exportParams;
  status('检索中…');
  try {
    if (s.view === 'doc') await renderDocument(s);
    else if (s.view === 'compare') await renderCompare(s);
    else await renderSearch(s);
  } catch (e) {
    status('出错：' + e.message, true);
  }
}

function renderFilters(s) {
  const box = clear($('filters'));
  if (s.view === 'doc') return;
  for (const k of FILTER_KEYS) {
    if (!s[k]) continue;
    box.appendChild(el('span', { class: 'chip', dataset: { filter: k } }, `${FILTER_LABEL[k]}：${k === 'kind' ? (KIND_LABEL[s[k]] || s[k]) : s[k]}`,
      el('a', { href: '#', title: '去掉', onclick: (ev) => { ev.preventDefault(); go({ [k]: '', offset: 0 }); } }, '×')));
  }
}

function renderFacets(facets) {
  const box = clear($('facets'));
  if (!facets) return;
  for (const [dim, values] of Object.entries(facets)) {
    if (!values.length) continue;
    box.appendChild(el('h3', {}, FACET_LABEL[dim] || dim));
    const ul = el('ul', { dataset: { facet: dim } });
    for (const v of values) {
      const label = dim === 'kind' ? `${KIND_LABEL[v.value] || v.value}（${v.value}）` : v.value;
      ul.appendChild(el('li', {}, el('a', { href: '#', dataset: { value: v.value },
        onclick: (ev) => { ev.preventDefault(); go({ [FACET_PARAM[dim]]: v.value, offset: 0 }); } },
      el('span', {}, label), el('span', { class: 'count' }, String(v.count)))));
    }
    box.appendChild(ul);
  }
}

function docLink(hit, extra) {
  return el('a', { href: urlOf({ view: 'doc', doc: hit.docId, target: extra || '' }), class: 'doc-link',
    onclick: (ev) => { ev.preventDefault(); go({ view: 'doc', doc: hit.docId, target: extra || '', offset: 0 }); } }, hit.policyTitle || hit.file);
}

async function renderSearch(s) {
  const params = apiParams(s, { type: s.type, sort: s.sort, offset: s.offset, limit: PAGE, facets: true });
  const r = await api('/api/v1/search?' + params);
  renderFacets(r.facets);
  const box = clear($('results'));
  const from = r.total === 0 ? 0 : r.offset + 1;
  const to = r.offset + r.hits.length;
  status(r.total === 0 ? '没有结果' : `${TYPE_LABEL[s.type] || ''} 第 ${from}–${to} 条，共 ${r.totalRelation === 'gte' ? '至少 ' : ''}${r.total} 条`);
  if (s.type === 'target') box.appendChild(targetTable(r.hits, s));
  else for (const h of r.hits) box.appendChild(s.type === 'task' ? taskHit(h) : documentHit(h));
  paging(r.offset, r.hits.length, r.total);
}

function documentHit(h) {
  const title = h.highlight && h.highlight.field === 'title' ? marked(h.highlight.text, h.highlight.matches) : (h.policyTitle || h.file);
  return el('div', { class: 'hit document-hit' },
    el('div', { class: 'title' }, el('a', { href: urlOf({ view: 'doc', doc: h.docId }), class: 'doc-link',
      onclick: (ev) => { ev.preventDefault(); go({ view: 'doc', doc: h.docId, offset: 0 }); } }, title)),
    el('div', { class: 'meta' }, [h.docNumber, (h.issuers || []).join('、'), h.signedDate].filter(Boolean).join(' · ')));
}

function unitsNode(units) {
  const f = el('span', { class: 'units' });
  (units || []).forEach((u, i) => {
    if (i) f.appendChild(document.createTextNode('、'));
    if (u.startsWith('*')) f.appendChild(el('span', { class: 'lead', title: '牵头单位' }, '★' + u.slice(1)));
    else f.appendChild(document.createTextNode(u));
  });
  return f;
}

function taskHit(h) {
  const title = h.highlight && h.highlight.field === 'title' ? marked(h.highlight.text, h.highlight.matches) : h.title;
  return el('div', { class: 'hit task-hit' },
    el('div', { class: 'title' }, el('span', {}, (h.number || '') + ' '), title),
    el('div', { class: 'meta' }, '责任单位：', unitsNode(h.units)),
    el('div', { class: 'meta' }, h.section ? h.section + ' · ' : '', docLink(h)));
}

const TARGET_COLUMNS = [
  { key: 'indicator', label: '指标' },
  { key: 'printed', label: '原文数值', get: printedOf },
  { key: 'value', label: '标准化数值', num: true },
  { key: 'unit', label: '单位' },
  { key: 'comparator', label: '比较' },
  { key: 'year', label: '年份', num: true },
  { key: 'kind', label: '类型', get: (h) => KIND_LABEL[h.kind] || h.kind || '' },
  { key: 'scope', label: '范围' },
  { key: 'policyTitle', label: '文件' },
];

function targetTable(hits, s) {
  let rows = hits.slice();
  const table = el('table', { class: 'grid', id: 'target-table' });
  const head = el('tr');
  const body = el('tbody');
  let sortKey = null; let asc = true;
  const fill = () => {
    clear(body);
    for (const h of rows) {
      const tr = el('tr', { class: 'target-row' });
      for (const c of TARGET_COLUMNS) {
        if (c.key === 'policyTitle') { tr.appendChild(el('td', {}, docLink(h, String(h.ordinal)))); continue; }
        const v = c.get ? c.get(h) : h[c.key];
        tr.appendChild(el('td', { class: c.num ? 'num' : null, dataset: { col: c.key } }, c.key === 'value' ? fmtNumber(v) : (v ?? '')));
      }
      body.appendChild(tr);
      const ev = h.highlight && h.highlight.field === 'evidence' ? marked(h.highlight.text, h.highlight.matches) : (h.evidence || h.raw || '');
      body.appendChild(el('tr', { class: 'evidence-row' }, el('td', { colspan: String(TARGET_COLUMNS.length), class: 'evidence' }, '依据：', ev)));
    }
  };
  for (const c of TARGET_COLUMNS) {
    head.appendChild(el('th', { class: 'sortable', dataset: { col: c.key }, title: '点击排序', onclick: () => {
      asc = sortKey === c.key ? !asc : true; sortKey = c.key;
      const get = c.get || ((h) => h[c.key]);
      rows.sort((a, b) => {
        const x = get(a); const y = get(b);
        if (x === y) return 0;
        if (x === null || x === undefined || x === '') return 1;
        if (y === null || y === undefined || y === '') return -1;
        const cmp = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'zh-CN');
        return asc ? cmp : -cmp;
      });
      fill();
    } }, c.label));
  }
  table.appendChild(el('thead', {}, head));
  table.appendChild(body);
  fill();
  return table;
}

function paging(offset, shown, total) {
  const box = clear($('paging'));
  if (offset > 0) box.appendChild(el('button', { id: 'prev', onclick: () => go({ offset: Math.max(0, offset - PAGE) }) }, '上一页'));
  if (offset + shown < total) box.appendChild(el('button', { id: 'next', onclick: () => go({ offset: offset + PAGE }) }, '下一页'));
}

// --- compare --------------------------------------------------------------------------------------

async function renderCompare(s) {
  const r = await api('/api/v1/compare?' + apiParams(s));
  const facets = await api('/api/v1/search?' + apiParams(s, { type: 'target', limit: 1, facets: true }));
  renderFacets(facets.facets);
  const rows = r.rows;
  status(rows.length === 0 ? '没有可对比的目标' : `对比 ${rows.length} 个目标${r.total > rows.length ? `（共 ${r.totalRelation === 'gte' ? '至少 ' : ''}${r.total} 个匹配，取最相关的 ${rows.length} 个）` : ''}`);
  const docs = [];
  const byDoc = new Map();
  for (const h of rows) {
    if (!byDoc.has(h.docId)) { byDoc.set(h.docId, []); docs.push(h); }
    byDoc.get(h.docId).push(h);
  }
  const years = [...new Set(rows.map((h) => h.year).filter((y) => y !== null && y !== undefined))].sort((a, b) => a - b);
  drawChart(docs, byDoc, years);
  drawPivot(docs, byDoc, years);
}

function drawChart(docs, byDoc, years) {
  const node = $('chart');
  if (typeof echarts === 'undefined') { node.textContent = '图表库未加载'; return; }
  let chart = echarts.getInstanceByDom(node);
  if (!chart) chart = echarts.init(node, null, { renderer: 'canvas' });
  const series = docs.map((d) => ({
    name: d.policyTitle || d.file,
    type: 'line',
    connectNulls: true,
    data: years.map((y) => {
      const h = byDoc.get(d.docId).find((t) => t.year === y);
      return h ? h.value : null;
    }),
  }));
  chart.setOption({
    tooltip: { trigger: 'axis' },
    legend: { type: 'scroll', top: 0 },
    grid: { top: 50, left: 20, right: 20, bottom: 30, containLabel: true },
    xAxis: { type: 'category', data: years.map(String) },
    yAxis: { type: 'value' },
    series,
  }, true);
  chart.resize();
}

function drawPivot(docs, byDoc, years) {
  const box = clear($('pivot'));
  const table = el('table', { class: 'grid', id: 'pivot-table' });
  const head = el('tr', {}, el('th', {}, '文件 / 发文机关'), el('th', {}, '指标'), years.map((y) => el('th', {}, String(y))), el('th', {}, '未注明年份'));
  table.appendChild(el('thead', {}, head));
  const body = el('tbody');
  for (const d of docs) {
    const targets = byDoc.get(d.docId);
    const indicators = [...new Set(targets.map((t) => t.indicator))];
    for (const ind of indicators) {
      const tr = el('tr', { dataset: { doc: d.docId } }, el('td', {}, docLink(d), el('div', { class: 'meta' }, (d.issuers || []).join('、'))), el('td', {}, ind));
      for (const y of [...years, null]) {
        const cell = targets.filter((t) => t.indicator === ind && (t.year ?? null) === y);
        tr.appendChild(el('td', { class: 'num' }, cell.map((t) => {
          const printed = printedOf(t);
          const normalized = `${fmtNumber(t.value)} ${t.unit || ''}`;
          return el('div', { class: 'cell-target' },
            `${t.comparator && t.comparator !== '=' ? t.comparator + ' ' : ''}${printed || normalized}`,
            printed ? el('span', { class: 'meta' }, ` = ${normalized}`) : null,
            el('span', { class: 'meta' }, `（${KIND_LABEL[t.kind] || t.kind}）`));
        })));
      }
      body.appendChild(tr);
    }
  }
  table.appendChild(body);
  box.appendChild(table);
}

// --- document view --------------------------------------------------------------------------------

async function renderDocument(s) {
  const box = clear($('document'));
  const doc = await api('/api/v1/documents/' + encodeURIComponent(s.doc));
  let text = null;
  const r = await fetch('/api/v1/documents/' + encodeURIComponent(s.doc) + '/text');
  if (r.ok) text = await r.text();
  const m = doc.metadata || {};
  status('');
  box.appendChild(el('h2', { id: 'doc-title' }, m.title || m.enclosedTitle || doc.source.file));
  const dl = el('dl');
  const row = (k, v) => { if (v !== null && v !== undefined && v !== '' && !(Array.isArray(v) && !v.length)) dl.append(el('dt', {}, k), el('dd', {}, Array.isArray(v) ? v.join('、') : String(v))); };
  row('发文机关', m.issuers); row('发文字号', m.docNumber); row('成文日期', m.signedDate); row('主送机关', m.recipients);
  row('附件', m.attachments); row('印发', [m.printedBy, m.printedDate].filter(Boolean).join(' ')); row('来源文件', doc.source.file);
  row('格式', doc.source.mediaType); row('任务 / 目标', `${doc.tasks.length} / ${doc.targets.length}`);
  box.appendChild(el('div', { class: 'card', id: 'doc-card' }, dl));
  const left = el('div');
  const right = el('div');
  box.appendChild(el('div', { class: 'doc-cols' }, left, right));
  // outline
  left.appendChild(el('h3', {}, '标题层级'));
  left.appendChild(el('div', { class: 'outline', id: 'outline' }, doc.headings.map((h) => el('div', { class: 'l' + h.level },
    el('a', { href: '#', onclick: (ev) => { ev.preventDefault(); scrollToSpan(h.span); } }, `${h.number} ${h.title}`)))));
  // targets
  left.appendChild(el('h3', {}, `目标（${doc.targets.length}）`));
  const tt = el('table', { class: 'grid', id: 'doc-targets' }, el('thead', {}, el('tr', {}, ['指标', '原文', '标准化数值', '单位', '年份', '类型'].map((x) => el('th', {}, x)))));
  const tb = el('tbody');
  doc.targets.forEach((t, i) => {
    tb.appendChild(el('tr', { class: 'target-row', dataset: { target: String(i) }, onclick: () => activate(i) },
      el('td', {}, t.indicator), el('td', {}, t.printed ? `${t.printed.value ?? ''}${t.printed.unit ?? ''}` : t.raw), el('td', { class: 'num' }, fmtNumber(t.value)),
      el('td', {}, t.unit || ''), el('td', {}, t.year ?? ''), el('td', {}, KIND_LABEL[t.kind] || t.kind)));
  });
  tt.appendChild(tb);
  left.appendChild(tt);
  // tasks
  left.appendChild(el('h3', {}, `任务（${doc.tasks.length}）`));
  left.appendChild(el('div', { id: 'doc-tasks' }, doc.tasks.map((t) => el('div', { class: 'hit' },
    el('div', { class: 'title' }, `${t.number} ${t.title}`),
    el('div', { class: 'meta' }, '责任单位：', unitsNode((t.units || []).map((u) => (u.lead ? '*' : '') + u.name)))))));
  // tables
  if (doc.tables.length) {
    left.appendChild(el('h3', {}, `表格（${doc.tables.length}）`));
    for (const t of doc.tables) {
      left.appendChild(el('div', { class: 'meta' }, t.caption || t.attachment || ''));
      left.appendChild(el('table', { class: 'grid doc-table' }, el('thead', {}, el('tr', {}, t.header.map((c) => el('th', {}, c)))),
        el('tbody', {}, t.rows.map((r) => el('tr', {}, r.map((c) => el('td', {}, c)))))));
    }
  }
  // text with the evidence spans
  right.appendChild(el('h3', {}, '正文'));
  const pre = el('pre', { id: 'doc-text' });
  if (text === null) pre.textContent = '（索引中没有此文件的正文）';
  else fillText(pre, text, doc.targets);
  right.appendChild(pre);
  if (s.target !== '') activate(parseInt(s.target, 10));
}

/** The text with every target's span in <mark class="ev" id="ev-N">; overlapping spans keep the first. */
function fillText(pre, text, targets) {
  const spans = targets.map((t, i) => ({ start: t.span[0], end: t.span[1], i })).filter((x) => x.end <= text.length)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  let at = 0;
  for (const sp of spans) {
    if (sp.start < at) continue;
    if (sp.start > at) pre.appendChild(document.createTextNode(text.slice(at, sp.start)));
    pre.appendChild(el('mark', { class: 'ev', id: 'ev-' + sp.i, dataset: { target: String(sp.i) }, title: targets[sp.i].indicator }, text.slice(sp.start, sp.end)));
    at = sp.end;
  }
  pre.appendChild(document.createTextNode(text.slice(at)));
}

function activate(i) {
  for (const m of document.querySelectorAll('mark.ev.active')) m.classList.remove('active');
  for (const r of document.querySelectorAll('#doc-targets tr.active')) r.classList.remove('active');
  const mark = document.getElementById('ev-' + i);
  const row = document.querySelector(`#doc-targets tr[data-target="${i}"]`);
  if (row) row.classList.add('active');
  if (mark) {
    mark.classList.add('active');
    mark.scrollIntoView({ block: 'center' });
  }
}

function scrollToSpan(span) {
  const pre = $('doc-text');
  if (!pre || !span) return;
  // find the text node holding span[0]
  let at = 0;
  for (const n of pre.childNodes) {
    const len = n.textContent.length;
    if (at + len > span[0]) {
      const range = document.createRange();
      const node = n.nodeType === Node.TEXT_NODE ? n : n.firstChild;
      range.setStart(node, Math.min(span[0] - at, node.textContent.length));
      const rect = range.getBoundingClientRect();
      pre.scrollTop += rect.top - pre.getBoundingClientRect().top - 20;
      return;
    }
    at += len;
  }
}

// --- wiring ---------------------------------------------------------------------------------------

document.addEventListener('DOMContentLoaded', () => {
  $('search-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    const s = state();
    go({ q: $('q').value.trim(), offset: 0, doc: '', target: '', view: s.view === 'compare' ? 'compare' : 'search' });
  });
  $('compare-button').addEventListener('click', () => go({ q: $('q').value.trim(), view: 'compare', offset: 0, doc: '', target: '' }));
  for (const t of document.querySelectorAll('#tabs .tab')) {
    t.addEventListener('click', (ev) => {
      ev.preventDefault();
      if (t.dataset.view) go({ view: t.dataset.view, offset: 0, doc: '', target: '' });
      else go({ view: 'search', type: t.dataset.type, offset: 0, doc: '', target: '' });
    });
  }
  window.addEventListener('popstate', render);
  window.addEventListener('resize', () => { const c = typeof echarts !== 'undefined' && echarts.getInstanceByDom($('chart')); if (c) c.resize(); });
  render();
});
