// The event table and the event detail: the sentence with the evidence highlighted and the rule that fired.
import { QUAD_NAMES } from './colors.js';

function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined || value === null) continue;
    if (key === 'className') node.className = value;
    else node.setAttribute(key, value);
  }
  for (const child of children) {
    if (child === undefined || child === null) continue;
    node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

export function actorLabel(actor) {
  if (!actor) return '—';
  return actor.code ? `${actor.code}` : `? ${actor.name}`;
}

function actorCell(actor) {
  if (!actor) return element('td', {}, '—');
  return element('td', { title: actor.name }, element('span', { className: 'code' }, actorLabel(actor)));
}

/** Fills a table body with events; the first cell is the date, or the position for a pasted article. */
export function renderEventRows(tbody, events, { onSelect, firstCell, selectedId }) {
  tbody.replaceChildren();
  events.forEach((event, index) => {
    const row = element('tr', { 'data-id': event.id, className: event.id === selectedId ? 'selected' : undefined },
      element('td', {}, firstCell(event, index)),
      actorCell(event.source),
      element('td', { title: event.description ?? '' },
        element('span', { className: `quad-chip quad-${event.quadClass}`, title: QUAD_NAMES[event.quadClass - 1] }),
        element('span', { className: 'code' }, event.cameoCode), ' ', event.description ?? ''),
      actorCell(event.target),
      element('td', {}, event.goldstein.toFixed(1)),
      element('td', {}, event.evidence.text));
    row.addEventListener('click', () => {
      for (const other of tbody.querySelectorAll('tr.selected')) other.classList.remove('selected');
      row.classList.add('selected');
      onSelect(event);
    });
    tbody.append(row);
  });
  if (!events.length) {
    tbody.append(element('tr', {}, element('td', { colspan: 6, className: 'note' }, 'No events match.')));
  }
}

/**
 * The sentence split at every span boundary, each piece marked with the spans it lies in: evidence,
 * trigger, source and target can then nest or touch without breaking the markup.
 */
export function highlightedSentence(event) {
  const spans = [['evidence', event.evidence], ['trigger', event.trigger], ['actor-source', event.sourceSpan],
    ['actor-target', event.targetSpan]].filter(([, span]) => span);
  const cuts = new Set([0, event.sentenceText.length]);
  for (const [, span] of spans) {
    cuts.add(span.begin);
    cuts.add(span.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const container = element('p', { className: 'sentence' });
  for (let i = 0; i + 1 < points.length; i++) {
    const [begin, end] = [points[i], points[i + 1]];
    const text = event.sentenceText.slice(begin, end);
    const classes = spans.filter(([, span]) => span.begin <= begin && end <= span.end).map(([name]) => name);
    container.append(classes.length ? element('span', { className: classes.join(' ') }, text) : text);
  }
  return container;
}

export function renderDetail(container, event) {
  const rows = [
    ['Event', `${event.cameoCode} ${event.description ?? '(not in the CAMEO table)'}`],
    ['QuadClass', `${event.quadClass} ${QUAD_NAMES[event.quadClass - 1]}`],
    ['Goldstein', event.goldstein.toFixed(1)],
    ['Source', `${event.source.code || '(unknown)'} ${event.source.name}${event.source.entry ? ` [${event.source.entry}]` : ''}`],
    ['Target', event.target ? `${event.target.code || '(unknown)'} ${event.target.name}${event.target.entry ? ` [${event.target.entry}]` : ''}` : '—'],
    ['Trigger', event.trigger.text],
    ['Rule', event.rule],
    ['Pattern', event.ruleDefinition ?? '(not in this lexicon version)'],
    ['Date', event.date ?? 'undated'],
  ];
  if (event.place) {
    const where = [event.place.name, event.place.country].filter(Boolean).join(', ');
    const at = event.place.latitude != null ? ` (${event.place.latitude.toFixed(3)}, ${event.place.longitude.toFixed(3)})` : '';
    rows.push(['Place', where + at]);
  }
  const article = event.article;
  if (article) {
    rows.push(['Article', article.title || '(untitled)']);
    if (article.source) rows.push(['Publisher', article.source]);
    if (article.url) rows.push(['Address', article.url]);
  }
  const list = element('dl');
  for (const [term, value] of rows) {
    list.append(element('dt', {}, term), element('dd', { 'data-field': term.toLowerCase() }, value));
  }
  container.replaceChildren(highlightedSentence(event),
    element('p', { className: 'hint' }, 'Highlighted: the evidence; underlined bold: the trigger; blue: source; red: target.'),
    list);
}
