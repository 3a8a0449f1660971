import { get } from './api.js';
import { h, link, facts, evidence, eventEvidence } from './dom.js';
import { articlesById, articleCell } from './lists.js';
import { actorLabel, count, quadName, quadOf } from './codes.js';
import { actorLink } from './actor.js';

function party(p) {
  if (!p) return null;
  const name = actorLink(p.code, p.name);
  return p.text && p.text !== p.name ? [name, ' — “' + p.text + '”'] : name;
}

function withPrecision(value, precision) {
  if (!value) return precision && precision !== 'none' ? '(' + precision + ')' : null;
  return precision ? value + ' (' + precision + ')' : value;
}

/** A coded event (one article's mention), with its evidence link. */
export async function event(main, id) {
  const e = await get('event', { id });
  const a = await get('article', { id: e.article });
  // the linked event this mention belongs to: one of the article's, whose reports list it
  const candidates = await Promise.all(a.linked_events.map((lid) => get('linkedEvent', { id: lid })));
  const happening = candidates.find((l) => l.reports.some((r) => r.mention === e.id));
  const q = quadOf(e);
  main.append(
    h('h1', null, 'Event ', h('code', null, e.cameo), e.trigger ? ' “' + e.trigger + '”' : ''),
    facts([
      ['CAMEO code', e.cameo + ' (root ' + e.root + ')'],
      ['PLOVER', e.plover ? e.plover + (e.plover_mode ? ' / ' + e.plover_mode : '') : null],
      ['QuadClass', [h('span', { class: 'dot q' + (q || 0) }), q + ': ' + quadName(q)]],
      ['Goldstein', e.goldstein],
      ['Source', party(e.source)],
      ['Target', party(e.target)],
      ['Date', withPrecision(e.date, e.date_precision)],
      ['Place', withPrecision(e.place, e.place_precision)],
      ['Factuality', e.factuality],
      ['Asserted by', party(e.asserted_by)],
      ['Linked event', happening ? [link((happening.label || happening.cameo) + ' (' + happening.id + ')', 'linked', happening.id), ', ' + count(happening.articles, 'article')] : null],
      ['Article', [link(a.title || e.article, 'article', e.article), a.outlet ? ', ' + a.outlet : '', a.published ? ', ' + a.published : '']],
    ]),
    h('blockquote', { class: 'evidence-text' }, a.body.slice(e.evidence_start, e.evidence_end)),
    h('p', null, evidence(e.article, e.evidence_start, e.evidence_end),
      ' — the sentence this event was coded from, marked in the article'),
  );
  return e;
}

/** A linked event: one happening, with every report (mention) of it. */
export async function linkedEvent(main, id) {
  const e = await get('linkedEvent', { id });
  // the mentions' records, for each one's evidence offsets (one request; ids at most 500)
  const ids = [...new Set(e.reports.map((r) => r.mention))].slice(0, 500);
  const mentions = ids.length ? await get('events', {}, { ids: ids.join(','), limit: ids.length }) : { items: [] };
  const byId = new Map(mentions.items.map((m) => [m.id, m]));
  const articles = await articlesById(e.reports.map((r) => r.article));
  const q = quadOf(e);
  const parties = (list) => (list && list.length ? list.map((p) => actorLabel(p.code, p.name)).join(', ') : null);
  main.append(
    h('h1', null, e.label || e.cameo, ' ', h('code', null, e.cameo)),
    facts([
      ['Label', e.label],
      ['CAMEO code', e.cameo + ' (root ' + e.root + ')'],
      ['QuadClass', [h('span', { class: 'dot q' + (q || 0) }), q + ': ' + quadName(q)]],
      ['Goldstein', e.goldstein],
      ['Source', e.source_code ? [actorLink(e.source_code, e.source_name), ' · ', link('timeline', 'timeline', { actor: e.source_code })] : null],
      ['Target', e.target_code ? [actorLink(e.target_code, e.target_name), ' · ', link('timeline', 'timeline', { actor: e.target_code })] : null],
      ['Date', withPrecision(e.date, e.date_precision)],
      ['Place', withPrecision(e.place, e.place_precision)],
      ['Reports', count(e.mentions, 'mention') + ' in ' + count(e.articles, 'article') + ', ' + count(e.outlets, 'outlet') + ' (' + e.independent_outlets + ' independent)'],
      ['First and last report', (e.first_report || '?') + ' – ' + (e.last_report || '?')],
      ['Disputed', e.disputed ? 'yes' : 'no'],
      ['Asserting', parties(e.asserting)],
      ['Denying', parties(e.denying)],
    ]),
  );
  const table = h('table', null,
    h('caption', { class: 'visually-hidden' }, 'Reports of this event'),
    h('thead', null, h('tr', null, ['Published', 'Outlet', 'Code', 'Factuality', 'Asserted by', 'Mention', 'Evidence', 'Article'].map((t) => h('th', { scope: 'col' }, t)))));
  const tbody = h('tbody', null);
  for (const r of e.reports) {
    tbody.append(h('tr', null,
      h('td', null, r.published || '—'), h('td', null, r.outlet || '—'), h('td', null, r.cameo),
      h('td', null, r.factuality), h('td', null, r.asserted_by || '—'),
      h('td', null, link(r.mention, 'event', r.mention)),
      h('td', null, eventEvidence(byId.get(r.mention)) || '—'),
      h('td', null, articleCell(r.article, articles.get(r.article)))));
  }
  table.append(tbody);
  main.append(h('section', null, h('h2', null, 'Mentions'), table));
  return e;
}
