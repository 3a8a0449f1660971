import { get } from './api.js';
import { h, link, facts, append, eventEvidence } from './dom.js';
import { actorLabel } from './codes.js';

/** Parses 'START-END' into {start, end}, or null. */
export function parseSpan(s) {
  const m = /^(\d+)-(\d+)$/.exec(s || '');
  if (!m) return null;
  const start = Number(m[1]);
  const end = Number(m[2]);
  return end > start ? { start, end } : null;
}

/**
 * Splits body into segments at every annotation boundary; each segment lists the annotations
 * that cover it. Annotations: {start, end, kind, label, href?}.
 */
export function segments(body, annotations) {
  const anns = annotations.filter((a) => a.start >= 0 && a.end <= body.length && a.end > a.start);
  const cuts = new Set([0, body.length]);
  for (const a of anns) { cuts.add(a.start); cuts.add(a.end); }
  const sorted = [...cuts].sort((x, y) => x - y);
  const out = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const s = sorted[i];
    const e = sorted[i + 1];
    out.push({ start: s, end: e, anns: anns.filter((a) => a.start <= s && a.end >= e) });
  }
  return out;
}

/** The article: body with entities, quotes and event triggers marked; ?at=START-END marked and scrolled to. */
export async function article(main, id, query) {
  const a = await get('article', { id });
  const at = parseSpan(query.get('at'));
  const anns = [];
  for (const m of a.entity_mentions || []) {
    anns.push({ start: m.start, end: m.end, kind: 'ent ent-' + String(m.type).toLowerCase(), label: m.type + ': ' + m.name });
  }
  for (const q of a.quotes) {
    anns.push({ start: q.start, end: q.end, kind: 'quote', label: q.kind + ' quote' + (q.speaker ? ' by ' + q.speaker.name : '') });
  }
  for (const e of a.events) {
    anns.push({ start: e.trigger_start, end: e.trigger_end, kind: 'trigger', label: 'event ' + e.cameo + ' (' + e.factuality + ')', href: '#/event/' + encodeURIComponent(e.id) });
  }
  if (at) anns.push({ start: at.start, end: at.end, kind: 'at', label: 'the passage asked for' });

  const body = h('div', { class: 'body', id: 'article-body' });
  let first = null;
  for (const seg of segments(a.body, anns)) {
    const text = a.body.slice(seg.start, seg.end);
    if (!seg.anns.length) { body.append(text); continue; }
    const kinds = seg.anns.map((x) => x.kind).join(' ');
    const title = seg.anns.map((x) => x.label).join('; ');
    const target = seg.anns.find((x) => x.href);
    let el = target
      ? h('a', { class: kinds, href: target.href, title }, text)
      : h('span', { class: kinds, title }, text);
    if (seg.anns.some((x) => x.kind === 'at')) {
      el = h('mark', { class: 'at' }, el);
      if (!first) { first = el; el.id = 'at'; }
    }
    body.append(el);
  }

  main.append(
    h('article', null,
      h('h1', null, a.title || '(untitled article)'),
      facts([
        ['Outlet', a.outlet], ['Published', a.published], ['Dateline', a.dateline],
        ['Byline', a.byline], ['Language', a.language], ['Id', a.id],
      ]),
      h('p', { class: 'legend' }, 'Marked: ',
        h('span', { class: 'ent ent-person' }, 'person'), ' ', h('span', { class: 'ent ent-organization' }, 'organisation'), ' ',
        h('span', { class: 'ent ent-location' }, 'place'), ' ', h('span', { class: 'quote' }, 'quote'), ' ',
        h('span', { class: 'trigger' }, 'event trigger (a link)'), at ? [' ', h('mark', { class: 'at' }, 'passage asked for')] : null),
      body),
  );
  const quotes = h('ol', null);
  for (const q of a.quotes) {
    quotes.append(h('li', null, q.speaker ? q.speaker.name + ': ' : '', link('“' + q.text + '”', 'article', a.id, { at: q.start + '-' + q.end })));
  }
  const events = h('ol', null);
  for (const e of a.events) {
    events.append(h('li', null, link(e.cameo + ' ' + (e.trigger || ''), 'event', e.id), ': ',
      e.source ? actorLabel(e.source.code, e.source.name) : '—', e.target ? ' → ' + actorLabel(e.target.code, e.target.name) : '',
      ' (' + e.factuality + ') · ', eventEvidence(e, 'mark its sentence')));
  }
  const linked = h('ul', null);
  for (const id of a.linked_events) linked.append(h('li', null, link(id, 'linked', id)));
  const entities = h('ul', { class: 'inline' });
  for (const e of a.entities) entities.append(h('li', null, link(e.name, 'entity', e.id), ' (' + e.type.toLowerCase() + ')'));
  append(main, [
    h('section', null, h('h2', null, 'Quotes'), a.quotes.length ? quotes : h('p', null, 'None.')),
    h('section', null, h('h2', null, 'Events'), a.events.length ? events : h('p', null, 'None.')),
    h('section', null, h('h2', null, 'Linked events'), a.linked_events.length ? linked : h('p', null, 'None.')),
    h('section', null, h('h2', null, 'Entities'), a.entities.length ? entities : h('p', null, 'None.')),
  ]);
  // app.js scrolls to and focuses #at once the view is on the page
  if (first) first.setAttribute('tabindex', '-1');
  return a;
}
