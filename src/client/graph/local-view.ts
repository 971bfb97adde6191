/**
 * The neighbourhood view of a node page, mounted into <local-graph> once it scrolls into view:
 * loads the node's neighbourhood document and draws it, one step out or two.
 */
import type { GraphViewDoc } from '../../lib/graph/view-data.ts';
import { GraphCanvas } from './graph-canvas.ts';
import { buildModel } from './model.ts';

const STEPS = ['', 'one step', 'two steps'];

/** Loads and draws the neighbourhood inside `el`; resolves once the first frame is asked for. */
export async function mountLocalGraph(el: HTMLElement): Promise<GraphCanvas> {
  const src = el.dataset.src;
  if (!src) throw new Error('local-graph has no data-src');
  const response = await fetch(src);
  if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
  const doc = (await response.json()) as GraphViewDoc;
  const model = buildModel(doc);
  const stage = el.querySelector<HTMLElement>('.lg-stage')!;
  const graph = new GraphCanvas(model, {
    stage,
    canvas: stage.querySelector('canvas')!,
    live: el.querySelector<HTMLElement>('[data-live]')!,
    base: el.dataset.base ?? '/',
    home: doc.focus ?? undefined,
    firstFrameMark: 'local-graph-first-frame',
    onFocusChange: (id) => {
      if (id) el.dataset.focused = id;
      else delete el.dataset.focused;
    },
  });
  const status = el.querySelector('[data-status]');
  const radios = [...el.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
  const show = (depth: number, animate: boolean) => {
    graph.setFilters(null, null, depth);
    graph.fit(animate);
    const within = doc.counts.slice(1, depth + 1).reduce((a, b) => a + b, 0);
    const shown = graph.counts().nodes - 1;
    const focusTitle = doc.nodes.find((n) => n.id === doc.focus)?.title ?? 'this node';
    if (status) {
      status.textContent =
        shown < within
          ? `Showing the ${shown} best-connected of ${within} nodes within ${STEPS[depth]} of ${focusTitle}; the full graph shows them all.`
          : `${shown} node${shown === 1 ? '' : 's'} within ${STEPS[depth]} of ${focusTitle}.`;
    }
    el.dataset.depth = String(depth);
  };
  for (const radio of radios) radio.addEventListener('change', () => radio.checked && show(Number(radio.value), true));
  show(Number(radios.find((r) => r.checked)?.value ?? 1), false);
  graph.start();
  el.dataset.state = 'ready';
  return graph;
}
