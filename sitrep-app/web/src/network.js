// The actor network: nodes are actors (or their countries), an edge joins two that acted on each other,
// green for cooperation and red for conflict, as thick as their events are many.
import { drag, forceCenter, forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, scaleSqrt,
  select } from 'd3';
import { CONFLICT, COOPERATION } from './colors.js';

export class Network {
  constructor(svgElement, { onNode, onEdge, labelOf }) {
    this.svg = select(svgElement);
    this.onNode = onNode;
    this.onEdge = onEdge;
    this.labelOf = labelOf;
    this.element = svgElement;
  }

  /** nodes: [{code, name, events}]; edges: [{a, b, events, cooperation, conflict, aToB, bToA, meanGoldstein}]. */
  setData(nodes, edges) {
    const { width, height } = this.element.getBoundingClientRect();
    const w = width || 500;
    const h = height || 380;
    this.svg.attr('viewBox', `0 0 ${w} ${h}`);
    this.svg.selectAll('*').remove();
    if (!edges.length) {
      this.svg.append('text').attr('x', w / 2).attr('y', h / 2).attr('text-anchor', 'middle')
        .text('No pair of actors in the matching events');
      return;
    }
    const nodeData = nodes.map((n) => ({ ...n }));
    const labelOf = (n) => this.labelOf(n);
    const byCode = new Map(nodeData.map((n) => [n.code, n]));
    const radius = scaleSqrt().domain([1, Math.max(2, ...nodeData.map((n) => n.events))]).range([7, 26]);
    const width2 = scaleSqrt().domain([1, Math.max(2, ...edges.map((e) => Math.max(e.cooperation, e.conflict)))])
      .range([1.5, 11]);
    const links = [];
    for (const edge of edges) {
      const both = edge.cooperation > 0 && edge.conflict > 0;
      if (edge.cooperation > 0) links.push({ source: edge.a, target: edge.b, kind: 'coop', count: edge.cooperation, bend: both ? 1 : 0, edge });
      if (edge.conflict > 0) links.push({ source: edge.a, target: edge.b, kind: 'conflict', count: edge.conflict, bend: both ? -1 : 0, edge });
    }
    const simulation = forceSimulation(nodeData)
      .force('link', forceLink(links).id((n) => n.code).distance(Math.min(w, h) / 2.6).strength(0.05))
      .force('charge', forceManyBody().strength(-Math.min(w, h) * 2.2))
      .force('center', forceCenter(w / 2, h / 2))
      .force('x', forceX(w / 2).strength(0.03))
      .force('y', forceY(h / 2).strength(0.05))
      .force('collide', forceCollide((n) => radius(n.events) + 14))
      .stop();
    // A settled layout before the first paint: the picture does not wobble, and screenshots are stable.
    for (let i = 0; i < 300; i++) simulation.tick();
    // Labels hang below the nodes and reach out sideways: keep room for them, as wide as each label is once
    // drawn (a guess until then), so that no label is cut at the edge.
    const labelHalf = new Map();
    const keepInside = (n) => {
      const r = radius(n.events);
      const side = Math.max(r, (labelHalf.get(n.code) ?? 48) + 2);
      n.x = Math.max(side, Math.min(w - side, n.x));
      n.y = Math.max(r + 4, Math.min(h - r - 18, n.y));
    };
    nodeData.forEach(keepInside);

    const edgePaths = this.svg.append('g').attr('class', 'edges').selectAll('path').data(links).join('path')
      .attr('class', (l) => `edge ${l.kind}`)
      .attr('stroke', (l) => (l.kind === 'coop' ? COOPERATION : CONFLICT))
      .attr('stroke-width', (l) => width2(l.count))
      .attr('data-a', (l) => l.edge.a).attr('data-b', (l) => l.edge.b).attr('data-kind', (l) => l.kind)
      .attr('data-count', (l) => l.count)
      .on('click', (event, l) => this.onEdge(l.edge));
    edgePaths.append('title').text((l) => `${this.labelOf(byCode.get(l.edge.a))} – ${this.labelOf(byCode.get(l.edge.b))}: `
      + `${l.count} ${l.kind === 'coop' ? 'cooperation' : 'conflict'} events of ${l.edge.events} `
      + `(${l.edge.aToB} from ${l.edge.a}, ${l.edge.bToA} from ${l.edge.b}); mean Goldstein ${l.edge.meanGoldstein.toFixed(2)}`);

    // Nodes are controls too: Tab reaches each, Enter or Space filters by it as a click does.
    const nodeGroups = this.svg.append('g').attr('class', 'nodes').selectAll('g').data(nodeData).join('g')
      .attr('class', 'node').attr('data-code', (n) => n.code)
      .attr('tabindex', 0).attr('role', 'button')
      .attr('aria-label', (n) => `${this.labelOf(n)}: ${n.events} events in the pairs shown`)
      .on('keydown', (event, n) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          this.onNode(n);
        }
      });
    nodeGroups.append('circle').attr('r', (n) => radius(n.events)).attr('fill', '#3a7ca5')
      .on('click', (event, n) => this.onNode(n));
    nodeGroups.append('text').attr('dominant-baseline', 'central').text((n) => this.labelOf(n));
    nodeGroups.append('title').text((n) => `${this.labelOf(n)} (${n.code}): ${n.events} events in the pairs shown`);

    // Each label measured twice, in full and as the bare code: the fallback when the full one finds no room.
    const texts = nodeGroups.select('text');
    texts.each(function measure(n) {
      const full = this.getBBox?.() ?? { width: 0, height: 0 };
      this.textContent = n.code;
      const short = this.getBBox?.() ?? { width: 0, height: 0 };
      this.textContent = labelOf(n);
      n.labels = [[labelOf(n), full.width, full.height], [n.code, short.width, short.height]];
      if (full.width > 0) labelHalf.set(n.code, full.width / 2);
    });
    const draw = () => {
      edgePaths.attr('d', (l) => curve(l.source, l.target, l.bend));
      nodeGroups.attr('transform', (n) => `translate(${n.x},${n.y})`);
      placeLabels(nodeData, radius, w, h);
      texts.attr('display', (n) => (n.label ? null : 'none'))
        .attr('x', (n) => n.label?.x ?? 0).attr('y', (n) => n.label?.y ?? 0)
        .attr('text-anchor', (n) => n.label?.anchor ?? 'middle')
        .attr('data-short', (n) => (n.label?.short ? 'true' : null))
        .text((n) => n.label?.text ?? labelOf(n));
    };
    nodeData.forEach(keepInside);
    draw();
    nodeGroups.call(drag()
      .on('start', (event, n) => { if (!event.active) simulation.alphaTarget(0.2).restart(); n.fx = n.x; n.fy = n.y; })
      .on('drag', (event, n) => { n.fx = event.x; n.fy = event.y; })
      .on('end', (event, n) => { if (!event.active) simulation.alphaTarget(0); n.fx = null; n.fy = null; }));
    simulation.on('tick', () => {
      nodeData.forEach(keepInside);
      draw();
    });
  }
}

/**
 * Puts each node's label where it overlaps no other label and no other node and stays inside the chart:
 * below the node, else above, right or left of it; else its bare code in one of those places; else no label
 * (the node keeps its name in its tooltip and for screen readers). Busiest nodes choose first.
 */
function placeLabels(nodes, radius, width, height) {
  const boxes = [];
  for (const node of [...nodes].sort((a, b) => b.events - a.events)) {
    node.label = null;
    const r = radius(node.events);
    for (const [index, [text, textWidth, textHeight]] of (node.labels ?? []).entries()) {
      const half = textHeight / 2 + 1;
      const spots = [
        { x: 0, y: r + 2 + half, anchor: 'middle', left: -textWidth / 2 - 1, right: textWidth / 2 + 1 },
        { x: 0, y: -(r + 2 + half), anchor: 'middle', left: -textWidth / 2 - 1, right: textWidth / 2 + 1 },
        { x: r + 3, y: 0, anchor: 'start', left: r + 2, right: r + 4 + textWidth },
        { x: -(r + 3), y: 0, anchor: 'end', left: -(r + 4 + textWidth), right: -(r + 2) },
      ];
      for (const spot of spots) {
        const box = { x0: node.x + spot.left, x1: node.x + spot.right, y0: node.y + spot.y - half, y1: node.y + spot.y + half };
        if (box.x0 < 0 || box.x1 > width || box.y0 < 0 || box.y1 > height) continue;
        if (boxes.some((other) => box.x0 < other.x1 && other.x0 < box.x1 && box.y0 < other.y1 && other.y0 < box.y1)) continue;
        if (nodes.some((other) => other !== node && hits(other.x, other.y, radius(other.events), box))) continue;
        node.label = { text, x: spot.x, y: spot.y, anchor: spot.anchor, short: index > 0 };
        boxes.push(box);
        break;
      }
      if (node.label) break;
    }
  }
}

/** Whether a circle and a box overlap. */
function hits(cx, cy, r, box) {
  const dx = cx - Math.max(box.x0, Math.min(cx, box.x1));
  const dy = cy - Math.max(box.y0, Math.min(cy, box.y1));
  return dx * dx + dy * dy < r * r;
}

/** A straight line, or an arc bent to one side so that a pair's cooperation and conflict edges both show. */
function curve(source, target, bend) {
  if (!bend) return `M${source.x},${source.y}L${target.x},${target.y}`;
  const dx = target.x - source.x;
  const dy = target.y - source.y;
  const length = Math.hypot(dx, dy) || 1;
  const offset = Math.min(40, length / 4) * bend;
  const cx = (source.x + target.x) / 2 - (dy / length) * offset;
  const cy = (source.y + target.y) / 2 + (dx / length) * offset;
  return `M${source.x},${source.y}Q${cx},${cy} ${target.x},${target.y}`;
}
