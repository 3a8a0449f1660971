// Paging through the API's lists ({total, offset, limit, items}). The offset and page size live in
// the hash (?offset=&limit=), so every page can be bookmarked; the links are plain links, reachable
// and followed with the keyboard like any other.
import { h, href } from './dom.js';

/** Page size when the hash names none. */
export const PAGE = 20;

/** {offset, limit} read from the hash's query; bad or missing values fall back to 0 and PAGE. */
export function paging(query, size = PAGE) {
  const offset = parseInt(query.get('offset') || '0', 10);
  const limit = parseInt(query.get('limit') || '', 10);
  return {
    offset: Number.isFinite(offset) && offset > 0 ? offset : 0,
    limit: Number.isFinite(limit) && limit > 0 ? Math.min(limit, 500) : size,
  };
}

/** The query of a list's own hash: its filters with empty ones dropped, the page size kept. */
export function listQuery(filters, limit, offset, size = PAGE) {
  const q = {};
  for (const [k, v] of Object.entries(filters)) if (v) q[k] = v;
  if (offset > 0) q.offset = offset;
  if (limit !== size) q.limit = limit;
  return q;
}

/** 'items 21–40 of 57' (or 'no items'). */
export function range(page, noun = 'items') {
  if (!page.total) return 'no ' + noun;
  if (!page.items.length) return 'no ' + noun + ' here: the list has ' + page.total;
  return noun + ' ' + (page.offset + 1) + '–' + (page.offset + page.items.length) + ' of ' + page.total;
}

/**
 * A pager for one page of a list: previous and next links, and where the page sits in the list.
 * route: the hash route's parts (e.g. ['quotes']); filters: the query to keep; the page's offset
 * and limit come from the API's answer.
 */
export function pager(page, route, filters, { noun = 'items', size = PAGE, label = 'Pages' } = {}) {
  const { total, offset, limit } = page;
  const to = (o) => href(...route, listQuery(filters, limit, o, size));
  const nav = h('nav', { class: 'pager', 'aria-label': label });
  const prev = offset > 0
    ? h('a', { href: to(Math.max(0, offset - limit)), rel: 'prev', class: 'prev' }, '← previous')
    : h('span', { class: 'prev', 'aria-disabled': 'true' }, '← previous');
  const next = offset + limit < total
    ? h('a', { href: to(offset + limit), rel: 'next', class: 'next' }, 'next →')
    : h('span', { class: 'next', 'aria-disabled': 'true' }, 'next →');
  nav.append(prev, h('span', { class: 'range', role: 'status' }, range(page, noun)), next);
  return nav;
}
