import { get } from './api.js';
import { h, svg, href } from './dom.js';
import { QUADS, count, quadName, quadOf } from './codes.js';
import { actorLink, isCode } from './actor.js';

const DAY = 86400000;
const WIDTH = 960;
const LANE = 44;
const LEFT = 150;
const RIGHT = 20;
const TOP = 10;

function ms(day) {
  return Date.parse(day + 'T00:00:00Z');
}

/**
 * An inline SVG of events over time: one lane per QuadClass, one dot per event (a link to its
 * detail). items: {id, day, label, quad, articles, title}.
 */
export function chart(items, caption) {
  const dated = items.filter((i) => i.day && !Number.isNaN(ms(i.day)));
  const height = TOP + 4 * LANE + 40;
  const root = svg('svg', { viewBox: '0 0 ' + WIDTH + ' ' + height, class: 'timeline', role: 'group', 'aria-label': caption });
  if (!dated.length) return root;
  let lo = Math.min(...dated.map((i) => ms(i.day)));
  let hi = Math.max(...dated.map((i) => ms(i.day)));
  if (hi - lo < 2 * DAY) { lo -= DAY; hi += DAY; }
  const PAD = 12; // keeps the first and last dots inside the plot
  const x = (t) => LEFT + PAD + ((t - lo) / (hi - lo)) * (WIDTH - LEFT - RIGHT - 2 * PAD);
  for (let q = 1; q <= 4; q++) {
    const y = TOP + (q - 1) * LANE;
    root.append(
      svg('rect', { x: LEFT, y, width: WIDTH - LEFT - RIGHT, height: LANE, class: 'lane lane' + q }),
      svg('text', { x: LEFT - 8, y: y + LANE / 2 + 4, 'text-anchor': 'end', class: 'lane-label' }, QUADS[q]));
  }
  const axisY = TOP + 4 * LANE;
  root.append(svg('line', { x1: LEFT, x2: WIDTH - RIGHT, y1: axisY, y2: axisY, class: 'axis' }));
  const ticks = 6;
  for (let k = 0; k <= ticks; k++) {
    const t = lo + ((hi - lo) * k) / ticks;
    const label = new Date(t).toISOString().slice(0, 10);
    root.append(
      svg('line', { x1: x(t), x2: x(t), y1: axisY, y2: axisY + 5, class: 'axis' }),
      svg('text', { x: x(t), y: axisY + 20, 'text-anchor': k === 0 ? 'start' : k === ticks ? 'end' : 'middle', class: 'tick' }, label));
  }
  const stacked = new Map();
  for (const i of dated) {
    const q = quadOf(i) || 0;
    const lane = q || 4;
    const key = i.day + '/' + lane;
    const n = stacked.get(key) || 0;
    stacked.set(key, n + 1);
    // up to three a column (above, on and below the lane's middle), further ones in columns to
    // the right: no dot hides another
    const cy = TOP + (lane - 1) * LANE + LANE / 2 + ((n % 3) - 1) * 10;
    const cx = x(ms(i.day)) + Math.floor(n / 3) * 10;
    const r = Math.min(9, 4 + Math.sqrt(i.articles || 1));
    root.append(svg('a', { href: i.href, class: 'point', 'aria-label': i.title },
      svg('circle', { cx, cy, r, class: 'q' + q }),
      svg('title', null, i.title + ' — ' + quadName(q))));
  }
  return root;
}

function table(items) {
  const t = h('table', null,
    h('caption', null, 'The same events as a table'),
    h('thead', null, h('tr', null, ['Day', 'Event', 'QuadClass', 'Source', 'Target', 'Articles'].map((c) => h('th', { scope: 'col' }, c)))));
  const body = h('tbody', null);
  for (const i of items) {
    body.append(h('tr', null, h('td', null, i.day || 'undated'), h('td', null, h('a', { href: i.href }, i.label)),
      h('td', null, quadName(quadOf(i))), h('td', null, i.source_code ? actorLink(i.source_code) : '—'), h('td', null, i.target_code ? actorLink(i.target_code) : '—'), h('td', null, i.articles ?? '—')));
  }
  t.append(body);
  return t;
}

function points(records, idField) {
  return records.map((r) => {
    const id = r[idField];
    return {
      ...r,
      id,
      label: (r.label || r.cameo) + ' (' + r.cameo + ')',
      href: href('linked', id),
      title: (r.day || 'undated') + ' ' + (r.label || r.cameo) + ': ' + (r.source_code || '?') + (r.target_code ? ' → ' + r.target_code : ''),
    };
  });
}

function legend() {
  return h('ul', { class: 'inline legend' }, [1, 2, 3, 4].map((q) => h('li', null, h('span', { class: 'dot q' + q }), QUADS[q])));
}

/** An actor's timeline (linked events in which it is source or target). */
export async function actorTimeline(main, query) {
  const actor = query.get('actor');
  const form = h('form', { class: 'inline-form', id: 'timeline-form' },
    h('label', { for: 'timeline-actor' }, 'Actor (CAMEO code or name) '),
    h('input', { id: 'timeline-actor', name: 'actor', value: actor || '', required: true }),
    h('button', { type: 'submit' }, 'Show'));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    location.hash = href('timeline', { actor: form.elements.actor.value.trim() });
  });
  main.append(h('h1', null, actor ? 'Timeline: ' + actor : 'Timeline'), form);
  if (!actor) return;
  if (isCode(actor)) main.append(h('p', null, 'Actor page: ', actorLink(actor)));
  const t = await get('timeline', {}, { actor });
  const items = points(t.items, 'id');
  main.append(
    h('p', null, count(t.total, 'dated linked event') + ' with ' + actor + ' as source or target.'),
    legend(), chart(items, 'Events of ' + actor + ' over time, by QuadClass'), table(items));
}

/** A story's timeline. */
export async function storyTimeline(main, id) {
  const s = await get('story', { id });
  const items = points(s.timeline, 'event');
  main.append(
    h('h1', null, s.title),
    h('p', null, s.first + ' – ' + s.last + ' · ' + count(s.events, 'event') + ' in ' + count(s.articles, 'article') + ' · actors: ',
      s.actors.map((a, k) => [k ? ', ' : '', actorLink(a)])),
    legend(), chart(items, 'Events of the story over time, by QuadClass'), table(items));
}
