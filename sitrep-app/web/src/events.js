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

function eventCell(event) {
  return element('td', { title: event.description ?? '' },
    element('span', { className: `quad-chip quad-${event.quadClass}`, title: QUAD_NAMES[event.quadClass - 1] }),
    element('span', { className: 'code' }, event.cameoCode), ' ', event.description ?? '');
}

/**
 * Makes a table row a control: reachable with Tab, chosen with a click, Enter or Space, and marked as chosen
 * for assistive technology too.
 */
function selectable(tbody, row, onSelect) {
  row.tabIndex = 0;
  row.setAttribute('aria-selected', String(row.classList.contains('selected')));
  const choose = () => {
    for (const other of tbody.querySelectorAll('tr.selected')) {
      other.classList.remove('selected');
      other.setAttribute('aria-selected', 'false');
    }
    row.classList.add('selected');
    row.setAttribute('aria-selected', 'true');
    onSelect();
  };
  row.addEventListener('click', choose);
  row.addEventListener('keydown', (key) => {
    if (key.key === 'Enter' || key.key === ' ') {
      key.preventDefault();
      choose();
    } else if (key.key === 'ArrowDown' || key.key === 'ArrowUp') {
      key.preventDefault();
      const next = key.key === 'ArrowDown' ? row.nextElementSibling : row.previousElementSibling;
      if (next && next.tabIndex === 0) next.focus();
    }
  });
}

function emptyRow(tbody, columns, text) {
  tbody.append(element('tr', {}, element('td', { colspan: columns, className: 'note' }, text)));
}

/** Fills a table body with events; the first cell is the date, or the position for a pasted article. */
export function renderEventRows(tbody, events, { onSelect, firstCell, selectedId }) {
  tbody.replaceChildren();
  events.forEach((event, index) => {
    const row = element('tr', { 'data-id': event.id, className: event.id === selectedId ? 'selected' : undefined },
      element('td', {}, firstCell(event, index)),
      actorCell(event.source),
      eventCell(event),
      actorCell(event.target),
      element('td', {}, event.goldstein.toFixed(1)),
      element('td', {}, event.evidence.text));
    selectable(tbody, row, () => onSelect(event));
    tbody.append(row);
  });
  if (!events.length) emptyRow(tbody, 6, 'No events match.');
}

/** Reports, publishers and articles of a merged event, as GDELT counts them. */
export function countsText(event) {
  const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(event.numMentions, 'report')} · ${plural(event.numSources, 'publisher')} · `
    + `${plural(event.numArticles, 'article')}`;
}

/** Fills a table body with merged events: one row per real event, with how many reports gave it. */
export function renderMergedRows(tbody, events, { onSelect, selectedId, note }) {
  tbody.replaceChildren();
  for (const event of events) {
    const row = element('tr', { 'data-id': event.id, className: event.id === selectedId ? 'selected' : undefined },
      element('td', {}, event.firstSeen ?? 'undated'),
      actorCell(event.source),
      eventCell(event),
      actorCell(event.target),
      element('td', {}, event.goldstein.toFixed(1)),
      element('td', { className: 'counts', 'data-mentions': event.numMentions, title: countsText(event) },
        element('b', {}, event.numMentions), ` / ${event.numSources} / ${event.numArticles}`));
    selectable(tbody, row, () => onSelect(event));
    tbody.append(row);
  }
  if (!events.length) emptyRow(tbody, 6, note ?? 'No events match.');
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

function link(url, text) {
  // Only web addresses become links: a stored url is data, and javascript: must never be one.
  if (!/^https?:\/\//i.test(url ?? '')) return text ?? url;
  return element('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, text ?? url);
}

const BASES = {
  same_clause: 'words in the clause of the event',
  same_sentence: 'words in the event\'s sentence',
  same_paragraph: 'a place in the event\'s paragraph',
  earlier_date: 'counted from a date given earlier in the article',
  publication_date: 'the article\'s date: the text gives none',
  dateline: 'the article\'s dateline',
};

function dateText(event) {
  const chosen = event.eventDate;
  let text = event.date ?? 'undated';
  if (chosen) {
    const precision = chosen.precision === 'day' ? '' : `${chosen.precision} `;
    const shown = chosen.precision === 'year' ? chosen.date.slice(0, 4)
      : chosen.precision === 'month' ? chosen.date.slice(0, 7) : chosen.date;
    text = `${shown}${precision ? ` (${precision.trim()} only)` : ''}`
      + ` — ${BASES[chosen.basis] ?? chosen.basis}${chosen.expression ? `: “${chosen.expression}”` : ''}`;
  }
  return text;
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
    ['Date', dateText(event)],
    ['Article date', event.article?.date ?? 'undated'],
  ];
  if (event.place) {
    const where = [event.place.name, event.place.country].filter(Boolean).join(', ');
    const at = event.place.latitude != null ? ` (${event.place.latitude.toFixed(3)}, ${event.place.longitude.toFixed(3)})` : '';
    const how = event.place.basis ? ` — ${BASES[event.place.basis] ?? event.place.basis}` : '';
    rows.push(['Place', where + at + how]);
  }
  const article = event.article;
  if (article) {
    rows.push(['Article', article.title || '(untitled)']);
    if (article.source) rows.push(['Publisher', article.source]);
    if (article.url) rows.push(['Address', link(article.url)]);
  }
  const list = element('dl');
  for (const [term, value] of rows) {
    list.append(element('dt', {}, term), element('dd', { 'data-field': term.toLowerCase() }, value));
  }
  container.replaceChildren(highlightedSentence(event),
    element('p', { className: 'hint' }, 'Highlighted: the evidence; underlined bold: the trigger; blue: source; red: target.'),
    list);
}

/**
 * A merged event: what happened, when it was first and last reported, and every report of it, each opening
 * its own sentence and evidence below it.
 */
export function renderMergedDetail(container, event, { loadReport }) {
  const rows = [
    ['Event', `${event.cameoCode} ${event.description ?? '(not in the CAMEO table)'}`],
    ['QuadClass', `${event.quadClass} ${QUAD_NAMES[event.quadClass - 1]}`],
    ['Goldstein', event.goldstein.toFixed(1)],
    ['Source', `${event.source.code || '(unknown)'} ${event.source.name}`],
    ['Target', event.target ? `${event.target.code || '(unknown)'} ${event.target.name}` : '—'],
    ['First seen', event.firstSeen ?? 'undated'],
    ['Last seen', event.lastSeen ?? 'undated'],
    ['Place', event.place ?? '—'],
    ['Reported', countsText(event)],
  ];
  const list = element('dl');
  for (const [term, value] of rows) {
    list.append(element('dt', {}, term), element('dd', { 'data-field': term.toLowerCase() }, value));
  }
  const reports = element('ol', { className: 'reports' });
  const shown = element('div', { className: 'report-detail' });
  for (const report of event.reports) {
    const open = element('button', { type: 'button', className: 'report-open', 'data-event': report.eventId },
      'Sentence');
    open.addEventListener('click', async () => {
      for (const other of reports.querySelectorAll('li.open')) other.classList.remove('open');
      open.closest('li').classList.add('open');
      shown.replaceChildren(element('p', { className: 'hint' }, 'Loading…'));
      try {
        renderDetail(shown, await loadReport(report.eventId));
      } catch (error) {
        shown.replaceChildren(element('p', { className: 'error' }, error.message));
      }
    });
    reports.append(element('li', { 'data-article': report.articleId },
      element('span', { className: 'report-date' }, report.date ?? 'undated'), ' · ',
      element('span', { className: 'publisher' }, report.publisher || '(no publisher)'), ' · ',
      link(report.url, report.title || '(untitled)'),
      report.republishedFrom ? element('span', { className: 'hint' }, ' (republished copy)') : null, ' ', open));
  }
  const more = event.numMentions > event.reports.length
    ? element('p', { className: 'hint' }, `The first ${event.reports.length} of ${event.numMentions} reports.`) : null;
  container.replaceChildren(...[
    element('p', { className: 'sentence merged' }, event.evidence ?? ''),
    element('p', { className: 'hint' }, 'The words of the first report; every report of this event is listed below.'),
    list, element('h3', {}, 'Reports'), reports, more, shown].filter(Boolean));
}
