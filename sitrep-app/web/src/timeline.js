// The timeline: stacked bars of events per period by QuadClass, a line of mean Goldstein, and a brush
// that sets the date filter.
import { axisBottom, axisLeft, axisRight, brushX, line, max, scaleLinear, scaleUtc, select, utcDay, utcFormat,
  utcMonday, utcMonth } from 'd3';
import { QUAD_COLORS, QUAD_NAMES } from './colors.js';

const INTERVALS = { day: utcDay, week: utcMonday, month: utcMonth };
const MARGIN = { top: 10, right: 36, bottom: 22, left: 36 };
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
    const interval = INTERVALS[answer.interval] ?? utcDay;
    const periods = answer.periods.map((p) => ({ ...p, date: parseDay(p.start) }));
    this.svg.selectAll('*').remove();
    const notes = [];
    if (answer.undated) notes.push(`${answer.undated} undated events left out`);
    if (answer.totalPeriods > periods.length) notes.push(`first ${periods.length} of ${answer.totalPeriods} periods`);
    this.note.textContent = notes.join('; ');
    if (!periods.length) {
      this.svg.append('text').attr('x', this.width / 2).attr('y', this.height / 2).attr('text-anchor', 'middle')
        .attr('class', 'empty').text('No dated events match');
      return;
    }
    const first = periods[0].date;
    const last = interval.offset(periods[periods.length - 1].date, 1);
    const x = scaleUtc().domain([first, last]).range([MARGIN.left, this.width - MARGIN.right]);
    const y = scaleLinear().domain([0, max(periods, (p) => p.events)]).nice()
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
