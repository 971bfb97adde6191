/**
 * The ranking drawn as horizontal bars around a zero line. Widths come from a d3 linear scale and
 * are set through the CSSOM (the CSP forbids style attributes).
 */
import { scaleLinear } from 'd3-scale';
import { signed, type RankedApproach } from '../../lib/decision/model.ts';
import { el } from '../dom.ts';
import { reconcile, setText } from './patch.ts';

/** Redraws `list` with one bar per approach, best first. */
export function renderBars(list: HTMLOListElement, ranking: readonly RankedApproach[]): void {
  const scores = ranking.map((r) => r.score);
  const lo = Math.min(0, ...scores);
  const hi = Math.max(0, ...scores);
  const x = scaleLinear().domain(lo === hi ? [-1, 1] : [lo, hi]).range([0, 100]);
  const zero = x(0);
  // Kept per approach and moved only when the order changes, so the bars can slide to their new widths.
  reconcile(list, ranking.map((r) => ({ key: r.approach.id, make: () => makeItem(r.approach.id, r.approach.short, r.approach.title) })));
  ranking.forEach((r, i) => {
    const li = list.children[i] as HTMLLIElement;
    li.classList.toggle('first', i === 0);
    li.dataset.score = String(r.score);
    setText(li.querySelector('.rank')!, `${i + 1}.`);
    setText(li.querySelector('.score')!, signed(r.score));
    setText(li.querySelector('.points')!, ` ${Math.abs(r.score) === 1 ? 'point' : 'points'}`);
    const track = li.querySelector<HTMLElement>('.track')!;
    const bar = li.querySelector<HTMLElement>('.bar')!;
    track.style.setProperty('--zero', `${zero}%`);
    bar.style.setProperty('left', `${Math.min(x(r.score), zero)}%`);
    bar.style.setProperty('width', `${Math.abs(x(r.score) - zero)}%`);
    bar.classList.toggle('neg', r.score < 0);
  });
}

function makeItem(id: string, short: string, title: string): HTMLLIElement {
  return el(
    'li',
    { 'data-approach': id },
    el('span', { class: 'name' }, el('span', { class: 'rank visually-hidden' }), ' ', short, short !== title && el('span', { class: 'visually-hidden' }, ` (${title})`)),
    el('span', { class: 'track', 'aria-hidden': 'true' }, el('span', { class: 'bar' })),
    el('span', { class: 'score-wrap' }, el('span', { class: 'score' }), el('span', { class: 'points visually-hidden' })),
  );
}
