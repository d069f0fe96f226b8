// The filters every view shares, and the view settings, kept in the page's address so that a view can be
// bookmarked, shared and reloaded as it was.

export const FILTER_KEYS = ['actor', 'actor2', 'source', 'target', 'code', 'root', 'quad', 'country', 'place',
  'from', 'to', 'text', 'publisher', 'story'];
const VIEW_KEYS = ['tab', 'view', 'level', 'interval', 'sort', 'offset', 'event', 'merged'];

export function readState() {
  const query = new URLSearchParams(window.location.search);
  const state = {};
  for (const key of [...FILTER_KEYS, ...VIEW_KEYS]) {
    const value = query.get(key);
    if (value !== null && value !== '') state[key] = value;
  }
  return state;
}

export function writeState(state, { replace = false } = {}) {
  const query = new URLSearchParams();
  for (const key of [...FILTER_KEYS, ...VIEW_KEYS]) {
    const value = state[key];
    if (value !== undefined && value !== null && value !== '') query.set(key, value);
  }
  const url = `${window.location.pathname}${query.toString() ? `?${query}` : ''}`;
  if (replace) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
}

export function filtersOf(state) {
  const filters = {};
  for (const key of FILTER_KEYS) {
    if (state[key]) filters[key] = state[key];
  }
  return filters;
}
