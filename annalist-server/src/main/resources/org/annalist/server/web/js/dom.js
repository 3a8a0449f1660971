// Building DOM safely: text always goes in through text nodes, never through innerHTML.

const SVG_NS = 'http://www.w3.org/2000/svg';

function fill(el, attrs, children) {
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') el.setAttribute('class', v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, children);
  return el;
}

/** Appends children: strings and numbers as text, nodes as they are; arrays flattened, nulls skipped. */
export function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

/** An HTML element: h('a', {href: '#/'}, 'text', child, ...). */
export function h(tag, attrs, ...children) {
  return fill(document.createElement(tag), attrs, children);
}

/** An SVG element. */
export function svg(tag, attrs, ...children) {
  return fill(document.createElementNS(SVG_NS, tag), attrs, children);
}

/** A hash link inside the app; parts are URI-encoded. */
export function link(text, ...parts) {
  return h('a', { href: href(...parts) }, text);
}

/** '#/' + the parts, each URI-encoded; a trailing object becomes the query. */
export function href(...parts) {
  let query = '';
  if (parts.length && typeof parts[parts.length - 1] === 'object') {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(parts.pop())) {
      if (v !== null && v !== undefined && v !== '') q.set(k, String(v));
    }
    const s = q.toString();
    if (s) query = '?' + s;
  }
  return '#/' + parts.map((p) => encodeURIComponent(String(p))).join('/') + query;
}

/** A definition list from [term, value] pairs; values that are null are shown as an em dash. */
export function facts(pairs) {
  const dl = h('dl', { class: 'facts' });
  for (const [term, value] of pairs) {
    append(dl, [h('dt', null, term), h('dd', null, value === null || value === undefined || value === '' ? '—' : value)]);
  }
  return dl;
}

/** Text with marks: highlights are {start, end} offsets into text. */
export function marked(text, highlights) {
  const out = [];
  let at = 0;
  const sorted = [...(highlights || [])].sort((a, b) => a.start - b.start);
  for (const m of sorted) {
    if (m.start < at || m.end > text.length || m.end <= m.start) continue;
    out.push(text.slice(at, m.start), h('mark', null, text.slice(m.start, m.end)));
    at = m.end;
  }
  out.push(text.slice(at));
  return out;
}

/**
 * The one-click way from an event to its evidence: a link to the article with the span
 * start–end (the sentence the event was coded from) marked, scrolled to and focused. Null when
 * the offsets are missing.
 */
export function evidence(article, start, end, text = 'evidence') {
  if (!article || !Number.isInteger(start) || !Number.isInteger(end)) return null;
  return h('a', { class: 'evidence', href: href('article', article, { at: start + '-' + end }), title: 'the sentence this was coded from, marked in its article' }, text);
}

/** evidence() for a coded event record (events export record, or a search hit's unit). */
export function eventEvidence(e, text) {
  return e ? evidence(e.article, e.evidence_start, e.evidence_end, text) : null;
}
