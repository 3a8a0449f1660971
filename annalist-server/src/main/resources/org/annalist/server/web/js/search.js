import { get } from './api.js';
import { h, href, marked } from './dom.js';
import { pager, paging } from './pager.js';

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
  const list = h('ol', { class: 'hits', start: offset + 1 });
  for (const hit of r.items) {
    list.append(h('li', null,
      h('span', { class: 'kind kind-' + hit.type }, hit.type), ' ',
      h('a', { href: target(hit) }, hit.type === 'event' ? 'event ' + hit.id : hit.type === 'quote' ? 'quote ' + hit.id : 'article ' + hit.article),
      h('p', { class: 'snippet' }, marked(hit.snippet, hit.highlights))));
  }
  if (!r.total) return;
  main.append(
    pager(r, ['search'], { q, type }, { noun: 'results', label: 'Result pages' }),
    list,
    pager(r, ['search'], { q, type }, { noun: 'results', label: 'Result pages, end of the list' }),
  );
}
