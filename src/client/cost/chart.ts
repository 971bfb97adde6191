/**
 * The cost chart: one line per approach over the months, the crossings marked, labelled axes, and
 * a tooltip that follows the pointer or the arrow keys. Drawn with d3 into an SVG sized to its
 * container; colours and dashes come from CSS classes (no style attributes under the CSP).
 */
import { axisBottom, axisLeft } from 'd3-axis';
import { scaleLinear } from 'd3-scale';
import { pointer, select } from 'd3-selection';
import { line } from 'd3-shape';
import { COST_LINES, type CostLine, type CostPoint, type Crossover } from '../../lib/cost/model.ts';
import { LINE_LABELS, money } from '../../lib/cost/text.ts';

const compact = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', notation: 'compact', maximumFractionDigits: 1 });
const SVG = 'http://www.w3.org/2000/svg';

export interface ChartParts {
  readonly container: HTMLElement;
  readonly tooltip: HTMLElement;
}

/** Draws the chart; returns a function that shows the tooltip for a month (keyboard and tests use it). */
export function drawChart({ container, tooltip }: ChartParts, series: readonly CostPoint[], crossings: readonly Crossover[]): (month: number | null) => void {
  const width = Math.max(280, container.clientWidth || 640);
  const height = Math.round(Math.min(400, Math.max(240, width * 0.55)));
  const margin = { top: 16, right: 16, bottom: 48, left: width < 420 ? 56 : 72 };
  const last = series[series.length - 1]?.month ?? 1;
  const max = Math.max(1, ...series.flatMap((p) => COST_LINES.map((l) => p[l])));
  const x = scaleLinear().domain([0, Math.max(1, last)]).range([margin.left, width - margin.right]);
  const y = scaleLinear().domain([0, max]).nice().range([height - margin.bottom, margin.top]);

  const svg = select(container)
    .selectAll<SVGSVGElement, null>('svg')
    .data([null])
    .join('svg')
    .attr('viewBox', `0 0 ${width} ${height}`)
    .attr('width', width)
    .attr('height', height)
    .attr('role', 'img')
    .attr('aria-label', `Cumulative cost of RAG, fine-tuning and a hybrid over ${last} months${crossings.length ? `, with ${crossings.length} crossover ${crossings.length === 1 ? 'point' : 'points'} marked` : ''}.`);
  svg.selectAll('*').remove();

  svg.append('g').attr('class', 'grid').attr('transform', `translate(${margin.left},0)`)
    .call(axisLeft(y).ticks(5).tickSize(-(width - margin.left - margin.right)).tickFormat(() => ''))
    .call((g) => g.select('.domain').remove());
  svg.append('g').attr('class', 'axis axis-x').attr('transform', `translate(0,${height - margin.bottom})`)
    .call(axisBottom(x).ticks(Math.min(last, width < 420 ? 6 : 12)).tickFormat((d) => String(d)));
  svg.append('g').attr('class', 'axis axis-y').attr('transform', `translate(${margin.left},0)`)
    .call(axisLeft(y).ticks(5).tickFormat((d) => compact.format(Number(d))));
  svg.append('text').attr('class', 'axis-label').attr('x', (margin.left + width - margin.right) / 2).attr('y', height - 8).attr('text-anchor', 'middle').text('Months after launch');
  svg.append('text').attr('class', 'axis-label').attr('transform', `translate(14,${(margin.top + height - margin.bottom) / 2}) rotate(-90)`).attr('text-anchor', 'middle').text('Cumulative cost (US$)');

  for (const l of COST_LINES) {
    const path = line<CostPoint>().x((p) => x(p.month)).y((p) => y(p[l]));
    svg.append('path').datum(series).attr('class', `line line-${l}`).attr('data-line', l).attr('d', path);
  }

  const marks = svg.append('g').attr('class', 'crossovers');
  for (const c of crossings) {
    marks.append('g').attr('class', 'crossover-mark').attr('data-from', c.from).attr('data-to', c.to).attr('data-month', String(c.month))
      .append('circle').attr('class', 'crossover').attr('cx', x(c.at)).attr('cy', y(c.cost)).attr('r', 6)
      .append('title').text(`${LINE_LABELS[c.to]} becomes cheaper than ${LINE_LABELS[c.from]} in month ${c.month}`);
  }
  // Crossings close together share one label ("months 20, 21"), so labels never overwrite each other.
  const clusters: Crossover[][] = [];
  for (const c of [...crossings].sort((a, b) => a.at - b.at)) {
    const last = clusters[clusters.length - 1];
    if (last && x(c.at) - x(last[last.length - 1].at) < 60) last.push(c);
    else clusters.push([c]);
  }
  for (const cluster of clusters) {
    const months = [...new Set(cluster.map((c) => c.month))];
    const left = Math.min(...cluster.map((c) => x(c.at)));
    const top = Math.min(...cluster.map((c) => y(c.cost)));
    const text = `${months.length === 1 ? 'month' : 'months'} ${months.join(', ')}`;
    const right = left + 10 + text.length * 7.5 < width - margin.right;
    marks.append('text').attr('class', 'crossover-label')
      .attr('x', right ? left + 10 : Math.max(...cluster.map((c) => x(c.at))) - 10)
      .attr('y', Math.max(margin.top + 10, top - 12))
      .attr('text-anchor', right ? 'start' : 'end')
      .text(text);
  }

  const focus = svg.append('g').attr('class', 'focus').attr('visibility', 'hidden');
  focus.append('line').attr('class', 'rule').attr('y1', margin.top).attr('y2', height - margin.bottom);
  for (const l of COST_LINES) focus.append('circle').attr('class', `dot dot-${l}`).attr('data-line', l).attr('r', 4.5);

  const show = (month: number | null) => {
    if (month === null) {
      focus.attr('visibility', 'hidden');
      tooltip.hidden = true;
      return;
    }
    const p = series[Math.max(0, Math.min(series.length - 1, Math.round(month)))];
    focus.attr('visibility', 'visible');
    focus.select('line').attr('x1', x(p.month)).attr('x2', x(p.month));
    for (const l of COST_LINES) focus.select<SVGCircleElement>(`circle[data-line="${l}"]`).attr('cx', x(p.month)).attr('cy', y(p[l as CostLine]));
    tooltip.textContent = `Month ${p.month}: ${COST_LINES.map((l) => `${LINE_LABELS[l]} ${money(p[l])}`).join(', ')}`;
    tooltip.dataset.month = String(p.month);
    tooltip.hidden = false;
    const left = Math.min(x(p.month) + 12, width - tooltip.offsetWidth - 4);
    tooltip.style.setProperty('left', `${Math.max(0, left)}px`);
    tooltip.style.setProperty('top', `${margin.top}px`);
  };

  const overlay = document.createElementNS(SVG, 'rect');
  select(overlay)
    .attr('class', 'overlay')
    .attr('x', margin.left)
    .attr('y', margin.top)
    .attr('width', width - margin.left - margin.right)
    .attr('height', height - margin.top - margin.bottom)
    .attr('fill', 'transparent')
    .on('pointermove', (event: PointerEvent) => show(x.invert(pointer(event, svg.node())[0])))
    .on('pointerleave', () => show(null));
  svg.node()!.append(overlay);
  return show;
}
