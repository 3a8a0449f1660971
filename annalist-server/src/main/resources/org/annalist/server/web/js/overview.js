import { get } from './api.js';
import { h, href, link, facts } from './dom.js';
import { actorLabel, count, quadName, quadOf } from './codes.js';
import { actorLink } from './actor.js';

/** Overview: counts, latest events, most active actors and dyads, latest stories. */
export async function overview(main) {
  const [o, stories] = await Promise.all([
    get('overview'),
    get('stories', {}, { limit: 500 }),
  ]);
  const c = o.counts;
  const linked = o.basis === 'linked_events';
  main.append(
    h('h1', null, 'Overview'),
    facts([
      ['Articles', link(String(c.articles), 'articles')],
      ['Entities', link(String(c.entities), 'entities')],
      ['Quotes', link(String(c.quotes), 'quotes')],
      ['Coded events', link(String(c.events), 'events')],
      ['Linked events', link(String(c.linked_events), 'linked')],
      ['Stories', link(String(c.stories), 'stories')],
    ]),
  );
  const latest = h('ol', { class: 'events', id: 'latest-events' });
  for (const e of o.latest) latest.append(h('li', null, eventLine(e, linked)));
  main.append(
    h('section', { 'aria-labelledby': 'h-latest' },
      h('h2', { id: 'h-latest' }, linked ? 'Latest linked events' : 'Latest coded events'),
      o.latest.length ? latest : h('p', null, 'No events yet.'),
      h('p', { class: 'more' }, link(linked ? 'All linked events' : 'All coded events', linked ? 'linked' : 'events'))),
  );
  const actors = h('ol', { class: 'ranked' });
  for (const a of o.actors) {
    actors.append(h('li', null, actorLink(a.code, a.name), ' ', h('span', { class: 'count' }, count(a.events, 'event')), ' ', link('timeline', 'timeline', { actor: a.code })));
  }
  const dyads = h('ol', { class: 'ranked' });
  for (const d of o.dyads) {
    dyads.append(h('li', null,
      actorLink(d.a, d.a_name), ' – ', actorLink(d.b, d.b_name), ' ',
      h('span', { class: 'count' }, count(d.events, 'event')), ' ',
      h('a', { href: href('dyad', { a: d.a, b: d.b }), class: 'dyad-link' }, 'dyad')));
  }
  main.append(
    h('div', { class: 'columns' },
      h('section', { 'aria-labelledby': 'h-actors' }, h('h2', { id: 'h-actors' }, 'Most active actors'), o.actors.length ? actors : h('p', null, 'None yet.')),
      h('section', { 'aria-labelledby': 'h-dyads' }, h('h2', { id: 'h-dyads' }, 'Most active dyads'), o.dyads.length ? dyads : h('p', null, 'None yet.'))),
  );
  const recent = [...stories.items].sort((a, b) => String(b.last).localeCompare(String(a.last))).slice(0, 10);
  const list = h('ol', { class: 'ranked' });
  for (const s of recent) {
    list.append(h('li', null, link(s.title, 'story', s.id), ' ', h('span', { class: 'count' }, s.first + ' – ' + s.last + ', ' + count(s.events, 'event'))));
  }
  main.append(h('section', { 'aria-labelledby': 'h-stories' }, h('h2', { id: 'h-stories' }, 'Latest stories'), recent.length ? list : h('p', null, 'No stories yet.'),
    h('p', { class: 'more' }, link('All stories', 'stories'))));
}

function eventLine(e, linked) {
  const q = quadOf(e);
  const dot = h('span', { class: 'dot q' + (q || 0), title: quadName(q) });
  if (linked) {
    return [dot, h('time', null, e.day || e.date || 'undated'), ' ',
      link(e.label || e.cameo, 'linked', e.id), ': ',
      actorLink(e.source_code, e.source_name), e.target_code ? [' → ', actorLink(e.target_code, e.target_name)] : '',
      ' ', h('span', { class: 'count' }, count(e.articles, 'article'))];
  }
  return [dot, h('time', null, e.date || 'undated'), ' ',
    link((e.trigger || e.cameo) + ' (' + e.cameo + ')', 'event', e.id), ': ',
    e.source ? actorLink(e.source.code, e.source.name) : '—',
    e.target ? [' → ', actorLink(e.target.code, e.target.name)] : ''];
}
