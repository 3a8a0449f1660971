// Entities: the people, organisations and places the articles name, one identity across articles.
//   #/entities?type=&name=   the list, filtered, paged
//   #/entity/ID               one entity: names, roles, articles, quotes, events
import { get } from './api.js';
import { h, link, facts, eventEvidence } from './dom.js';
import { actorLabel, count } from './codes.js';
import { listPage, table, articlesById, articleCell } from './lists.js';
import { actorLink, isCode } from './actor.js';

const TYPES = ['PERSON', 'ORGANIZATION', 'LOCATION', 'NATIONALITY', 'MISC'];
/** Articles listed on an entity's page; the rest are counted. */
const ARTICLES_SHOWN = 100;
const QUOTES_SHOWN = 20;
const EVENTS_SHOWN = 20;

function roleText(r) {
  return [r.title, r.organization].filter((x) => x).join(', ');
}

/** #/entities */
export function entityList(main, query) {
  return listPage(main, query, {
    title: 'Entities', route: ['entities'], api: 'entities', id: 'entities', noun: 'entities',
    fields: [
      { name: 'type', label: 'Type', options: TYPES.map((t) => [t, t.toLowerCase()]) },
      { name: 'name', label: 'Name', placeholder: 'part of a name or alias' },
    ],
    render: (items) => table('entity-list', 'Entities', ['Name', 'Type', 'Also called', 'Roles', 'Articles', 'Mentions'],
      items.map((e) => [
        link(e.name, 'entity', e.id),
        e.type.toLowerCase(),
        e.aliases.join(', '),
        e.roles.map(roleText).join('; '),
        String(e.articles.length),
        String(e.mentions),
      ])),
  });
}

/** #/entity/ID */
export async function entity(main, id) {
  const e = await get('entity', { id });
  const [quotes, events, articles] = await Promise.all([
    get('quotes', {}, { speaker: e.id, limit: QUOTES_SHOWN }),
    get('events', {}, { entity: e.id, limit: EVENTS_SHOWN }),
    articlesById(e.articles.slice(0, ARTICLES_SHOWN)),
  ]);
  main.append(h('h1', null, e.name), facts([
    ['Type', e.type.toLowerCase()],
    ['Also called', e.aliases.length ? e.aliases.join(', ') : null],
    ['Mentions', String(e.mentions) + ' in ' + count(e.articles.length, 'article')],
    ['Id', h('code', null, e.id)],
  ]));

  const roles = h('ul', { id: 'entity-roles' });
  for (const r of e.roles) {
    const seen = (r.seen || []).map((s) => s.published).filter((d) => d).sort();
    roles.append(h('li', null, roleText(r),
      h('span', { class: 'count' }, ' — stated in ' + count((r.seen || []).length, 'article') +
        (seen.length ? ', ' + (seen[0] === seen[seen.length - 1] ? seen[0] : seen[0] + ' to ' + seen[seen.length - 1]) : ''))));
  }
  main.append(h('section', null, h('h2', null, 'Roles the articles give'), e.roles.length ? roles : h('p', null, 'None.')));

  // the codes the coder gave this entity, each a link to its actor page
  const codes = new Map();
  for (const ev of events.items) {
    for (const a of [ev.source, ev.target]) {
      if (a && a.entity === e.id && a.code && isCode(a.code)) codes.set(a.code, a.name);
    }
  }
  if (codes.size) {
    main.append(h('section', null, h('h2', null, 'As a coded actor'),
      h('ul', { class: 'inline', id: 'entity-codes' }, [...codes].map(([c, n]) => h('li', null, actorLink(c, n))))));
  }

  const eventArticles = await articlesById(events.items.map((ev) => ev.article));
  main.append(h('section', null, h('h2', null, 'Events'),
    events.items.length
      ? [table('entity-events', 'Events with ' + e.name + ' as source or target', ['Date', 'Event', 'Source', 'Target', 'Factuality', 'Article'],
        events.items.map((ev) => [
          ev.date,
          [link(ev.cameo + (ev.trigger ? ' “' + ev.trigger + '”' : ''), 'event', ev.id), ' ', eventEvidence(ev)],
          ev.source ? actorLabel(ev.source.code, ev.source.name) : null,
          ev.target ? actorLabel(ev.target.code, ev.target.name) : null,
          ev.factuality,
          articleCell(ev.article, eventArticles.get(ev.article)),
        ])),
      events.total > events.items.length ? h('p', null, link('All ' + events.total + ' events', 'events', { entity: e.id })) : null]
      : h('p', null, 'None.')));

  const quoteList = h('ol', { class: 'quotes', id: 'entity-quotes' });
  for (const q of quotes.items) {
    const passage = link('“' + q.text + '”', 'article', q.article, { at: q.start + '-' + q.end });
    quoteList.append(h('li', null, passage));
  }
  main.append(h('section', null, h('h2', null, 'Quotes'),
    quotes.items.length
      ? [quoteList, quotes.total > quotes.items.length ? h('p', null, link('All ' + quotes.total + ' quotes', 'quotes', { speaker: e.id })) : null]
      : h('p', null, 'None.')));

  const articleItems = h('ul', { id: 'entity-articles' });
  for (const aid of e.articles.slice(0, ARTICLES_SHOWN)) articleItems.append(h('li', null, articleCell(aid, articles.get(aid))));
  main.append(h('section', null, h('h2', null, 'Articles'), articleItems,
    e.articles.length > ARTICLES_SHOWN ? h('p', null, 'and ' + (e.articles.length - ARTICLES_SHOWN) + ' more') : null));
  return e;
}
