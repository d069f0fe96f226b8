// Wires the page: shared filters in the address, the four views of the store, and the text box.
import { getJson, postJson } from './api.js';
import { countryName } from './countries.js';
import { renderDetail, renderEventRows, renderMergedDetail, renderMergedRows } from './events.js';
import { EventMap } from './map.js';
import { Network } from './network.js';
import { FILTER_KEYS, filtersOf, readState, writeState } from './state.js';
import { Timeline } from './timeline.js';

const PAGE_SIZE = 50;
const $ = (id) => document.getElementById(id);

let state = readState();
let generation = 0;
/** Whether the store has merged events; then they are the table's default. */
let mergedAvailable = false;

function currentView() {
  return mergedAvailable && state.view !== 'reports' ? 'merged' : 'reports';
}

/** Most reported is an order of merged events; reports fall back to newest first. */
function currentSort() {
  const sort = state.sort ?? 'newest';
  return sort === 'reported' && currentView() !== 'merged' ? 'newest' : sort;
}

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
  const publisher = form.elements.publisher;
  if (state.publisher && ![...publisher.options].some((option) => option.value === state.publisher)) {
    // A publisher from the address that the list does not hold (yet): keep it choosable.
    publisher.append(new Option(state.publisher, state.publisher));
  }
  for (const key of FILTER_KEYS) {
    if (key === 'quad') continue;
    form.elements[key].value = state[key] ?? '';
  }
  const quads = new Set((state.quad ?? '').split(',').filter(Boolean));
  for (const box of form.querySelectorAll('input[name="quad"]')) box.checked = quads.has(box.value);
  $('network-level').value = state.level ?? 'country';
  $('interval').value = state.interval ?? 'day';
  $('view').value = currentView();
  $('view').querySelector('option[value="merged"]').disabled = !mergedAvailable;
  $('sort').querySelector('option[value="reported"]').disabled = currentView() !== 'merged';
  $('sort').value = currentSort();
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
  const { tab, view, level, interval, sort, event, merged } = state;
  // The chosen event stays while the new filters keep it; refresh() drops it when they do not.
  return { tab, view, level, interval, sort, event, merged };
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
  controls: { zoomIn: $('map-zoom-in'), zoomOut: $('map-zoom-out'), reset: $('map-reset') },
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
  updateExport(filters);
  const merged = currentView() === 'merged';
  try {
    const [events, points, graph, series, chosen] = await Promise.all([
      getJson(merged ? '/api/merged' : '/api/events', { ...filters, sort: currentSort(), limit: PAGE_SIZE, offset }),
      getJson('/api/map', filters),
      getJson('/api/network', { ...filters, level: state.level ?? 'country' }),
      getJson('/api/timeline', { ...filters, interval: state.interval ?? 'day' }),
      stillChosen(filters),
    ]);
    if (mine !== generation) return;
    renderEvents(events, merged);
    eventMap.setData(points);
    network.setData(graph.nodes, graph.edges);
    $('network-note').textContent = graph.note ?? '';
    timeline.setData(series);
    await showChosen(chosen);
  } catch (error) {
    if (mine === generation) showError(error);
  } finally {
    if (mine === generation) document.body.dataset.loading = 'false';
  }
}

function renderEvents(listing, merged) {
  const shownFrom = listing.total ? listing.offset + 1 : 0;
  const shownTo = listing.offset + listing.items.length;
  $('events-count').textContent = merged ? `${listing.total} real events matching` : `${listing.total} reports matching`;
  $('page').textContent = `${shownFrom}–${shownTo} of ${listing.total}`;
  $('prev').disabled = listing.offset === 0;
  $('next').disabled = shownTo >= listing.total;
  $('first-column').textContent = merged ? 'First seen' : 'Date';
  $('last-column').textContent = merged ? 'Reports / publishers / articles' : 'Evidence';
  $('last-column').title = merged ? 'NumMentions / NumSources / NumArticles' : '';
  const tbody = $('events').tBodies[0];
  if (merged) {
    renderMergedRows(tbody, listing.items, {
      selectedId: state.merged,
      note: listing.note,
      onSelect: (event) => {
        state = { ...state, merged: event.id, event: undefined };
        writeState(state, { replace: true });
        showMerged(event.id);
      },
    });
    return;
  }
  renderEventRows(tbody, listing.items, {
    selectedId: state.event,
    firstCell: (event) => event.date ?? 'undated',
    onSelect: (event) => {
      state = { ...state, event: event.id, merged: undefined };
      writeState(state, { replace: true });
      renderDetail($('detail'), event);
    },
  });
}

const DETAIL_HINT = 'Click an event in the table to see its reports, sentence, evidence and rule.';

function clearDetail() {
  const hint = document.createElement('p');
  hint.className = 'hint';
  hint.textContent = DETAIL_HINT;
  $('detail').replaceChildren(hint);
}

/**
 * Whether the chosen event (a report or a merged event) is still among those the filters select: asked of
 * the server, since it may be on any page of the list.
 */
async function stillChosen(filters) {
  if (state.merged) {
    const answer = await getJson('/api/merged', { ...filters, id: state.merged, limit: 1 });
    return { kind: 'merged', id: state.merged, kept: answer.total > 0 };
  }
  if (state.event) {
    const answer = await getJson('/api/events', { ...filters, id: state.event, limit: 1 });
    return { kind: 'event', id: state.event, kept: answer.total > 0 };
  }
  return null;
}

async function showChosen(chosen) {
  if (!chosen) {
    clearDetail();
    return;
  }
  if (!chosen.kept) {
    // The new filters leave it out: showing it would suggest it matches.
    state = { ...state, event: undefined, merged: undefined };
    writeState(state, { replace: true });
    clearDetail();
    return;
  }
  if (chosen.kind === 'merged') await showMerged(chosen.id);
  else await showEvent(chosen.id);
}

async function showEvent(id) {
  try {
    renderDetail($('detail'), await getJson(`/api/events/${encodeURIComponent(id)}`));
  } catch (error) {
    $('detail').textContent = error.message;
  }
}

async function showMerged(id) {
  try {
    renderMergedDetail($('detail'), await getJson(`/api/merged/${encodeURIComponent(id)}`), {
      loadReport: (eventId) => getJson(`/api/events/${encodeURIComponent(eventId)}`),
    });
  } catch (error) {
    $('detail').textContent = error.message;
  }
}

/** The export link follows the filters and order of the table. */
function updateExport(filters) {
  const format = $('export-format').value;
  const query = new URLSearchParams({ format, ...filters });
  const sort = currentSort();
  // Only merged events have a number of reports to order by.
  if (sort !== 'newest' && (sort !== 'reported' || format === 'gdelt-merged')) query.set('sort', sort);
  $('export').href = `/api/export?${query}`;
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
  for (const item of listing.items) list.append(describe(item));
}

/** A place name of a pasted article as a row: the words, the place chosen for them and where it is. */
function placeRow(place) {
  const li = el('li');
  li.append(el('q', place.text));
  if (place.name) {
    // The gazetteer's full name names the country already, unless the place is a country or has no region.
    const parts = place.name.split(',').map((part) => part.trim()).filter(Boolean);
    const where = parts.length > 1 || !place.country ? parts.join(', ') : `${parts[0]}, ${place.country}`;
    const at = place.latitude == null ? '' : ` (${place.latitude.toFixed(2)}, ${place.longitude.toFixed(2)})`;
    li.append(' → ', el('span', where + at, 'name'));
  } else {
    li.append(' ', el('span', 'no place chosen', 'hint'));
  }
  li.append(el('span', ` sentence ${place.sentence}${place.actorUse ? ', names an actor here' : ''}`, 'hint'));
  return li;
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
    listOrNote($('code-places'), coded.places, placeRow);
    listOrNote($('code-quotes'), coded.quotes, (quote) => quoteRow({ ...quote, speaker_code: quote.speakerCode }));
    const graph = codeNetwork(coded.events, 'country');
    articleNetwork.setData(graph.nodes, graph.edges);
  } catch (error) {
    status.textContent = error.message;
  } finally {
    document.body.dataset.coding = 'false';
  }
}

// ---- pickers: actors by name, CAMEO codes, publishers ----

let actorAsk = 0;

/** Fills the actor suggestions with the store's actors whose code starts with, or name holds, what was typed. */
async function suggestActors(typed) {
  const mine = ++actorAsk;
  const list = $('actor-options');
  if (typed.trim().length < 2) {
    list.replaceChildren();
    return;
  }
  try {
    const actors = await getJson('/api/actors', { name: typed.trim(), limit: 15 });
    if (mine !== actorAsk) return;
    list.replaceChildren(...actors.items.map((actor) => {
      const option = new Option(`${actor.name} · ${actor.events} events`, actor.code);
      option.dataset.name = actor.name;
      return option;
    }));
  } catch {
    // Suggestions are a help: the field works without them.
  }
}

function wirePickers(cameo, publishers) {
  let timer;
  for (const name of ['actor', 'actor2', 'source', 'target']) {
    $('filters').elements[name].addEventListener('input', (event) => {
      clearTimeout(timer);
      timer = setTimeout(() => suggestActors(event.target.value), 150);
    });
  }
  $('cameo-options').replaceChildren(...cameo.items.map((code) => new Option(`${code.code} ${code.description}`, code.code)));
  const select = $('filters').elements.publisher;
  for (const publisher of publishers.items) {
    if ([...select.options].some((option) => option.value === publisher.name)) continue;
    select.append(new Option(`${publisher.name} (${publisher.events})`, publisher.name));
  }
}

// ---- stories ----

const storyTimeline = new Timeline($('story-timeline'), { note: $('story-timeline-note'), onRange: () => {} });
let storiesLoaded = false;

function el(tag, text, className) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = text;
  return node;
}

async function loadStories() {
  if (storiesLoaded) return;
  storiesLoaded = true;
  const list = $('story-list');
  try {
    const stories = await getJson('/api/stories', { limit: 200 });
    $('stories-count').textContent = stories.present ? `${stories.total}` : '';
    list.replaceChildren();
    if (!stories.items.length) {
      list.append(el('li', stories.note ?? 'This store has no stories: \'sitrep stories\' builds them.', 'note'));
      return;
    }
    for (const story of stories.items) {
      const li = el('li');
      li.dataset.id = story.id;
      const button = el('button', story.label || story.id);
      button.type = 'button';
      button.addEventListener('click', () => {
        for (const other of list.querySelectorAll('li.selected')) other.classList.remove('selected');
        li.classList.add('selected');
        showStory(story.id);
      });
      const size = story.article_count != null ? `${story.article_count} articles` : '';
      const when = story.first_seen ? ` · ${story.first_seen}${story.last_seen !== story.first_seen ? ` to ${story.last_seen}` : ''}` : '';
      li.append(button, el('span', size + when, 'hint'));
      list.append(li);
    }
  } catch (error) {
    storiesLoaded = false;
    list.replaceChildren(el('li', error.message, 'error'));
  }
}

async function showStory(id) {
  const detail = $('story-detail');
  detail.replaceChildren(el('p', 'Loading…', 'hint'));
  try {
    const [story, series] = await Promise.all([getJson(`/api/stories/${encodeURIComponent(id)}`),
      getJson('/api/timeline', { story: id, interval: 'day' })]);
    const facts = el('dl');
    for (const [term, value] of [['Seen', `${story.firstSeen ?? 'undated'} to ${story.lastSeen ?? 'undated'}`],
      ['Articles', story.articleCount], ['Events', story.events], ['Actors', story.actors || '—'],
      ['Key terms', story.keyTerms || '—']]) {
      const dd = el('dd', value);
      dd.dataset.field = term.toLowerCase();
      facts.append(el('dt', term), dd);
    }
    const summary = el('div', null, 'story-summary');
    for (const line of story.summary) summary.append(el('p', line));
    const articles = el('ol', null, 'reports story-articles');
    for (const article of story.articles) {
      const li = el('li');
      li.dataset.article = article.id;
      const title = /^https?:\/\//i.test(article.url) ? el('a', article.title || '(untitled)') : el('span', article.title || '(untitled)');
      if (title.tagName === 'A') {
        title.href = article.url;
        title.target = '_blank';
        title.rel = 'noopener noreferrer';
      }
      li.append(`${article.date ?? 'undated'} · ${article.source || '(no publisher)'} · `, title,
        el('span', ` · ${article.events} events`, 'hint'));
      articles.append(li);
    }
    const explore = el('button', 'Show its events on the map, network and table');
    explore.type = 'button';
    explore.id = 'story-explore';
    explore.addEventListener('click', () => {
      state = { ...state, tab: undefined };
      showTab('explore');
      setFilters({ story: id });
    });
    detail.replaceChildren(el('h3', story.label || story.id), facts, summary, el('h3', 'Articles'), articles, explore);
    $('story-timeline').hidden = false;
    storyTimeline.setData(series);
  } catch (error) {
    detail.replaceChildren(el('p', error.message, 'error'));
  }
}

// ---- quotes ----

let quotesShown = 0;
let quotesAsked = null;

/** Shows quotes as readable rows: who said it, the words, where, and the events they are linked to. */
async function loadQuotes(more = false) {
  const text = $('quote-text').value.trim();
  if (!more && quotesAsked === text) return;
  quotesAsked = text;
  const list = $('quote-list');
  if (!more) {
    quotesShown = 0;
    list.replaceChildren();
  }
  try {
    const quotes = await getJson('/api/quotes', { text, limit: 50, offset: quotesShown });
    $('quotes-count').textContent = quotes.present ? `${quotes.total}` : '';
    if (!quotes.items.length && !quotesShown) {
      list.append(el('li', quotes.note ?? 'No quotes match.', 'note'));
    }
    for (const quote of quotes.items) {
      list.append(quoteRow(quote));
    }
    quotesShown += quotes.items.length;
    $('quote-more').hidden = quotesShown >= quotes.total;
  } catch (error) {
    list.append(el('li', error.message, 'error'));
  }
}

function quoteRow(quote) {
  const li = el('li');
  if (quote.id) li.dataset.id = quote.id;
  const who = quote.speaker_text || quote.speaker || '(speaker not named)';
  const code = quote.speaker_code ? ` (${quote.speaker_code})` : '';
  li.append(el('span', who + code, 'speaker'), ': ', el('q', quote.text ?? ''));
  if (quote.kind) li.append(el('span', ` ${String(quote.kind).toLowerCase()}`, 'hint'));
  if (quote.article) {
    const where = el('div', null, 'hint');
    where.append(`${quote.article.date ?? 'undated'} · ${quote.article.source || '(no publisher)'} · `);
    if (/^https?:\/\//i.test(quote.article.url ?? '')) {
      const link = el('a', quote.article.title || quote.article.url);
      link.href = quote.article.url;
      link.target = '_blank';
      link.rel = 'noopener noreferrer';
      where.append(link);
    } else {
      where.append(quote.article.title ?? '');
    }
    li.append(where);
  }
  if (quote.events?.length) {
    const linked = el('div', 'Events: ', 'linked');
    for (const event of quote.events) {
      const button = el('button', `${event.cameoCode} ${event.description ?? ''} · ${event.source || '?'} → ${event.target || '—'}`);
      button.type = 'button';
      button.dataset.event = event.id;
      button.title = event.evidence ?? '';
      button.addEventListener('click', () => {
        // The event in Explore, among all events, its detail open.
        state = { ...viewSettings(), tab: undefined, view: 'reports', event: event.id, merged: undefined };
        writeState(state);
        fillForm();
        showTab('explore');
        refresh();
      });
      linked.append(button);
    }
    li.append(linked);
  }
  return li;
}

// ---- tabs and start-up ----

function showTab(tab) {
  for (const button of document.querySelectorAll('.tabs button')) {
    button.setAttribute('aria-selected', String(button.dataset.tab === tab));
  }
  $('explore').hidden = tab !== 'explore';
  $('stories').hidden = tab !== 'stories';
  $('quotes').hidden = tab !== 'quotes';
  if (tab === 'quotes') loadQuotes();
  $('code').hidden = tab !== 'code';
  if (tab === 'stories') loadStories();
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
  for (const [id, key] of [['network-level', 'level'], ['interval', 'interval'], ['sort', 'sort'], ['view', 'view']]) {
    $(id).addEventListener('change', () => {
      const paged = key === 'sort' || key === 'view';
      state = { ...state, [key]: $(id).value, offset: paged ? undefined : state.offset };
      writeState(state);
      fillForm();
      refresh();
    });
  }
  $('export-format').addEventListener('change', () => updateExport(filtersOf(state)));
  $('code-form').addEventListener('submit', codeArticle);
  $('quote-search').addEventListener('submit', (event) => {
    event.preventDefault();
    loadQuotes();
  });
  $('quote-more').addEventListener('click', () => loadQuotes(true));
  window.addEventListener('popstate', () => {
    state = readState();
    fillForm();
    showTab(state.tab ?? 'explore');
    refresh();
  });
  try {
    const [summary, cameo, publishers] = await Promise.all([getJson('/api/summary'), getJson('/api/cameo'),
      getJson('/api/publishers', { limit: 1000 })]);
    wirePickers(cameo, publishers);
    mergedAvailable = summary.mergedEvents > 0;
    const span = summary.firstDate ? `, ${summary.firstDate} to ${summary.lastDate}` : '';
    const names = { places: 'places', eventDates: 'event dates', stories: 'stories', quotes: 'quotes', mergedEvents: 'merged events' };
    const missing = Object.entries(summary.features).filter(([, present]) => !present).map(([name]) => names[name] ?? name);
    $('summary').textContent = `${summary.events} events from ${summary.articles} articles${span}`
      + (mergedAvailable ? ` · ${summary.mergedEvents} real events once reports of the same event are merged` : '')
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
