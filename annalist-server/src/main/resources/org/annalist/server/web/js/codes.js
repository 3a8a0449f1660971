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

/** 'Name (CODE)', either part optional; names written all in capitals (dictionary phrases) title-cased. */
export function actorLabel(code, name) {
  const n = name && name === name.toUpperCase() ? title(name) : name;
  if (code && n) return n + ' (' + code + ')';
  return n || code || '—';
}

const SMALL = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'de', 'la', 'al']);

/**
 * 'BARACK OBAMA' → 'Barack Obama' (dictionary phrases are upper case); words with dots, without a
 * vowel or of two letters stay upper case ('U.K.', 'TTP', 'UK'), as does a name that is one word
 * of at most three letters ('USA', 'UAE'); joining words lower case.
 */
export function title(s) {
  const words = String(s).split(' ');
  if (words.length === 1 && words[0].length <= 3) return words[0];
  return words.map((w, k) => {
    const lower = w.toLowerCase();
    if (k > 0 && SMALL.has(lower)) return lower;
    if (w.includes('.') || !/[AEIOUY]/.test(w) || (w.length === 2 && !SMALL.has(lower))) return w;
    return lower.replace(/(^|[-'(])(\p{L})/gu, (_, p, c) => p + c.toUpperCase());
  }).join(' ');
}


/** '1 article', '2 articles'. */
export function count(n, noun) {
  return n + ' ' + noun + (Number(n) === 1 ? '' : 's');
}
