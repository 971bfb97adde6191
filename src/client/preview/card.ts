/**
 * The link-preview card. After a short hover, or a pause on a link reached by keyboard, a card with
 * the node's kind, title, summary, key relations (and a use case's ranking) opens beside the link.
 * It sits in the top layer with a fixed position, so nothing on the page moves; it never takes focus
 * and never covers the link; the pointer can move onto it (to read or select) without closing it;
 * Esc closes it, and so does leaving both link and card, scrolling or clicking. The card is
 * aria-hidden: screen readers get the node's summary as the link's own description instead.
 */
import { siteHref } from '../base.ts';
import { el } from '../dom.ts';
import { signed } from '../../lib/decision/model.ts';
import type { Preview, PreviewRelation } from '../../lib/preview/data.ts';
import { parsePreview } from '../../lib/preview/parse.ts';
import { placeCard } from '../../lib/preview/place.ts';
import { previewPath } from '../../lib/preview/target.ts';
import { nodeLinkOf } from './links.ts';
import type { Trigger } from './loader.ts';
import css from './preview.css?inline';

/** Hover time before a card opens: passing over a link on the way elsewhere opens nothing. */
export const HOVER_DELAY = 350;
/** Time on a focused link before its card opens: tabbing through a list opens nothing. */
export const FOCUS_DELAY = 500;
/** Hover time before the data is fetched, so crossing a list of links fetches nothing. */
const FETCH_DELAY = 80;
/** Time to cross from the link onto the card (or back) before the card closes. */
const LEAVE_DELAY = 200;
/** Prefix of the ids of the hidden descriptions links point to. */
const DESCRIPTION_ID = 'rot-preview-desc-';

interface Current {
  readonly link: HTMLAnchorElement;
  readonly id: string;
  readonly trigger: Trigger;
  readonly timers: number[];
}

const cache = new Map<string, Promise<Preview | undefined>>();
let current: Current | undefined;
let shown = false;
/** The link whose card the reader closed with Esc: it stays closed until the reader leaves that link. */
let dismissed: HTMLAnchorElement | undefined;
let leaveTimer: number | undefined;
let cardEl: HTMLElement | undefined;
let descriptions: HTMLElement | undefined;

/** The preview of node `id`, fetched once per page; undefined when it cannot be had. */
function load(id: string): Promise<Preview | undefined> {
  let p = cache.get(id);
  if (!p) {
    p = fetch(siteHref(previewPath(id)))
      .then((r) => (r.ok ? r.json() : undefined))
      .then((doc: unknown) => parsePreview(doc, id))
      .catch(() => {
        // A network failure may pass: ask again on the next hover.
        cache.delete(id);
        return undefined;
      });
    cache.set(id, p);
  }
  return p;
}

/** Gives `link` the node's summary as its accessible description (a hidden element it points to). */
function describe(link: HTMLAnchorElement, p: Preview): void {
  const id = `${DESCRIPTION_ID}${p.id}`;
  if (!document.getElementById(id)) {
    descriptions ??= document.body.appendChild(el('div', { hidden: '', 'data-preview-descriptions': '' }));
    descriptions.append(el('span', { id }, p.summary));
  }
  const ids = (link.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  if (!ids.includes(id)) link.setAttribute('aria-describedby', [...ids, id].join(' '));
}

const sentence = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const names = (r: PreviewRelation) => `${r.titles.join(', ')}${r.more ? ` and ${r.more} more` : ''}`;

/** The card's content, every string as text. */
function render(p: Preview): HTMLElement[] {
  const parts: HTMLElement[] = [
    el('p', { class: 'rp-kind' }, el('span', { class: 'rp-dot' }), p.category ? `${p.kindLabel} \u00b7 ${p.category}` : p.kindLabel),
    el('p', { class: 'rp-title' }, p.title),
    el('p', { class: 'rp-summary' }, p.summary),
  ];
  if (p.detail) parts.push(el('p', { class: 'rp-detail' }, p.detail));
  if (p.ranking?.length) {
    const ranks = p.ranking.map((r) => `${r.approach} ${signed(r.score)}`).join(' \u00b7 ');
    parts.push(el('p', { class: 'rp-ranking' }, el('span', { class: 'rp-label' }, 'Model\u2019s ranking: '), ranks));
  }
  if (p.relations.length) {
    parts.push(el('dl', { class: 'rp-rels' }, ...p.relations.flatMap((r) => [el('dt', {}, sentence(r.label)), el('dd', {}, names(r))])));
  }
  return parts;
}

/** The one card element, created on first use inside the link's dialog (if any) so it is not inert. */
function card(link: HTMLAnchorElement): HTMLElement {
  cardEl ??= el('div', { class: 'rot-preview', 'aria-hidden': 'true', popover: 'manual', 'data-link-preview': '' });
  const host = link.closest('dialog') ?? document.body;
  if (cardEl.parentElement !== host) host.append(cardEl);
  return cardEl;
}

function open(c: Current, p: Preview): void {
  const box = card(c.link);
  box.className = `rot-preview kind-${p.kind} rp-measuring`;
  box.dataset.node = p.id;
  box.replaceChildren(...render(p));
  // Measured while invisible, placed, then shown: one frame, no jump.
  if (typeof box.showPopover === 'function') {
    if (!box.matches(':popover-open')) box.showPopover();
  } else box.hidden = false;
  const rect = c.link.getBoundingClientRect();
  const place = placeCard(rect, { width: box.offsetWidth, height: box.offsetHeight }, { width: document.documentElement.clientWidth, height: window.innerHeight });
  box.style.setProperty('left', `${Math.round(place.left)}px`);
  box.style.setProperty('top', `${Math.round(place.top)}px`);
  box.style.setProperty('max-height', `${Math.floor(place.maxHeight)}px`);
  box.dataset.side = place.side;
  box.classList.remove('rp-measuring');
  shown = true;
}

/** Closes the card and forgets the link it was for. */
function close(): void {
  for (const t of current?.timers ?? []) clearTimeout(t);
  clearTimeout(leaveTimer);
  current = undefined;
  if (!shown || !cardEl) return;
  shown = false;
  if (typeof cardEl.hidePopover === 'function') {
    if (cardEl.matches(':popover-open')) cardEl.hidePopover();
  } else cardEl.hidden = true;
  cardEl.replaceChildren();
}

/** Starts the delay toward `link`'s card; a card already open switches at once. */
function arm(link: HTMLAnchorElement, id: string, trigger: Trigger): void {
  clearTimeout(leaveTimer);
  if (link === dismissed || current?.link === link) return;
  const quick = shown;
  close();
  const c: Current = { link, id, trigger, timers: [] };
  current = c;
  const delay = quick ? 0 : trigger === 'pointer' ? HOVER_DELAY : FOCUS_DELAY;
  // A keyboard reader gets the description as soon as it arrives, before any card.
  const fetchAfter = trigger === 'focus' ? 0 : Math.min(FETCH_DELAY, delay);
  c.timers.push(
    window.setTimeout(() => void load(id).then((p) => p && current === c && describe(link, p)), fetchAfter),
    window.setTimeout(() => {
      void load(id).then((p) => {
        if (p && current === c) open(c, p);
      });
    }, delay),
  );
}

/** The pointer left the link or the card: close unless it arrives on the other in time. */
function leave(): void {
  clearTimeout(leaveTimer);
  leaveTimer = window.setTimeout(close, LEAVE_DELAY);
}

const inside = (node: Element | undefined, target: EventTarget | null) => Boolean(node && target instanceof Node && node.contains(target));

function onPointerOver(e: PointerEvent): void {
  if (e.pointerType !== 'mouse' && e.pointerType !== 'pen') return;
  if (inside(cardEl, e.target)) {
    clearTimeout(leaveTimer);
    return;
  }
  const found = nodeLinkOf(e.target);
  if (found) arm(found.link, found.node.id, 'pointer');
}

function onPointerOut(e: PointerEvent): void {
  if (dismissed && inside(dismissed, e.target) && !inside(dismissed, e.relatedTarget)) dismissed = undefined;
  if (current?.trigger !== 'pointer') return;
  const fromLink = inside(current.link, e.target) && !inside(current.link, e.relatedTarget);
  const fromCard = inside(cardEl, e.target) && !inside(cardEl, e.relatedTarget);
  if ((fromLink && !inside(cardEl, e.relatedTarget)) || (fromCard && !inside(current.link, e.relatedTarget))) leave();
}

function onFocusIn(e: FocusEvent): void {
  const found = nodeLinkOf(e.target);
  if (found?.link.matches(':focus-visible')) arm(found.link, found.node.id, 'focus');
  else if (current?.trigger === 'focus') close();
}

function onFocusOut(e: FocusEvent): void {
  if (e.target === dismissed) dismissed = undefined;
  if (current?.trigger === 'focus' && e.target === current.link) close();
}

function onKeyDown(e: KeyboardEvent): void {
  if (e.key !== 'Escape' || !current) return;
  // This Esc belongs to the card: a dialog around the link stays open, a view's own Esc is not run.
  if (shown) {
    e.preventDefault();
    e.stopPropagation();
  }
  dismissed = current.link;
  close();
}

function onScroll(e: Event): void {
  // An open card would drift from its link; one still waiting is placed where the link is when it opens.
  if (shown && !inside(cardEl, e.target)) close();
}

function onPointerDown(e: PointerEvent): void {
  if (!inside(cardEl, e.target)) close();
}

let adopted = false;

/** Installs the card's listeners and styles, then takes over the link that woke it (if the reader is still on it). */
export function startPreviews(first: HTMLAnchorElement, trigger: Trigger): void {
  if (!adopted) {
    adopted = true;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    document.addEventListener('pointerover', onPointerOver);
    document.addEventListener('pointerout', onPointerOut);
    document.addEventListener('focusin', onFocusIn);
    document.addEventListener('focusout', onFocusOut);
    window.addEventListener('keydown', onKeyDown, true);
    window.addEventListener('scroll', onScroll, { capture: true, passive: true });
    window.addEventListener('resize', close);
    window.addEventListener('pagehide', close);
    document.addEventListener('pointerdown', onPointerDown, true);
  }
  const found = nodeLinkOf(first);
  const still = trigger === 'pointer' ? first.matches(':hover') : first.matches(':focus-visible');
  if (found && still) arm(found.link, found.node.id, trigger);
}
