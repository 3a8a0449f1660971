import { get } from './api.js';
import { h, href, marked, evidence } from './dom.js';
import { pager, paging } from './pager.js';
import { articlesById } from './lists.js';

function target(hit) {
  if (hit.type === 'event') return href('event', hit.id);
  if (hit.type === 'quote') return href('article', hit.article, { at: hit.start + '-' + hit.end });
  return href('article', hit.article);
}

/** Search results for ?q=...&type=...&offset=... */
export async function search(main, query) {
  const q = query.get('q') || '';
  const type = query.get('type') || '';
  const { offset, limit } = paging(query);
  main.append(h('h1', null, 'Search'));
  if (!q) {
    main.append(h('p', null, 'Type words into the search box above.'));
    return;
  }
  const r = await get('search', {}, { q, type, offset, limit });
  main.append(h('p', { id: 'search-total' }, r.total + (r.total === 1 ? ' result' : ' results') + ' for ', h('q', null, q), type ? ' (' + type + 's only)' : ''));
  const articles = await articlesById(r.items.map((hit) => hit.article));
  const list = h('ol', { class: 'hits', start: offset + 1 });
  for (const hit of r.items) {
    const a = articles.get(hit.article);
    const title = a ? a.title || '(untitled)' : hit.article;
    const where = a ? [a.outlet, a.published].filter((x) => x).join(', ') : '';
    list.append(h('li', null,
      h('span', { class: 'kind kind-' + hit.type }, hit.type), ' ',
      h('a', { href: target(hit) }, hit.type === 'event' ? 'event in “' + title + '”' : hit.type === 'quote' ? 'quote in “' + title + '”' : title),
      where ? h('span', { class: 'count' }, ' ' + where) : null,
      // an event's unit is its evidence sentence: one click to it, marked in the article
      hit.type === 'event' ? [' · ', evidence(hit.article, hit.start, hit.end)] : null,
      h('p', { class: 'snippet' }, marked(hit.snippet, hit.highlights))));
  }
  if (!r.total) return;
  main.append(
    pager(r, ['search'], { q, type }, { noun: 'results', label: 'Result pages' }),
    list,
    pager(r, ['search'], { q, type }, { noun: 'results', label: 'Result pages, end of the list' }),
  );
}
