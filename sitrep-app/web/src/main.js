// Wires the page: shared filters in the address, the four views of the store, and the text box.
import { getJson, postJson } from './api.js';
import { countryName } from './countries.js';
import { renderDetail, renderEventRows } from './events.js';
import { EventMap } from './map.js';
import { Network } from './network.js';
import { FILTER_KEYS, filtersOf, readState, writeState } from './state.js';
import { Timeline } from './timeline.js';

const PAGE_SIZE = 50;
const $ = (id) => document.getElementById(id);

let state = readState();
let generation = 0;

function showError(error) {
  const box = $('error');
  if (!error) {
    box.hidden = true;
    box.textContent = '';
    return;
  }
  box.hidden = false;
  box.textContent = error.message;
}

function nodeLabel(level) {
  return (node) => {
    if (!node) return '';
    if (level === 'country') return countryName(node.code);
    return node.name && node.name !== node.code ? `${node.name} (${node.code})` : node.code;
  };
}

// ---- the filter form ----

function fillForm() {
  const form = $('filters');
  for (const key of FILTER_KEYS) {
    if (key === 'quad') continue;
    form.elements[key].value = state[key] ?? '';
  }
  const quads = new Set((state.quad ?? '').split(',').filter(Boolean));
  for (const box of form.querySelectorAll('input[name="quad"]')) box.checked = quads.has(box.value);
  $('network-level').value = state.level ?? 'country';
  $('interval').value = state.interval ?? 'day';
  $('sort').value = state.sort ?? 'newest';
}

function readForm() {
  const form = $('filters');
  const filters = {};
  for (const key of FILTER_KEYS) {
    if (key === 'quad') continue;
    const value = form.elements[key].value.trim();
    if (value) filters[key] = value;
  }
  const quads = [...form.querySelectorAll('input[name="quad"]:checked')].map((box) => box.value);
  if (quads.length && quads.length < 4) filters.quad = quads.join(',');
  return filters;
}

function viewSettings() {
  const { tab, level, interval, sort } = state;
  return { tab, level, interval, sort };
}

/** Replaces the filters (the view settings stay), back to the first page, and redraws everything. */
function setFilters(filters) {
  state = { ...viewSettings(), ...filters };
  writeState(state);
  fillForm();
  refresh();
}

function changeFilters(changes) {
  const filters = { ...filtersOf(state), ...changes };
  for (const key of Object.keys(filters)) if (!filters[key]) delete filters[key];
  setFilters(filters);
}

// ---- the views of the store ----

const eventMap = new EventMap($('map'), {
  note: $('map-note'),
  legend: $('map-legend'),
  onPick: (basis, point) => (basis === 'place' ? changeFilters({ place: point.name }) : changeFilters({ country: point.country })),
});
const timeline = new Timeline($('timeline'), {
  note: $('timeline-note'),
  onRange: (from, to) => changeFilters({ from, to }),
});
const network = new Network($('network'), {
  labelOf: (node) => nodeLabel(state.level ?? 'country')(node),
  onNode: (node) => changeFilters({ actor: node.code, actor2: '' }),
  onEdge: (edge) => changeFilters({ actor: edge.a, actor2: edge.b }),
});

async function refresh() {
  const mine = ++generation;
  const filters = filtersOf(state);
  const offset = Number(state.offset ?? 0);
  showError(null);
  document.body.dataset.loading = 'true';
  try {
    const [events, points, graph, series] = await Promise.all([
      getJson('/api/events', { ...filters, sort: state.sort, limit: PAGE_SIZE, offset }),
      getJson('/api/map', filters),
      getJson('/api/network', { ...filters, level: state.level ?? 'country' }),
      getJson('/api/timeline', { ...filters, interval: state.interval ?? 'day' }),
    ]);
    if (mine !== generation) return;
    renderEvents(events);
    eventMap.setData(points);
    network.setData(graph.nodes, graph.edges);
    timeline.setData(series);
    if (state.event) await showEvent(state.event);
  } catch (error) {
    if (mine === generation) showError(error);
  } finally {
    if (mine === generation) document.body.dataset.loading = 'false';
  }
}

function renderEvents(listing) {
  const shownFrom = listing.total ? listing.offset + 1 : 0;
  const shownTo = listing.offset + listing.items.length;
  $('events-count').textContent = `${listing.total} matching`;
  $('page').textContent = `${shownFrom}–${shownTo} of ${listing.total}`;
  $('prev').disabled = listing.offset === 0;
  $('next').disabled = shownTo >= listing.total;
  renderEventRows($('events').tBodies[0], listing.items, {
    selectedId: state.event,
    firstCell: (event) => event.date ?? 'undated',
    onSelect: (event) => {
      state = { ...state, event: event.id };
      writeState(state, { replace: true });
      renderDetail($('detail'), event);
    },
  });
}

async function showEvent(id) {
  try {
    renderDetail($('detail'), await getJson(`/api/events/${encodeURIComponent(id)}`));
  } catch (error) {
    $('detail').textContent = error.message;
  }
}

function page(step) {
  const offset = Math.max(0, Number(state.offset ?? 0) + step * PAGE_SIZE);
  state = { ...state, offset: offset || undefined };
  writeState(state);
  refresh();
}

// ---- the text box ----

function codeNetwork(events, level) {
  const key = (actor) => (level === 'country' ? actor.code.slice(0, 3) : actor.code);
  const nodes = new Map();
  const edges = new Map();
  for (const event of events) {
    if (!event.target || !event.source.code || !event.target.code) continue;
    const s = key(event.source);
    const t = key(event.target);
    if (s === t) continue;
    const [a, b] = s < t ? [s, t] : [t, s];
    const id = `${a}|${b}`;
    const edge = edges.get(id) ?? { a, b, events: 0, cooperation: 0, conflict: 0, aToB: 0, bToA: 0, total: 0, meanGoldstein: 0 };
    edge.events += 1;
    edge.total += event.goldstein;
    edge.meanGoldstein = edge.total / edge.events;
    if (event.quadClass <= 2) edge.cooperation += 1;
    else edge.conflict += 1;
    if (s === a) edge.aToB += 1;
    else edge.bToA += 1;
    edges.set(id, edge);
    for (const [code, actor] of [[s, event.source], [t, event.target]]) {
      const node = nodes.get(code) ?? { code, name: level === 'country' ? code : actor.name, events: 0 };
      node.events += 1;
      nodes.set(code, node);
    }
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

const articleNetwork = new Network($('code-network'), {
  labelOf: nodeLabel('country'),
  onNode: () => {},
  onEdge: () => {},
});

function listOrNote(list, listing, describe) {
  list.replaceChildren();
  if (!listing.items.length) {
    const note = document.createElement('li');
    note.className = 'note';
    note.textContent = listing.note ?? 'none found';
    list.append(note);
    return;
  }
  for (const item of listing.items) {
    const li = document.createElement('li');
    li.textContent = describe(item);
    list.append(li);
  }
}

async function codeArticle(event) {
  event.preventDefault();
  const text = $('article-text').value;
  const date = $('article-date').value || null;
  const status = $('code-status');
  status.textContent = 'Coding…';
  document.body.dataset.coding = 'true';
  try {
    const coded = await postJson('/api/code', { text, date });
    status.textContent = `“${coded.title}”: ${coded.sentences} sentences, ${coded.events.length} events, `
      + `${coded.actors.length} actors, coded in ${coded.millis} ms`
      + (coded.problems.length ? `; problems: ${coded.problems.map((p) => p.message).join('; ')}` : '');
    $('code-results').hidden = false;
    $('code-events-count').textContent = `${coded.events.length}`;
    renderEventRows($('code-events').tBodies[0], coded.events, {
      firstCell: (e, index) => index + 1,
      onSelect: (e) => renderDetail($('code-detail'), e),
    });
    const actors = $('code-actors');
    actors.replaceChildren();
    for (const actor of coded.actors) {
      const li = document.createElement('li');
      li.innerHTML = '<span class="code"></span> <span class="name"></span> <span class="hint"></span>';
      li.children[0].textContent = actor.code || '?';
      li.children[1].textContent = actor.name;
      li.children[2].textContent = `${actor.mentions}× ${actor.texts.slice(0, 4).join(' · ')}`;
      actors.append(li);
    }
    listOrNote($('code-places'), coded.places, (place) => Object.values(place).join(', '));
    listOrNote($('code-quotes'), coded.quotes, (quote) => Object.values(quote).join(' — '));
    const graph = codeNetwork(coded.events, 'country');
    articleNetwork.setData(graph.nodes, graph.edges);
  } catch (error) {
    status.textContent = error.message;
  } finally {
    document.body.dataset.coding = 'false';
  }
}

// ---- tabs and start-up ----

function showTab(tab) {
  for (const button of document.querySelectorAll('.tabs button')) {
    button.setAttribute('aria-selected', String(button.dataset.tab === tab));
  }
  $('explore').hidden = tab !== 'explore';
  $('code').hidden = tab !== 'code';
}

async function start() {
  showTab(state.tab ?? 'explore');
  for (const button of document.querySelectorAll('.tabs button')) {
    button.addEventListener('click', () => {
      state = { ...state, tab: button.dataset.tab === 'explore' ? undefined : button.dataset.tab };
      writeState(state, { replace: true });
      showTab(button.dataset.tab);
    });
  }
  $('filters').addEventListener('submit', (event) => {
    event.preventDefault();
    setFilters(readForm());
  });
  $('reset').addEventListener('click', () => setFilters({}));
  $('prev').addEventListener('click', () => page(-1));
  $('next').addEventListener('click', () => page(1));
  for (const [id, key] of [['network-level', 'level'], ['interval', 'interval'], ['sort', 'sort']]) {
    $(id).addEventListener('change', () => {
      state = { ...state, [key]: $(id).value, offset: key === 'sort' ? undefined : state.offset };
      writeState(state);
      refresh();
    });
  }
  $('code-form').addEventListener('submit', codeArticle);
  window.addEventListener('popstate', () => {
    state = readState();
    fillForm();
    showTab(state.tab ?? 'explore');
    refresh();
  });
  try {
    const [summary, cameo] = await Promise.all([getJson('/api/summary'), getJson('/api/cameo')]);
    const span = summary.firstDate ? `, ${summary.firstDate} to ${summary.lastDate}` : '';
    const names = { places: 'places', eventDates: 'event dates', stories: 'stories', quotes: 'quotes' };
    const missing = Object.entries(summary.features).filter(([, present]) => !present).map(([name]) => names[name] ?? name);
    $('summary').textContent = `${summary.events} events from ${summary.articles} articles${span}`
      + (missing.length ? ` · not in this store yet: ${missing.join(', ')}` : '');
    const roots = $('filters').elements.root;
    for (const code of cameo.items.filter((c) => c.code.length === 2)) {
      const option = document.createElement('option');
      option.value = code.code;
      option.textContent = `${code.code} ${code.description}`;
      roots.append(option);
    }
  } catch (error) {
    showError(error);
  }
  fillForm();
  await refresh();
}

start();
