// The Annalist web UI: one page, hash routes, views built from the JSON API.
//   #/                      overview
//   #/article/ID?at=S-E     an article, the span S-E marked and scrolled to
//   #/event/ID              a coded event
//   #/linked/ID             a linked event and its mentions
//   #/timeline?actor=X      an actor's timeline
//   #/story/ID              a story's timeline
//   #/search?q=...&type=... search
//   #/quotes?speaker=...    the quote browser
//   #/articles, #/events, #/linked, #/stories   lists with filters (each ?offset=&limit=)
//   #/actor/CODE            an actor: names, roles over time, quotes, events (js/actor.js)
//   #/actors?name=...       the codes a name stands for
//   #/dyad?a=A&b=B&by=month two actors' events towards each other over time (js/dyad.js)
//   #/entities?type=&name=  entities; #/entity/ID one entity: roles, events, quotes, articles (js/entity.js)
//   #/map?from&to&actor&...&country=ISO3|point=NAME  map of event places
import { h, href } from './dom.js';
import { overview } from './overview.js';
import { article } from './article.js';
import { event, linkedEvent } from './event.js';
import { actorTimeline, storyTimeline } from './timeline.js';
import { search } from './search.js';
import { quoteBrowser } from './quotes.js';
import { articleList, eventList, linkedList, storyList } from './lists.js';
import { actor, actors } from './actor.js';
import { dyad } from './dyad.js';
import { entity, entityList } from './entity.js';
import { mapView } from './map.js';

const main = document.getElementById('main');
let generation = 0;

/** Splits location.hash into route parts and query. */
export function parseHash(hash) {
  const raw = (hash || '').replace(/^#\/?/, '');
  const q = raw.indexOf('?');
  const path = q < 0 ? raw : raw.slice(0, q);
  const query = new URLSearchParams(q < 0 ? '' : raw.slice(q + 1));
  const parts = path.split('/').filter((p) => p.length).map((p) => decodeURIComponent(p));
  return { parts, query };
}

const VIEWS = {
  '': (m) => overview(m),
  article: (m, [id], q) => article(m, id, q),
  event: (m, [id]) => event(m, id),
  linked: (m, [id], q) => (id ? linkedEvent(m, id) : linkedList(m, q)),
  timeline: (m, _, q) => actorTimeline(m, q),
  story: (m, [id]) => storyTimeline(m, id),
  search: (m, _, q) => search(m, q),
  quotes: (m, _, q) => quoteBrowser(m, q),
  articles: (m, _, q) => articleList(m, q),
  events: (m, _, q) => eventList(m, q),
  stories: (m, _, q) => storyList(m, q),
  actor: (m, [code], q) => actor(m, code, q),
  actors: (m, _, q) => actors(m, q),
  dyad: (m, _, q) => dyad(m, q),
  entities: (m, _, q) => entityList(m, q),
  entity: (m, [id]) => entity(m, id),
  map: (m, _, q) => mapView(m, q),
};

async function route() {
  const mine = ++generation;
  const { parts, query } = parseHash(location.hash);
  const name = parts[0] || '';
  const view = VIEWS[name];
  const container = h('div', { class: 'view view-' + (name || 'overview') });
  main.replaceChildren(h('p', { class: 'loading' }, 'Loading…'));
  syncSearchForm(name, query);
  try {
    if (!view || (['article', 'event', 'story', 'actor', 'entity'].includes(name) && !parts[1])) {
      container.append(h('h1', null, 'Not found'), h('p', null, 'No page here. ', h('a', { href: '#/' }, 'Back to the overview.')));
    } else {
      await view(container, parts.slice(1), query);
    }
  } catch (e) {
    if (mine !== generation) return;
    container.append(h('h1', null, 'Could not load this page'), h('p', { role: 'alert', class: 'error' }, e.message));
  }
  if (mine !== generation) return;
  main.replaceChildren(container);
  const heading = container.querySelector('h1');
  document.title = (heading ? heading.textContent + ' · ' : '') + 'Annalist';
  if (!container.querySelector('#at')) {
    window.scrollTo(0, 0);
    main.focus({ preventScroll: true });
  } else {
    const at = container.querySelector('#at');
    at.scrollIntoView({ block: 'center' });
    at.focus({ preventScroll: true });
  }
  for (const a of document.querySelectorAll('.top nav a')) {
    const current = parseHash(a.getAttribute('href')).parts[0] || '';
    if (current === name) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  main.dataset.ready = String(mine);
}

function syncSearchForm(name, query) {
  const form = document.getElementById('search-form');
  if (name === 'search') {
    form.elements.q.value = query.get('q') || '';
    form.elements.type.value = query.get('type') || '';
  }
}

document.getElementById('search-form').addEventListener('submit', (ev) => {
  ev.preventDefault();
  const form = ev.currentTarget;
  location.hash = href('search', { q: form.elements.q.value.trim(), type: form.elements.type.value });
});

document.querySelector('a.skip').addEventListener('click', (ev) => {
  ev.preventDefault();
  main.focus();
});

window.addEventListener('hashchange', route);
route();
