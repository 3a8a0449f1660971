// CAMEO QuadClass: names and the colour class of each.

export const QUADS = Object.freeze({
  1: 'verbal cooperation',
  2: 'material cooperation',
  3: 'verbal conflict',
  4: 'material conflict',
});

/** The QuadClass of a record: its quad field, else derived from the CAMEO root. */
export function quadOf(record) {
  const q = Number(record.quad);
  if (q >= 1 && q <= 4) return q;
  const root = parseInt(String(record.cameo || record.root || '').slice(0, 2), 10);
  if (root >= 1 && root <= 5) return 1;
  if (root >= 6 && root <= 8) return 2;
  if (root >= 9 && root <= 13) return 3;
  if (root >= 14 && root <= 20) return 4;
  return null;
}

export function quadName(q) {
  return QUADS[q] || 'unknown';
}

/** 'CODE (Name)', either part optional. */
export function actorLabel(code, name) {
  if (code && name) return name + ' (' + code + ')';
  return name || code || '—';
}

/** '1 article', '2 articles'. */
export function count(n, noun) {
  return n + ' ' + noun + (Number(n) === 1 ? '' : 's');
}
