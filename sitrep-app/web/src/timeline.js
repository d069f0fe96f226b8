// The timeline: stacked bars of events per period by QuadClass, a line of mean Goldstein, and a brush
// that sets the date filter.
import { axisBottom, axisLeft, axisRight, brushX, line, max, scaleLinear, scaleUtc, select, utcDay, utcFormat,
  utcMonday, utcMonth, utcYear } from 'd3';
import { QUAD_COLORS, QUAD_NAMES, dominantQuad, quadColor } from './colors.js';

const INTERVALS = { day: utcDay, week: utcMonday, month: utcMonth };
const PRECISIONS = { week: utcMonday, month: utcMonth, year: utcYear };
const BAND = 9;
const MARGIN = { top: 14, right: 36, bottom: 22, left: 36 };
const isoDay = utcFormat('%Y-%m-%d');

function parseDay(text) {
  const [y, m, d] = text.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

export class Timeline {
  constructor(svgElement, { onRange, note }) {
    this.svg = select(svgElement);
    this.onRange = onRange;
    this.note = note;
    const { width, height } = svgElement.getBoundingClientRect();
    this.width = width || 700;
    this.height = height || 220;
    this.svg.attr('viewBox', `0 0 ${this.width} ${this.height}`);
  }

  setData(answer) {
    this.answer = answer;
    this.showAll = false;
    this.draw();
  }

  /**
   * Draws the series over its focus (where most events lie) unless the analyst asked for all of it: a few
   * events of long ago would otherwise squeeze the rest into a sliver. Events dated only to a month or year
   * are bands across that month or year along the top, not bars on a day they do not have.
   */
  draw() {
    const answer = this.answer;
    const interval = INTERVALS[answer.interval] ?? utcDay;
    const all = answer.periods.map((p) => ({ ...p, date: parseDay(p.start) }));
    const coarse = (answer.coarse ?? []).map((c) => {
      const unit = PRECISIONS[c.precision] ?? utcDay;
      const date = parseDay(c.period.start);
      return { ...c.period, precision: c.precision, date, end: unit.offset(date, 1) };
    });
    this.svg.selectAll('*').remove();
    let first;
    let last;
    if (all.length) {
      first = all[0].date;
      last = interval.offset(all[all.length - 1].date, 1);
    }
    const focus = answer.focus;
    // Only a focus much narrower than the whole is worth hiding events for: evenly spread events are shown
    // whole, a few far-off ones are not allowed to squeeze the rest.
    const span = (from, to) => to - from;
    const focused = focus && !this.showAll && focus.events < focus.of
      && span(parseDay(focus.from), parseDay(focus.to)) < 0.5 * span(all[0].date, all[all.length - 1].date);
    if (focused) {
      first = parseDay(focus.from);
      last = interval.offset(parseDay(focus.to), 1);
    } else if (this.showAll) {
      for (const c of coarse) {
        if (!first || c.date < first) first = c.date;
        if (!last || c.end > last) last = c.end;
      }
    }
    const periods = all.filter((p) => p.date >= first && p.date < last);
    const bands = first ? coarse.filter((c) => c.end > first && c.date < last) : [];
    const notes = [];
    if (answer.undated) notes.push(`${answer.undated} undated events left out`);
    if (answer.totalPeriods > all.length) notes.push(`first ${all.length} of ${answer.totalPeriods} periods`);
    const outside = all.reduce((n, p) => n + p.events, 0) - periods.reduce((n, p) => n + p.events, 0)
      + coarse.reduce((n, c) => n + c.events, 0) - bands.reduce((n, c) => n + c.events, 0);
    if (coarse.length) {
      notes.push(`${coarse.reduce((n, c) => n + c.events, 0)} events dated only to a month or year: bands at the top`);
    }
    this.note.replaceChildren(notes.join('; '));
    if (outside > 0 || this.showAll) {
      const toggle = document.createElement('button');
      toggle.type = 'button';
      toggle.className = 'link-button';
      toggle.id = 'timeline-all';
      toggle.textContent = this.showAll ? 'show where most events are' : `show all (${outside} events outside)`;
      toggle.addEventListener('click', () => {
        this.showAll = !this.showAll;
        this.draw();
      });
      this.note.append(notes.length ? ' · ' : '', toggle);
    }
    if (!periods.length && !bands.length) {
      this.svg.append('text').attr('x', this.width / 2).attr('y', this.height / 2).attr('text-anchor', 'middle')
        .attr('class', 'empty').text(all.length || coarse.length ? 'No events in this stretch' : 'No dated events match');
      return;
    }
    const x = scaleUtc().domain([first, last]).range([MARGIN.left, this.width - MARGIN.right]).clamp(true);
    const strip = this.svg.append('g').attr('class', 'coarse');
    for (const band of bands) {
      const left = x(band.date);
      const what = band.precision === 'year' ? band.start.slice(0, 4) : band.start.slice(0, 7);
      strip.append('rect').attr('x', left).attr('width', Math.max(2, x(band.end) - left))
        .attr('y', MARGIN.top - BAND + 1).attr('height', BAND - 2)
        .attr('fill', quadColor(dominantQuad(band.quadClasses))).attr('data-precision', band.precision)
        .append('title').text(`${what} (${band.precision} only): ${band.events} events`);
    }
    const y = scaleLinear().domain([0, max(periods, (p) => p.events) ?? 1]).nice()
      .range([this.height - MARGIN.bottom, MARGIN.top]);
    const g = scaleLinear().domain([-10, 10]).range([this.height - MARGIN.bottom, MARGIN.top]);
    const bars = this.svg.append('g').attr('class', 'bars');
    for (const period of periods) {
      const left = x(period.date);
      const width = Math.max(1, x(interval.offset(period.date, 1)) - left - 1);
      let base = 0;
      period.quadClasses.forEach((count, i) => {
        if (!count) return;
        bars.append('rect').attr('x', left).attr('width', width)
          .attr('y', y(base + count)).attr('height', y(base) - y(base + count))
          .attr('fill', QUAD_COLORS[i])
          .append('title').text(`${period.start}: ${count} ${QUAD_NAMES[i]} of ${period.events} events, `
            + `mean Goldstein ${period.meanGoldstein?.toFixed(2)}`);
        base += count;
      });
    }
    this.svg.append('line').attr('class', 'zero-line').attr('x1', MARGIN.left).attr('x2', this.width - MARGIN.right)
      .attr('y1', g(0)).attr('y2', g(0));
    const middle = (p) => x(p.date) + (x(interval.offset(p.date, 1)) - x(p.date)) / 2;
    this.svg.append('path').attr('class', 'goldstein-line').datum(periods)
      .attr('d', line().x(middle).y((p) => g(p.meanGoldstein ?? 0)));
    this.svg.append('g').selectAll('circle').data(periods).join('circle')
      .attr('cx', middle).attr('cy', (p) => g(p.meanGoldstein ?? 0)).attr('r', 2.5).attr('fill', '#1b4965');
    this.svg.append('g').attr('class', 'axis').attr('transform', `translate(0,${this.height - MARGIN.bottom})`)
      .call(axisBottom(x).ticks(Math.max(2, Math.floor(this.width / 90))));
    this.svg.append('g').attr('class', 'axis').attr('transform', `translate(${MARGIN.left},0)`)
      .call(axisLeft(y).ticks(5).tickFormat((v) => (Number.isInteger(v) ? v : '')));
    this.svg.append('g').attr('class', 'axis').attr('transform', `translate(${this.width - MARGIN.right},0)`)
      .call(axisRight(g).ticks(5));
    const brush = brushX().extent([[MARGIN.left, MARGIN.top], [this.width - MARGIN.right, this.height - MARGIN.bottom]])
      .on('end', (event) => {
        if (!event.selection || !event.sourceEvent) return;
        const [from, to] = event.selection.map((px) => x.invert(px));
        const start = interval.floor(from);
        const end = utcDay.offset(interval.ceil(to), -1);
        this.onRange(isoDay(start), isoDay(end < start ? start : end));
      });
    this.svg.append('g').attr('class', 'brush').call(brush);
  }
}
