// The map: country outlines drawn with d3-geo (no tiles), events as points clustered on screen and
// coloured by their most common QuadClass.
import { geoNaturalEarth1, geoPath, scaleSqrt, select, zoom, zoomIdentity } from 'd3';
import { centreOf, countryKey, countryName, detailedWorld, keyOf, world } from './countries.js';
import { QUAD_COLORS, QUAD_NAMES, dominantQuad, quadColor } from './colors.js';

const CLUSTER_PIXELS = 22;
/** From this zoom on, the 1:110m outlines look coarse and small countries are missing: 1:50m is loaded. */
const DETAIL_ZOOM = 2;

export class EventMap {
  constructor(svgElement, { onPick, note, legend, controls }) {
    this.svg = select(svgElement);
    this.onPick = onPick;
    this.note = note;
    this.points = [];
    this.transform = zoomIdentity;
    const { width, height } = svgElement.getBoundingClientRect();
    this.width = width || 600;
    this.height = height || 380;
    this.svg.attr('viewBox', `0 0 ${this.width} ${this.height}`);
    this.projection = geoNaturalEarth1().fitExtent([[4, 4], [this.width - 4, this.height - 4]], { type: 'Sphere' });
    this.path = geoPath(this.projection);
    this.base = this.svg.append('g').attr('class', 'base');
    this.base.append('path').attr('class', 'sphere').attr('d', this.path({ type: 'Sphere' }));
    this.outlines = this.base.append('g').attr('class', 'outlines');
    this.active = new Set();
    this.drawOutlines(world.features, '110m');
    this.clusters = this.svg.append('g').attr('class', 'clusters');
    this.zoom = zoom().scaleExtent([1, 40]).translateExtent([[0, 0], [this.width, this.height]])
      .on('zoom', (event) => {
        this.transform = event.transform;
        this.base.attr('transform', event.transform);
        if (event.transform.k >= DETAIL_ZOOM) this.loadDetail();
        this.drawClusters();
      });
    this.svg.call(this.zoom);
    // Buttons as well as the wheel and drag: zoom is reachable by keyboard, and visible at all.
    if (controls) {
      controls.zoomIn.addEventListener('click', () => this.svg.transition().duration(250).call(this.zoom.scaleBy, 2));
      controls.zoomOut.addEventListener('click', () => this.svg.transition().duration(250).call(this.zoom.scaleBy, 0.5));
      controls.reset.addEventListener('click', () => this.svg.transition().duration(250)
        .call(this.zoom.transform, zoomIdentity));
    }
    legend.innerHTML = QUAD_NAMES.map((name, i) => `<span><i style="background:${QUAD_COLORS[i]}"></i>${name}</span>`)
      .join('');
  }

  /** Draws country outlines; `scale` names the set (110m or 50m) for tests and readers of the page. */
  drawOutlines(features, scale) {
    this.countries = this.outlines.selectAll('path.country').data(features, keyOf)
      .join((enter) => enter.append('path').attr('class', 'country').call((path) => path.append('title')))
      .attr('d', this.path);
    this.countries.select('title').text((f) => f.properties.name);
    this.countries.classed('active', (f) => this.active.has(keyOf(f)));
    this.svg.attr('data-outlines', scale);
  }

  /** Replaces the light outlines with the detailed ones, once; a failed load keeps the light ones. */
  loadDetail() {
    if (this.detail) return;
    this.detail = detailedWorld().then((detailed) => this.drawOutlines(detailed.features, '50m'))
      .catch(() => { this.detail = null; });
  }

  /** Points from /api/map: geocoded places, or source actors' countries placed at the country's centre. */
  setData(answer) {
    this.basis = answer.basis;
    const points = [];
    const active = new Set();
    for (const point of answer.points) {
      let coordinates;
      if (answer.basis === 'place') {
        coordinates = [point.longitude, point.latitude];
      } else {
        coordinates = centreOf(point.country);
        const key = countryKey(point.country);
        if (key !== undefined) active.add(key);
      }
      if (!coordinates) continue;
      const projected = this.projection(coordinates);
      if (!projected) continue;
      points.push({ ...point, x: projected[0], y: projected[1],
        label: answer.basis === 'place' ? point.name ?? '(unnamed place)' : countryName(point.country) });
    }
    this.points = points;
    this.active = active;
    this.countries.classed('active', (f) => active.has(keyOf(f)));
    const placed = points.reduce((sum, p) => sum + p.events, 0);
    const shown = answer.total > answer.points.length ? ` (the ${answer.points.length} of ${answer.total} busiest)` : '';
    // The server says why events are at their source country (no places in the store, or none among
    // these events): the page repeats it rather than guessing.
    if (!answer.points.length) {
      this.note.textContent = 'no matching events to place';
    } else if (answer.basis === 'place') {
      this.note.textContent = `${placed} events at ${points.length} places${shown}`;
    } else {
      this.note.textContent = `${answer.note ?? 'events at their source actor\'s country'}: ${placed} events${shown}`;
    }
    this.radius = scaleSqrt().domain([1, Math.max(2, ...points.map((p) => p.events))]).range([6, 24]);
    this.drawClusters();
  }

  /**
   * Groups points whose circles would overlap on screen at the current zoom: the busiest point starts a
   * cluster and takes in every later point within reach of it.
   */
  cluster() {
    const k = this.transform.k;
    const groups = [];
    for (const point of [...this.points].sort((a, b) => b.events - a.events)) {
      const reach = (CLUSTER_PIXELS / k);
      const home = groups.find((g) => Math.hypot(g.x - point.x, g.y - point.y) < reach + this.radius(g.events) / k);
      if (home) {
        home.points.push(point);
        home.events += point.events;
        point.quadClasses.forEach((n, i) => { home.quads[i] += n; });
      } else {
        groups.push({ points: [point], events: point.events, quads: [...point.quadClasses], x: point.x, y: point.y });
      }
    }
    return groups;
  }

  drawClusters() {
    if (!this.radius) return;
    const t = this.transform;
    const groups = this.cluster();
    const items = this.clusters.selectAll('g.item').data(groups).join((enter) => {
      const g = enter.append('g').attr('class', 'item');
      g.append('circle').attr('class', 'cluster');
      g.append('text').attr('class', 'cluster-label');
      g.append('title');
      return g;
    });
    // Each cluster is a control: Tab reaches it, Enter or Space picks it as a click does.
    items.attr('transform', (d) => `translate(${t.applyX(d.x)},${t.applyY(d.y)})`)
      .attr('data-events', (d) => d.events)
      .attr('tabindex', 0).attr('role', 'button')
      .attr('aria-label', (d) => `${d.points.map((p) => p.label).slice(0, 6).join(', ')}: ${d.events} events`)
      .on('keydown', (event, d) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          this.pick(d);
        }
      });
    items.select('circle').attr('r', (d) => this.radius(d.events))
      .attr('fill', (d) => quadColor(dominantQuad(d.quads)))
      .on('click', (event, d) => this.pick(d));
    items.select('text').text((d) => d.events);
    items.select('title').text((d) => `${d.points.map((p) => p.label).slice(0, 6).join(', ')}`
      + `${d.points.length > 6 ? `, and ${d.points.length - 6} more` : ''}\n${d.events} events: `
      + d.quads.map((n, i) => `${n} ${QUAD_NAMES[i]}`).join(', '));
  }

  pick(group) {
    if (group.points.length === 1) {
      this.onPick(this.basis, group.points[0]);
      return;
    }
    const k = Math.min(40, this.transform.k * 3);
    const target = zoomIdentity.translate(this.width / 2, this.height / 2).scale(k).translate(-group.x, -group.y);
    this.svg.transition().duration(500).call(this.zoom.transform, target);
  }
}
