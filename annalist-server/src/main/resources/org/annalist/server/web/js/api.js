// The JSON API. Every path is written here as a literal route pattern ('{id}' for a path
// parameter): the server's tests check each one against the server's route list.

export const PATHS = Object.freeze({
  status: '/api/v1',
  overview: '/api/v1/overview',
  article: '/api/v1/articles/{id}',
  event: '/api/v1/events/{id}',
  linkedEvent: '/api/v1/linked-events/{id}',
  stories: '/api/v1/stories',
  story: '/api/v1/stories/{id}',
  timeline: '/api/v1/timeline',
  search: '/api/v1/search',
  articles: '/api/v1/articles',
  quotes: '/api/v1/quotes',
  speakers: '/api/v1/speakers',
  events: '/api/v1/events',
  entities: '/api/v1/entities',
  entity: '/api/v1/entities/{id}',
  linkedEvents: '/api/v1/linked-events',
  actors: '/api/v1/actors',
  actor: '/api/v1/actors/{code}',
  actorEvents: '/api/v1/actors/{code}/events',
  actorQuotes: '/api/v1/actors/{code}/quotes',
  dyad: '/api/v1/dyad',
  map: '/api/v1/map',
  mapOutlines: '/api/v1/map/outlines',
});

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** GET a path of PATHS; pathParams fill '{name}', query becomes the query string. */
export async function get(name, pathParams = {}, query = {}) {
  let path = PATHS[name];
  if (!path) throw new Error('unknown API path ' + name);
  path = path.replace(/\{(\w+)\}/g, (_, k) => encodeURIComponent(String(pathParams[k])));
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v !== null && v !== undefined && v !== '') q.set(k, String(v));
  }
  const qs = q.toString();
  // relative to the page, so the UI also works behind a reverse proxy under a prefix
  const url = '.' + path + (qs ? '?' + qs : '');
  const r = await fetch(url, { headers: { Accept: 'application/json' } });
  let body;
  try {
    body = await r.json();
  } catch (e) {
    throw new ApiError(r.status, 'the server answered ' + r.status + ' without JSON');
  }
  if (!r.ok) throw new ApiError(r.status, body && body.error ? body.error : 'HTTP ' + r.status);
  return body;
}
