// The dyad view, #/dyad?a=A&b=B&by=month&measure=sum: Goldstein over time in both directions
// (/api/v1/dyad), and the counts per QuadClass as a table, each period linking to its events.
import { get } from './api.js';
import { h, svg, href } from './dom.js';
import { QUADS, count } from './codes.js';
import { isCode } from './actor.js';

const BY = ['day', 'week', 'month'];
const MEASURES = { sum: 'Goldstein sum', mean: 'Goldstein mean' };

/** The last day of the period that starts on start ('YYYY-MM-DD'). */
export function periodEnd(start, by) {
  const d = new Date(start + 'T00:00:00Z');
  if (by === 'week') d.setUTCDate(d.getUTCDate() + 6);
  else if (by === 'month') d.setUTCMonth(d.getUTCMonth() + 1, 0);
  return d.toISOString().slice(0, 10);
}

/**
 * Where the events of one period and direction are listed: the actor page of the source with the
 * target as the other party (or of the target, when only it is a code); null when neither is a code.
 */
export function periodHref(source, target, start, by) {
  const period = { from: start, to: periodEnd(start, by), basis: 'linked_events' };
  if (isCode(source)) return href('actor', source, { role: 'source', with: target, ...period });
  if (isCode(target)) return href('actor', target, { role: 'target', with: source, ...period });
  return null;
}

function value(item, measure) {
  const v = measure === 'mean' ? item.goldstein_mean : item.goldstein_sum;
  return v === null || v === undefined ? 0 : Number(v);
}

/** Pairs the records of /api/v1/dyad by period: [{period, start, ab, ba}]. */
export function periods(d) {
  const out = new Map();
  for (const i of d.items) {
    if (!out.has(i.period)) out.set(i.period, { period: i.period, start: i.start, ab: null, ba: null });
    const p = out.get(i.period);
    if (i.source === d.a && i.target === d.b && !p.ab) p.ab = i;
    else p.ba = i;
  }
  return [...out.values()];
}

function niceStep(range) {
  const raw = range / 5;
  const mag = Math.pow(10, Math.floor(Math.log10(raw)));
  for (const m of [1, 2, 2.5, 5, 10]) if (raw <= m * mag) return m * mag;
  return 10 * mag;
}

/**
 * The chart: per period two bars from the zero line (A → B, then B → A), up for cooperation
 * (positive Goldstein), down for conflict; each bar a link to its events.
 */
export function dyadChart(d, rows, measure) {
  const WIDTH = 960;
  const HEIGHT = 340;
  const LEFT = 64;
  const RIGHT = 16;
  const TOP = 24;
  const BOTTOM = 64;
  const values = rows.flatMap((r) => [r.ab, r.ba].filter(Boolean).map((i) => value(i, measure)));
  let hi = Math.max(1, ...values);
  let lo = Math.min(-1, ...values);
  const step = niceStep(hi - lo);
  hi = Math.ceil(hi / step) * step;
  lo = Math.floor(lo / step) * step;
  const y = (v) => TOP + ((hi - v) / (hi - lo)) * (HEIGHT - TOP - BOTTOM);
  const root = svg('svg', {
    viewBox: '0 0 ' + WIDTH + ' ' + HEIGHT, class: 'dyad', role: 'group',
    'aria-label': MEASURES[measure] + ' per ' + d.by + ', ' + d.a + ' → ' + d.b + ' and ' + d.b + ' → ' + d.a,
  });
  const plotW = WIDTH - LEFT - RIGHT;
  root.append(
    svg('rect', { x: LEFT, y: y(hi), width: plotW, height: y(0) - y(hi), class: 'zone-coop' }),
    svg('rect', { x: LEFT, y: y(0), width: plotW, height: y(lo) - y(0), class: 'zone-conflict' }),
    svg('text', { x: LEFT + 6, y: y(hi) + 14, class: 'zone-label' }, 'cooperation ↑'),
    svg('text', { x: LEFT + 6, y: y(lo) - 6, class: 'zone-label' }, 'conflict ↓'));
  for (let v = lo; v <= hi + 1e-9; v += step) {
    const label = Number.isInteger(v) ? String(v) : v.toFixed(1);
    root.append(
      svg('line', { x1: LEFT - 4, x2: LEFT + plotW, y1: y(v), y2: y(v), class: v === 0 ? 'zero' : 'grid' }),
      svg('text', { x: LEFT - 8, y: y(v) + 4, 'text-anchor': 'end', class: 'tick' }, label));
  }
  root.append(svg('text', {
    x: 14, y: TOP + (HEIGHT - TOP - BOTTOM) / 2, 'text-anchor': 'middle', class: 'axis-label',
    transform: 'rotate(-90 14 ' + (TOP + (HEIGHT - TOP - BOTTOM) / 2) + ')',
  }, MEASURES[measure]));
  const slot = plotW / Math.max(1, rows.length);
  const bar = Math.max(2, Math.min(28, slot * 0.38));
  const labelEvery = Math.max(1, Math.ceil(rows.length / Math.floor(plotW / 70)));
  rows.forEach((r, k) => {
    const cx = LEFT + slot * (k + 0.5);
    [['ab', r.ab, d.a, d.b, -1], ['ba', r.ba, d.b, d.a, 0]].forEach(([cls, item, src, tgt, side]) => {
      if (!item) return;
      const v = value(item, measure);
      const top = Math.min(y(v), y(0));
      const height = Math.max(item.events ? 2 : 0, Math.abs(y(v) - y(0)));
      const tip = r.period + ', ' + src + ' → ' + tgt + ': ' + count(item.events, 'event') + ', ' + MEASURES[measure].toLowerCase() + ' ' + (item.events ? v : '—');
      const rect = svg('rect', { x: cx + side * bar, y: top, width: bar, height, class: 'bar ' + cls });
      const target = item.events ? periodHref(src, tgt, r.start, d.by) : null;
      root.append(target
        ? svg('a', { href: target, class: 'bar-link', 'aria-label': tip }, rect, svg('title', null, tip))
        : svg('g', null, rect, svg('title', null, tip)));
    });
    if (k % labelEvery === 0) {
      root.append(svg('text', { x: cx, y: HEIGHT - BOTTOM + 18, 'text-anchor': 'middle', class: 'tick' }, r.period));
    }
  });
  root.append(svg('text', { x: LEFT + plotW / 2, y: HEIGHT - 12, 'text-anchor': 'middle', class: 'axis-label' }, 'period (' + d.by + ')'));
  return root;
}

function legend(d) {
  return h('ul', { class: 'inline legend', id: 'dyad-legend' },
    h('li', null, h('span', { class: 'swatch ab' }), d.a + ' → ' + d.b),
    h('li', null, h('span', { class: 'swatch ba' }), d.b + ' → ' + d.a),
    h('li', null, 'bars above the zero line: cooperation; below: conflict'));
}

function table(d, rows) {
  const t = h('table', { id: 'dyad-table' },
    h('caption', null, 'Linked events per period and direction, by QuadClass (the chart’s data)'),
    h('thead', null, h('tr', null, ['Period', 'Direction', 'Events', 'Mentions', QUADS[1], QUADS[2], QUADS[3], QUADS[4], 'Goldstein sum', 'Goldstein mean']
      .map((c) => h('th', { scope: 'col' }, c)))));
  const body = h('tbody', null);
  for (const r of rows) {
    for (const [item, src, tgt] of [[r.ab, d.a, d.b], [r.ba, d.b, d.a]]) {
      if (!item) continue;
      const target = item.events ? periodHref(src, tgt, r.start, d.by) : null;
      body.append(h('tr', null,
        h('th', { scope: 'row' }, target ? h('a', { href: target }, r.period) : r.period),
        h('td', null, src + ' → ' + tgt), h('td', null, item.events), h('td', null, item.mentions),
        h('td', null, item.quad1), h('td', null, item.quad2), h('td', null, item.quad3), h('td', null, item.quad4),
        h('td', null, item.goldstein_sum), h('td', null, item.goldstein_mean ?? '—')));
    }
  }
  t.append(body);
  return t;
}

/** #/dyad?a=A&b=B&by=month&measure=sum */
export async function dyad(main, query) {
  const a = (query.get('a') || '').trim();
  const b = (query.get('b') || '').trim();
  const by = BY.includes(query.get('by')) ? query.get('by') : 'month';
  const measure = query.get('measure') === 'mean' ? 'mean' : 'sum';
  const form = h('form', { class: 'inline-form', id: 'dyad-form' },
    h('label', { for: 'dyad-a' }, 'Actor A'),
    h('input', { id: 'dyad-a', name: 'a', value: a, required: true, placeholder: 'code or name' }),
    h('label', { for: 'dyad-b' }, 'actor B'),
    h('input', { id: 'dyad-b', name: 'b', value: b, required: true, placeholder: 'code or name' }),
    h('label', { for: 'dyad-by' }, 'per'),
    h('select', { id: 'dyad-by', name: 'by' }, BY.map((v) => h('option', { value: v, selected: v === by }, v))),
    h('label', { for: 'dyad-measure' }, 'showing'),
    h('select', { id: 'dyad-measure', name: 'measure' }, Object.entries(MEASURES).map(([v, t]) => h('option', { value: v, selected: v === measure }, t))),
    h('button', { type: 'submit' }, 'Show'));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const f = form.elements;
    location.hash = href('dyad', { a: f.a.value.trim(), b: f.b.value.trim(), by: f.by.value, measure: f.measure.value === 'sum' ? null : f.measure.value });
  });
  main.append(h('h1', null, a && b ? 'Dyad: ' + a + ' – ' + b : 'Dyad'), form);
  if (!a || !b) {
    main.append(h('p', null, 'Choose two actors (CAMEO codes such as USA, TAL, or names) to see their events towards each other over time.'));
    return;
  }
  const d = await get('dyad', {}, { a, b, by });
  const rows = periods(d);
  const total = d.items.reduce((n, i) => n + i.events, 0);
  main.append(h('p', { id: 'dyad-total' }, count(total, 'linked event') + ' between ' + a + ' and ' + b + ' in ' + count(rows.length, 'period'),
    d.left_out_coarser ? ' (' + count(d.left_out_coarser, 'event') + ' dated too coarsely for a ' + by + ' left out)' : '', '.',
    ' Actors: ', isCode(a) ? h('a', { href: href('actor', a) }, a) : a, ', ', isCode(b) ? h('a', { href: href('actor', b) }, b) : b, '.'));
  if (!rows.length) return;
  main.append(legend(d), dyadChart(d, rows, measure), table(d, rows));
}
