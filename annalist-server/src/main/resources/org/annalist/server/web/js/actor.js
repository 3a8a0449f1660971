// The actor pages: #/actor/CODE (names, roles over time, quotes, events as source and target)
// and #/actors?name=... (which codes a name stands for).
import { get } from './api.js';
import { h, svg, link, href, facts, eventEvidence } from './dom.js';
import { actorLabel, count, quadName, quadOf, title } from './codes.js';

const CODE = /^[A-Z0-9]{3}([A-Z0-9]{3})*$/;
const EVENTS_PAGE = 20;
const QUOTES_PAGE = 10;

/** Whether s is a CAMEO actor code the actor page takes ('USA', 'AFGINSTAL'; not '---GOV'). */
export function isCode(s) {
  return CODE.test(String(s || ''));
}

/** A link to the actor page of code, labelled 'Name (CODE)'; plain text for a bare sector or no code. */
export function actorLink(code, name) {
  const label = actorLabel(code, name);
  return isCode(code) ? h('a', { href: href('actor', code), class: 'actor' }, label) : label;
}


function offsetOf(query, name) {
  return Math.max(0, parseInt(query.get(name) || '0', 10) || 0);
}

/** Previous/next links for a list; keep: the page's query, key: the offset parameter. */
function pager(label, base, keep, key, offset, size, total) {
  const nav = h('nav', { 'aria-label': label, class: 'pages' });
  const to = (o) => href(...base, { ...keep, [key]: o || null });
  if (offset > 0) nav.append(h('a', { href: to(Math.max(0, offset - size)), rel: 'prev' }, '← previous'), ' ');
  if (total > offset + size) nav.append(h('a', { href: to(offset + size), rel: 'next' }, 'next →'));
  nav.append(h('span', { class: 'count' }, total ? ' ' + (offset + 1) + '–' + Math.min(total, offset + size) + ' of ' + total : ''));
  return nav;
}

// ---- roles over time

const YEAR = 365.25 * 86400000;

function ms(day) {
  return Date.parse(day + 'T00:00:00Z');
}

/**
 * A time bar chart of dictionary roles: one row per record, one bar per period (open ends run to
 * the edge), coloured by code. rows: {name, periods: [{code, from, to}]}.
 */
export function rolesChart(rows, caption) {
  const WIDTH = 960;
  const LEFT = 230;
  const RIGHT = 16;
  const ROW = 22;
  const TOP = 6;
  const bounds = rows.flatMap((r) => r.periods.flatMap((p) => [p.from, p.to])).filter(Boolean).map(ms);
  const now = Date.now();
  let lo = bounds.length ? Math.min(...bounds) - YEAR : now - 10 * YEAR;
  let hi = Math.max(now, ...bounds) + YEAR / 2;
  if (hi - lo < 4 * YEAR) lo = hi - 4 * YEAR;
  const x = (t) => LEFT + ((t - lo) / (hi - lo)) * (WIDTH - LEFT - RIGHT);
  const height = TOP + rows.length * ROW + 30;
  const root = svg('svg', { viewBox: '0 0 ' + WIDTH + ' ' + height, class: 'roles', role: 'img', 'aria-label': caption });
  const codes = [...new Set(rows.flatMap((r) => r.periods.map((p) => p.code)))];
  const axisY = TOP + rows.length * ROW;
  const first = new Date(lo).getUTCFullYear() + 1;
  const last = new Date(hi).getUTCFullYear();
  const step = Math.max(1, Math.ceil((last - first + 1) / 12));
  for (let year = first; year <= last; year += step) {
    const t = Date.UTC(year, 0, 1);
    root.append(
      svg('line', { x1: x(t), x2: x(t), y1: TOP, y2: axisY + 5, class: 'grid' }),
      svg('text', { x: x(t), y: axisY + 20, 'text-anchor': 'middle', class: 'tick' }, String(year)));
  }
  root.append(svg('line', { x1: LEFT, x2: WIDTH - RIGHT, y1: axisY, y2: axisY, class: 'axis' }));
  rows.forEach((r, i) => {
    const y = TOP + i * ROW;
    root.append(svg('text', { x: LEFT - 8, y: y + ROW / 2 + 4, 'text-anchor': 'end', class: 'lane-label' }, title(r.name)));
    for (const p of r.periods) {
      const x0 = x(p.from ? ms(p.from) : lo);
      const x1 = x(p.to ? ms(p.to) + 86400000 : hi);
      const tip = title(r.name) + ': ' + p.code + ', ' + (p.from || 'open') + ' – ' + (p.to || 'open');
      root.append(svg('rect', {
        x: x0, y: y + 4, width: Math.max(2, x1 - x0), height: ROW - 8,
        class: 'role-bar c' + (codes.indexOf(p.code) % 6) + (p.from ? '' : ' open-start') + (p.to ? '' : ' open-end'),
      }, svg('title', null, tip)));
    }
  });
  const legend = h('ul', { class: 'inline legend' },
    codes.map((c, k) => h('li', null, h('span', { class: 'swatch c' + (k % 6) }), c)));
  return [legend, root];
}

function rolesTable(rows) {
  const t = h('table', { class: 'roles-table' },
    h('caption', null, 'Roles over time, as a table'),
    h('thead', null, h('tr', null, ['Name', 'Code', 'From', 'To'].map((c) => h('th', { scope: 'col' }, c)))));
  const body = h('tbody', null);
  for (const r of rows) {
    for (const p of r.periods) {
      body.append(h('tr', null, h('th', { scope: 'row' }, title(r.name)), h('td', null, actorLink(p.code)),
        h('td', null, p.from || 'open'), h('td', null, p.to || 'open')));
    }
  }
  t.append(body);
  return t;
}

// ---- the actor page

function displayName(a) {
  if (a.dictionary.names.length) return title(a.dictionary.names[0].name);
  if (a.names.length) return title(a.names[0].name);
  return a.code;
}

function namesSection(a) {
  const s = h('section', { 'aria-labelledby': 'h-names', id: 'actor-names' }, h('h2', { id: 'h-names' }, 'Names and aliases'));
  const dict = h('ul', { class: 'names' });
  for (const n of a.dictionary.names) {
    dict.append(h('li', null, h('strong', null, title(n.name)), ' ', h('code', null, n.code),
      n.aliases.length ? [' — also ', n.aliases.map(title).join(', ')] : '',
      ' ', h('span', { class: 'count' }, n.file + ':' + n.line)));
  }
  s.append(h('h3', null, 'In the actor dictionaries'), a.dictionary.names.length ? dict : h('p', null, 'No dictionary record names this code itself.'));
  const coded = h('ul', { class: 'inline' });
  for (const n of a.names) coded.append(h('li', null, title(n.name), ' ', h('span', { class: 'count' }, count(n.events, 'event'))));
  s.append(h('h3', null, 'As the coded events name it'), a.names.length ? coded : h('p', null, 'No coded event names it.'));
  if (a.entities.length) {
    const ents = h('ul', { class: 'inline' });
    for (const e of a.entities) {
      ents.append(h('li', null, e.name || e.id, e.type ? ' (' + e.type.toLowerCase() + ')' : '',
        e.aliases && e.aliases.length ? ', also ' + e.aliases.join(', ') : '', ' ', h('span', { class: 'count' }, count(e.events, 'event'))));
    }
    s.append(h('h3', null, 'Entities the events resolve to it'), ents);
  }
  if (a.dictionary.related.length) {
    const rel = h('ul', { class: 'inline' });
    for (const r of a.dictionary.related) rel.append(h('li', null, title(r.name), ' ', actorLink(r.code)));
    s.append(h('h3', null, 'Also under this code (offices, parts)'), rel);
  }
  return s;
}

function rolesSection(a) {
  const rows = a.dictionary.roles;
  const s = h('section', { 'aria-labelledby': 'h-roles', id: 'actor-roles' }, h('h2', { id: 'h-roles' }, 'Roles over time'));
  if (!rows.length) {
    s.append(h('p', null, 'The dictionaries give no one this code for a bounded period.'));
    return s;
  }
  s.append(h('p', null, 'People and groups the actor dictionaries code as ' + a.code + ' between two dates (the coder uses the code that holds on the event’s date).'),
    ...rolesChart(rows, 'Dictionary roles under ' + a.code + ' over time'), rolesTable(rows));
  return s;
}

function quotesSection(a, q, offset, base, keep) {
  const s = h('section', { 'aria-labelledby': 'h-quotes', id: 'actor-quotes' }, h('h2', { id: 'h-quotes' }, 'Quotes'));
  if (!q.total) {
    s.append(h('p', null, 'No quotes by its speakers.'));
    return s;
  }
  const list = h('ol', { class: 'quotes', start: offset + 1 });
  for (const x of q.items) {
    const who = x.speaker ? x.speaker.name : 'unknown speaker';
    list.append(h('li', null,
      h('blockquote', null, h('p', null, '“' + x.text + '”')),
      h('p', { class: 'count' }, '— ', who, x.speaker_code ? ' (' + x.speaker_code + ')' : '', x.verb ? ', ' + x.verb : '', ' · ',
        h('a', { href: href('article', x.article, { at: x.start + '-' + x.end }) }, 'in the article'),
        x.matched_by === 'dictionary' ? ' · by the dictionary' : ' · by the entity')));
  }
  s.append(list, pager('Quote pages', base, keep, 'quotes', offset, QUOTES_PAGE, q.total));
  return s;
}

function eventsForm(a, query) {
  const role = query.get('role') || '';
  const form = h('form', { class: 'inline-form', id: 'actor-events-form' },
    h('label', { for: 'actor-role' }, 'Role'),
    h('select', { id: 'actor-role', name: 'role' },
      [['', 'source or target'], ['source', 'source'], ['target', 'target']].map(([v, t]) => h('option', { value: v, selected: v === role }, t))),
    h('label', { for: 'actor-with' }, 'with'),
    h('input', { id: 'actor-with', name: 'with', value: query.get('with') || '', placeholder: 'code or name' }),
    h('label', { for: 'actor-from' }, 'from'),
    h('input', { id: 'actor-from', name: 'from', type: 'date', value: query.get('from') || '' }),
    h('label', { for: 'actor-to' }, 'to'),
    h('input', { id: 'actor-to', name: 'to', type: 'date', value: query.get('to') || '' }),
    h('button', { type: 'submit' }, 'Filter'));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const f = form.elements;
    location.hash = href('actor', a.code, {
      role: f.role.value, with: f.with.value.trim(), from: f.from.value, to: f.to.value, basis: query.get('basis'),
    });
  });
  return form;
}

function eventsTable(ev) {
  const linked = ev.basis === 'linked_events';
  const cols = linked
    ? ['Day', 'Role', 'Event', 'Source', 'Target', 'Articles']
    : ['Date', 'Role', 'Event', 'Source', 'Target', 'Linked event'];
  const t = h('table', { id: 'actor-events-table' },
    h('caption', null, linked ? 'Linked events (one row per happening)' : 'Coded events (one row per article mention)'),
    h('thead', null, h('tr', null, cols.map((c) => h('th', { scope: 'col' }, c)))));
  const body = h('tbody', null);
  for (const e of ev.items) {
    const q = quadOf(e);
    const dot = h('span', { class: 'dot q' + (q || 0), title: quadName(q) });
    if (linked) {
      body.append(h('tr', { class: 'role-' + e.role }, h('td', null, e.day || 'undated'), h('td', null, e.role),
        h('td', null, dot, link((e.label || e.cameo) + ' (' + e.cameo + ')', 'linked', e.id)),
        h('td', null, actorLink(e.source_code, e.source_name)), h('td', null, e.target_code ? actorLink(e.target_code, e.target_name) : '—'),
        h('td', null, e.articles)));
    } else {
      body.append(h('tr', { class: 'role-' + e.role }, h('td', null, e.date || 'undated'), h('td', null, e.role),
        h('td', null, dot, link((e.trigger || e.cameo) + ' (' + e.cameo + ')', 'event', e.id), ' ', eventEvidence(e)),
        h('td', null, e.source ? actorLink(e.source.code, e.source.name) : '—'),
        h('td', null, e.target ? actorLink(e.target.code, e.target.name) : '—'),
        h('td', null, e.linked_event ? link(e.linked_event, 'linked', e.linked_event) : '—')));
    }
  }
  t.append(body);
  return t;
}

/** #/actor/CODE?role=&with=&from=&to=&basis=&events=&quotes= */
export async function actor(main, code, query) {
  const eventsAt = offsetOf(query, 'events');
  const quotesAt = offsetOf(query, 'quotes');
  const filter = {
    role: query.get('role'), with: query.get('with'), from: query.get('from'), to: query.get('to'), basis: query.get('basis'),
  };
  const [a, ev, q] = await Promise.all([
    get('actor', { code }),
    get('actorEvents', { code }, { ...filter, offset: eventsAt, limit: EVENTS_PAGE }),
    get('actorQuotes', { code }, { offset: quotesAt, limit: QUOTES_PAGE }),
  ]);
  const c = a.counts;
  main.append(
    h('h1', null, displayName(a), ' ', h('code', null, a.code)),
    facts([
      ['Code', a.code + (a.principal !== a.code ? ' (principal ' + a.principal + ')' : '')],
      ['Agents', a.agents.length ? a.agents.join(', ') : null],
      ['Coded events', count(c.events_as_source, 'event') + ' as source, ' + c.events_as_target + ' as target'],
      ['Linked events', count(c.linked_events_as_source, 'event') + ' as source, ' + c.linked_events_as_target + ' as target'],
      ['Quotes', c.quotes],
      ['See also', [link('timeline', 'timeline', { actor: a.code }), ' · ', link('codes for this name', 'actors', { name: displayName(a) })]],
    ]),
    namesSection(a),
    rolesSection(a),
  );
  const keep = { ...filter, events: eventsAt || null, quotes: quotesAt || null };
  const other = ev.basis === 'linked_events' ? 'events' : 'linked_events';
  const events = h('section', { 'aria-labelledby': 'h-events', id: 'actor-events' },
    h('h2', { id: 'h-events' }, 'Events as source and as target'),
    eventsForm(a, query),
    h('p', { id: 'actor-events-total' }, count(ev.total, ev.basis === 'linked_events' ? 'linked event' : 'coded event'),
      filter.with ? ' with ' + filter.with : '', filter.from || filter.to ? ', ' + (filter.from || '…') + ' to ' + (filter.to || '…') : '', '. ',
      h('a', { href: href('actor', a.code, { ...filter, basis: other }) }, other === 'events' ? 'Show the coded events (each article’s mention)' : 'Show the linked events')),
    ev.total ? eventsTable(ev) : null,
    pager('Event pages', ['actor', a.code], keep, 'events', eventsAt, EVENTS_PAGE, ev.total));
  main.append(events, quotesSection(a, q, quotesAt, ['actor', a.code], keep));
}

/** #/actors?name=... : the codes a name stands for, in the store and in the dictionaries. */
export async function actors(main, query) {
  const name = query.get('name') || '';
  const offset = offsetOf(query, 'offset');
  const form = h('form', { class: 'inline-form', id: 'actors-form' },
    h('label', { for: 'actors-name' }, 'Name or part of one'),
    h('input', { id: 'actors-name', name: 'name', value: name }),
    h('button', { type: 'submit' }, 'Look up'));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    location.hash = href('actors', { name: form.elements.name.value.trim() });
  });
  main.append(h('h1', null, name ? 'Actors: ' + name : 'Actors'), form);
  const r = await get('actors', {}, { name, offset, limit: 50 });
  main.append(h('p', null, count(r.total, 'code'), name ? ' for “' + name + '”' : ' in the store’s events', '.'));
  if (!r.total) return;
  const t = h('table', { id: 'actors-table' },
    h('caption', null, 'Actor codes' + (name ? ' matching the name' : '') + ', most events first'),
    h('thead', null, h('tr', null, ['Code', 'Names the events give the code', 'Coded events', 'Dictionary records giving it'].map((c) => h('th', { scope: 'col' }, c)))));
  const body = h('tbody', null);
  for (const i of r.items) {
    body.append(h('tr', null, h('td', null, actorLink(i.code)), h('td', null, i.names.map(title).join(', ') || '—'), h('td', null, i.events),
      h('td', null, i.dictionary.map((d) => title(d.name) + (d.dated ? ' ' + (d.from || 'open') + ' – ' + (d.to || 'open') : '')).join('; ') || '—')));
  }
  t.append(body);
  main.append(t, pager('Pages', ['actors'], { name }, 'offset', offset, 50, r.total));
  // a person's codes over time, drawn as roles
  const people = new Map();
  for (const i of r.items) {
    for (const d of i.dictionary) {
      if (!d.dated) continue;
      if (!people.has(d.name)) people.set(d.name, { name: d.name, periods: [] });
      people.get(d.name).periods.push({ code: i.code, from: d.from, to: d.to });
    }
  }
  if (people.size) {
    const rows = [...people.values()];
    rows.forEach((p) => p.periods.sort((x, y) => String(x.from).localeCompare(String(y.from))));
    main.append(h('section', { 'aria-labelledby': 'h-dated' }, h('h2', { id: 'h-dated' }, 'Codes over time'),
      ...rolesChart(rows, 'Dictionary codes over time for ' + name), rolesTable(rows)));
  }
}
