// Lists of every kind of record, with filters and paging; filters and the page live in the hash.
//   #/articles?from=&to=&outlet=
//   #/events?from=&to=&actor=&root=&plover=&factuality=
//   #/linked?from=&to=&actor=&root=
//   #/stories?from=&to=&actor=
// Each also takes &offset= and &limit= (pager.js).
import { get, ApiError } from './api.js';
import { h, href, link, eventEvidence } from './dom.js';
import { actorLabel, quadName, quadOf } from './codes.js';
import { pager, paging, listQuery } from './pager.js';

/** CAMEO root categories (CAMEO codebook 1.1b3). */
export const ROOTS = Object.freeze({
  '01': 'make public statement', '02': 'appeal', '03': 'express intent to cooperate', '04': 'consult',
  '05': 'engage in diplomatic cooperation', '06': 'engage in material cooperation', '07': 'provide aid',
  '08': 'yield', '09': 'investigate', '10': 'demand', '11': 'disapprove', '12': 'reject',
  '13': 'threaten', '14': 'protest', '15': 'exhibit force posture', '16': 'reduce relations',
  '17': 'coerce', '18': 'assault', '19': 'fight', '20': 'use unconventional mass violence',
});

const PLOVER = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'];
const FACTUALITY = ['asserted', 'claimed', 'denied', 'disputed', 'future', 'hypothetical', 'negated'];

const PERIOD = [
  { name: 'from', label: 'From', type: 'date' },
  { name: 'to', label: 'To', type: 'date' },
];
const ACTOR = { name: 'actor', label: 'Actor', placeholder: 'CAMEO code or name' };
export const OUTLET = { name: 'outlet', label: 'Outlet', placeholder: 'name, case ignored' };
const ROOT = {
  name: 'root', label: 'CAMEO root', options: Object.keys(ROOTS).sort().map((r) => [r, r + ' ' + ROOTS[r]]),
};

/**
 * A filter form: one labelled field per filter (text, date, or a select when options are given),
 * a submit button and, when a filter is set, a link that clears them. Submitting goes to the first
 * page of route with the filters in the hash.
 */
export function filterForm(id, route, fields, values, limit) {
  const form = h('form', { class: 'filters', id, 'aria-label': 'Filters' });
  for (const f of fields) {
    const fid = id + '-' + f.name;
    let input;
    if (f.options) {
      input = h('select', { id: fid, name: f.name },
        h('option', { value: '' }, 'any'),
        f.options.map(([v, text]) => h('option', { value: v, selected: values[f.name] === v }, text)));
    } else {
      input = h('input', {
        id: fid, name: f.name, type: f.type || 'text', value: values[f.name] || '',
        list: f.list || null, placeholder: f.placeholder || null, autocomplete: 'off',
      });
    }
    form.append(h('span', { class: 'field' }, h('label', { for: fid }, f.label), input));
  }
  form.append(h('button', { type: 'submit' }, 'Filter'));
  if (Object.values(values).some((v) => v)) {
    form.append(h('a', { href: href(...route), class: 'clear' }, 'clear filters'));
  }
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const chosen = {};
    for (const f of fields) chosen[f.name] = form.elements[f.name].value.trim();
    location.hash = href(...route, listQuery(chosen, limit, 0));
  });
  return form;
}

/** The filters' values from the hash's query. */
function values(query, fields) {
  const out = {};
  for (const f of fields) out[f.name] = (query.get(f.name) || '').trim();
  return out;
}

/**
 * One list page: heading, filter form, a pager above and below the items. spec: {title, route,
 * api, fields, noun, id, render(items) → node or Promise of one}. A filter the API rejects (400)
 * is shown beside the form, which stays for correcting it.
 */
export async function listPage(main, query, spec) {
  const filters = values(query, spec.fields);
  const { offset, limit } = paging(query);
  main.append(h('h1', null, spec.title), filterForm(spec.id + '-filters', spec.route, spec.fields, filters, limit));
  if (spec.before) main.append(spec.before);
  let page;
  try {
    page = await get(spec.api, {}, { ...filters, offset, limit });
  } catch (e) {
    if (e instanceof ApiError && e.status === 400) {
      main.append(h('p', { role: 'alert', class: 'error' }, e.message));
      return null;
    }
    throw e;
  }
  const opts = { noun: spec.noun };
  if (!page.items.length) {
    main.append(pager(page, spec.route, filters, { ...opts, label: 'Pages' }));
    return page;
  }
  const body = await spec.render(page.items, page.offset);
  main.append(
    pager(page, spec.route, filters, { ...opts, label: 'Pages' }),
    body,
    pager(page, spec.route, filters, { ...opts, label: 'Pages, end of the list' }),
  );
  return page;
}

/** A table with a (visually hidden) caption and column headers; rows are arrays of cells. */
export function table(id, caption, columns, rows) {
  return h('table', { id, class: 'list' },
    h('caption', { class: 'visually-hidden' }, caption),
    h('thead', null, h('tr', null, columns.map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', null, rows.map((cells) => h('tr', null, cells.map((c) => h('td', null, c ?? '—'))))));
}

/** The article records (without body) of the given ids, as a Map by id. */
export async function articlesById(ids) {
  const unique = [...new Set(ids.filter((x) => x))];
  const batches = [];
  // a hundred ids a request keeps each address well under the server's limit on its length
  for (let i = 0; i < unique.length; i += 100) batches.push(unique.slice(i, i + 100));
  const pages = await Promise.all(batches.map((b) => get('articles', {}, { ids: b.join(','), limit: b.length })));
  return new Map(pages.flatMap((r) => r.items).map((a) => [a.id, a]));
}

/** 'Title', Outlet, date: the article link used in lists. */
export function articleCell(id, a) {
  if (!a) return link(String(id).slice(0, 8) + '…', 'article', id);
  return [link(a.title || '(untitled)', 'article', id), a.outlet || a.published ? h('span', { class: 'count' }, ' ' + [a.outlet, a.published].filter((x) => x).join(', ')) : null];
}

/** An event's source or target; with a code, a link to the events it takes part in. */
function actorCell(a) {
  if (!a) return null;
  const label = actorLabel(a.code, a.name);
  return a.code ? link(label, 'events', { actor: a.code }) : label;
}

function dot(record) {
  const q = quadOf(record);
  return h('span', { class: 'dot q' + (q || 0), title: quadName(q) });
}

/** #/articles */
export function articleList(main, query) {
  return listPage(main, query, {
    title: 'Articles', route: ['articles'], api: 'articles', id: 'articles', noun: 'articles',
    fields: [...PERIOD, OUTLET],
    render: (items) => table('article-list', 'Articles', ['Published', 'Title', 'Outlet', 'Dateline', 'Byline'],
      items.map((a) => [a.published, link(a.title || '(untitled) ' + a.id, 'article', a.id), a.outlet, a.dateline, a.byline])),
  });
}

/** #/events: coded events, each row a link to the event. */
export function eventList(main, query) {
  return listPage(main, query, {
    title: 'Coded events', route: ['events'], api: 'events', id: 'events', noun: 'events',
    fields: [...PERIOD, ACTOR, ROOT,
      { name: 'plover', label: 'PLOVER', options: PLOVER.map((p) => [p, p.toLowerCase()]) },
      { name: 'factuality', label: 'Factuality', options: FACTUALITY.map((f) => [f, f]) },
      OUTLET,
      { name: 'entity', label: 'Entity', placeholder: 'entity id' }],
    render: async (items) => {
      const articles = await articlesById(items.map((e) => e.article));
      return table('event-list', 'Coded events', ['Date', 'Event', 'PLOVER', 'Source', 'Target', 'Factuality', 'Evidence', 'Article'],
        items.map((e) => [
          e.date,
          [dot(e), link(e.cameo + (e.trigger ? ' “' + e.trigger + '”' : ''), 'event', e.id)],
          e.plover,
          actorCell(e.source),
          actorCell(e.target),
          e.factuality,
          eventEvidence(e),
          articleCell(e.article, articles.get(e.article)),
        ]));
    },
  });
}

/** #/linked: linked events (happenings), each a link to its page. */
export function linkedList(main, query) {
  return listPage(main, query, {
    title: 'Linked events', route: ['linked'], api: 'linkedEvents', id: 'linked', noun: 'linked events',
    fields: [...PERIOD, ACTOR, ROOT, OUTLET],
    render: (items) => table('linked-list', 'Linked events', ['Day', 'Event', 'Code', 'Source', 'Target', 'Articles', 'Disputed'],
      items.map((e) => [
        e.day || e.date,
        [dot(e), link(e.label || e.cameo, 'linked', e.id)],
        e.cameo,
        e.source_code ? link(actorLabel(e.source_code, e.source_name), 'timeline', { actor: e.source_code }) : null,
        e.target_code ? link(actorLabel(e.target_code, e.target_name), 'timeline', { actor: e.target_code }) : null,
        String(e.articles),
        e.disputed ? 'disputed' : '',
      ])),
  });
}

/** #/stories */
export function storyList(main, query) {
  return listPage(main, query, {
    title: 'Stories', route: ['stories'], api: 'stories', id: 'stories', noun: 'stories',
    fields: [...PERIOD, { name: 'actor', label: 'Actor', placeholder: 'principal code, e.g. USA' }],
    render: (items) => table('story-list', 'Stories', ['First – last', 'Story', 'Events', 'Articles', 'Actors'],
      items.map((s) => [
        s.first + ' – ' + s.last,
        link(s.title, 'story', s.id),
        String(s.events),
        String(s.articles),
        s.actors.map((a, k) => [k ? ', ' : '', link(a, 'timeline', { actor: a })]),
      ])),
  });
}
