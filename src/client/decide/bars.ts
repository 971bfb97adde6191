/**
 * The ranking drawn as horizontal bars around a zero line. Widths come from a d3 linear scale and
 * are set through the CSSOM (the CSP forbids style attributes).
 */
import { scaleLinear } from 'd3-scale';
import { signed, type RankedApproach } from '../../lib/decision/model.ts';
import { el } from '../dom.ts';

/** Redraws `list` with one bar per approach, best first. */
export function renderBars(list: HTMLOListElement, ranking: readonly RankedApproach[]): void {
  const scores = ranking.map((r) => r.score);
  const lo = Math.min(0, ...scores);
  const hi = Math.max(0, ...scores);
  const x = scaleLinear().domain(lo === hi ? [-1, 1] : [lo, hi]).range([0, 100]);
  const zero = x(0);
  const existing = new Map([...list.querySelectorAll<HTMLLIElement>('li[data-approach]')].map((li) => [li.dataset.approach!, li]));
  const items = ranking.map((r, i) => {
    const li = existing.get(r.approach.id) ?? makeItem(r.approach.id, r.approach.short, r.approach.title);
    li.classList.toggle('first', i === 0);
    li.dataset.score = String(r.score);
    li.querySelector('.rank')!.textContent = `${i + 1}.`;
    li.querySelector('.score')!.textContent = signed(r.score);
    li.querySelector('.points')!.textContent = ` ${Math.abs(r.score) === 1 ? 'point' : 'points'}`;
    const track = li.querySelector<HTMLElement>('.track')!;
    const bar = li.querySelector<HTMLElement>('.bar')!;
    track.style.setProperty('--zero', `${zero}%`);
    bar.style.setProperty('left', `${Math.min(x(r.score), zero)}%`);
    bar.style.setProperty('width', `${Math.abs(x(r.score) - zero)}%`);
    bar.classList.toggle('neg', r.score < 0);
    return li;
  });
  list.replaceChildren(...items);
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
