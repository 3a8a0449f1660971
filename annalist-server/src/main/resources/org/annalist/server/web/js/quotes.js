// The quote browser: #/quotes?speaker=&article=&outlet=&from=&to=&offset=&limit=
// Who said what, where: each quote with its speaker, its article and a link to its passage marked
// in the article; the speaker field suggests the speakers present (/api/v1/speakers).
import { get } from './api.js';
import { h, href, link } from './dom.js';
import { count } from './codes.js';
import { listPage, articlesById, articleCell, OUTLET } from './lists.js';

const FIELDS = [
  { name: 'speaker', label: 'Speaker', list: 'speaker-names', placeholder: 'name or entity id' },
  { name: 'article', label: 'Article', placeholder: 'id or its first characters' },
  OUTLET,
  { name: 'from', label: 'From', type: 'date' },
  { name: 'to', label: 'To', type: 'date' },
];

/** A search limited to quotes: goes to #/search?q=...&type=quote. */
function quoteSearch() {
  const form = h('form', { class: 'inline-form', id: 'quote-search', role: 'search', 'aria-label': 'Search the quotes' },
    h('label', { for: 'quote-search-q' }, 'Search the quotes’ words '),
    h('input', { id: 'quote-search-q', name: 'q', type: 'search', required: true }),
    h('button', { type: 'submit' }, 'Search quotes'));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    location.hash = href('search', { q: form.elements.q.value.trim(), type: 'quote' });
  });
  return form;
}

/** The datalist of speaker names, most quoted first, filled once the API answers. */
function speakerList() {
  const list = h('datalist', { id: 'speaker-names' });
  get('speakers', {}, { limit: 500 }).then((r) => {
    for (const s of r.items) list.append(h('option', { value: s.name }, count(s.quotes, 'quote')));
  }, () => {}); // suggestions only: the page works without them
  return list;
}

function item(q, a) {
  const passage = href('article', q.article, { at: q.start + '-' + q.end });
  return h('li', { class: 'quote-item' },
    h('blockquote', { class: 'quote-text' }, h('a', { href: passage, class: 'passage' }, '“' + q.text + '”')),
    h('p', { class: 'attribution' },
      '— ', q.speaker ? link(q.speaker.name, 'quotes', { speaker: q.speaker.name }) : h('span', { class: 'count' }, 'speaker unknown'),
      q.relayed_by ? ', passed on by ' + q.relayed_by.name : '',
      h('span', { class: 'count' }, ' (' + q.kind + (q.verb ? ', ' + q.verb : '') + ')'),
      ' in ', articleCell(q.article, a), ' · ',
      h('a', { href: passage }, 'the passage in the article')));
}

/** #/quotes: the quotes, filtered, paged. */
export function quoteBrowser(main, query) {
  return listPage(main, query, {
    title: 'Quotes', route: ['quotes'], api: 'quotes', id: 'quotes', noun: 'quotes', fields: FIELDS,
    before: h('div', null, speakerList(), quoteSearch()),
    render: async (items, offset) => {
      const articles = await articlesById(items.map((q) => q.article));
      return h('ol', { class: 'quotes', id: 'quote-list', start: offset + 1 }, items.map((q) => item(q, articles.get(q.article))));
    },
  });
}
