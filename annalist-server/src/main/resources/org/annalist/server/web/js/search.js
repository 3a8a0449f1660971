import { get } from './api.js';
import { h, href, marked } from './dom.js';

const PAGE = 20;

function target(hit) {
  if (hit.type === 'event') return href('event', hit.id);
  if (hit.type === 'quote') return href('article', hit.article, { at: hit.start + '-' + hit.end });
  return href('article', hit.article);
}

/** Search results for ?q=...&type=...&offset=... */
export async function search(main, query) {
  const q = query.get('q') || '';
  const type = query.get('type') || '';
  const offset = Math.max(0, parseInt(query.get('offset') || '0', 10) || 0);
  main.append(h('h1', null, 'Search'));
  if (!q) {
    main.append(h('p', null, 'Type words into the search box above.'));
    return;
  }
  const r = await get('search', {}, { q, type, offset, limit: PAGE });
  main.append(h('p', { id: 'search-total' }, r.total + (r.total === 1 ? ' result' : ' results') + ' for ', h('q', null, q), type ? ' (' + type + 's only)' : ''));
  const list = h('ol', { class: 'hits', start: offset + 1 });
  for (const hit of r.items) {
    list.append(h('li', null,
      h('span', { class: 'kind kind-' + hit.type }, hit.type), ' ',
      h('a', { href: target(hit) }, hit.type === 'event' ? 'event ' + hit.id : hit.type === 'quote' ? 'quote ' + hit.id : 'article ' + hit.article),
      h('p', { class: 'snippet' }, marked(hit.snippet, hit.highlights))));
  }
  main.append(list);
  const nav = h('nav', { 'aria-label': 'Result pages', class: 'pages' });
  if (offset > 0) nav.append(h('a', { href: href('search', { q, type, offset: Math.max(0, offset - PAGE) }) }, '← previous'), ' ');
  if (offset + PAGE < r.total) nav.append(h('a', { href: href('search', { q, type, offset: offset + PAGE }) }, 'next →'));
  main.append(nav);
}
