/**
 * The embed dialog's behaviour, loaded on the first click of "Embed": fills in the long choice lists
 * the page leaves out (`data-options-src`), reads the chosen options, writes both snippets as text,
 * keeps a live preview (resized like embed.js does) and copies.
 */
import { BASE } from '../base.ts';
import { RESIZE_MESSAGE, embedUrl } from '../../lib/embed/path.ts';
import { nonDefault, type EmbedOption } from '../../lib/embed/options.ts';
import { iframeSnippet, scriptSnippet } from '../../lib/embed/snippet.ts';

const MIN_HEIGHT = 120;
const MAX_HEIGHT = 4000;

interface State {
  readonly options: Record<string, string>;
  readonly auto: boolean;
  readonly height: number;
}

const ready = new WeakSet<HTMLElement>();

function parseSpec(raw: string | undefined): EmbedOption[] {
  try {
    return JSON.parse(raw ?? '[]') as EmbedOption[];
  } catch {
    return [];
  }
}

/**
 * Fetches every option with all its choices and adds the choices the page left out to their selects,
 * keeping what is selected; returns the full options.
 */
async function loadChoices(form: HTMLFormElement, src: string): Promise<EmbedOption[]> {
  const response = await fetch(src);
  if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
  const full = (await response.json()) as EmbedOption[];
  if (!Array.isArray(full)) throw new Error('not a list of options');
  for (const option of full) {
    const select = [...form.querySelectorAll('select')].find((s) => s.name === option.name);
    if (!select || select.options.length >= option.choices.length) continue;
    const chosen = select.value;
    select.replaceChildren(...option.choices.map((c) => new Option(c.label, c.value, c.value === option.default, c.value === chosen)));
  }
  return full;
}

/** Opens the dialog of an `<rot-embed-dialog>` element, wiring it on first use. */
export function openEmbedDialog(host: HTMLElement): void {
  const dialog = host.querySelector('dialog');
  if (!dialog) return;
  if (!ready.has(host)) {
    wire(host, dialog);
    ready.add(host);
  }
  dialog.showModal();
}

function wire(host: HTMLElement, dialog: HTMLDialogElement): void {
  const { path = '', page = '', title = '' } = host.dataset;
  let spec = parseSpec(host.dataset.options);
  const site = new URL(BASE, location.origin).href;
  const form = dialog.querySelector<HTMLFormElement>('[data-options-form]')!;
  const preview = dialog.querySelector<HTMLElement>('[data-preview]')!;
  const status = dialog.querySelector<HTMLElement>('[data-status]')!;
  const code = (name: string) => dialog.querySelector<HTMLElement>(`[data-snippet="${name}"]`)!;
  const opener = host.querySelector<HTMLButtonElement>('.embed-button');

  const frameId = `preview${Math.random().toString(36).slice(2, 10)}`;
  const frame = document.createElement('iframe');
  frame.title = `Preview: ${title}`;
  frame.referrerPolicy = 'strict-origin-when-cross-origin';
  preview.append(frame);
  // The same check embed.js makes: only this frame's own window, only from this site.
  window.addEventListener('message', (event) => {
    const data = event.data as { type?: unknown; id?: unknown; height?: unknown } | null;
    if (event.origin !== location.origin || event.source !== frame.contentWindow) return;
    if (!data || data.type !== RESIZE_MESSAGE || data.id !== frameId || typeof data.height !== 'number') return;
    if (read().auto && data.height > 0) frame.style.setProperty('height', `${Math.ceil(data.height)}px`);
  });

  const read = (): State => {
    const fd = new FormData(form);
    const values: Record<string, string> = {};
    for (const option of spec) {
      const v = String(fd.get(option.name) ?? option.default);
      values[option.name] = option.choices.some((c) => c.value === v) ? v : option.default;
    }
    const px = Math.round(Number(fd.get('height')));
    const height = Number.isFinite(px) ? Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, px)) : MIN_HEIGHT;
    // Theme is always written out, so an author sees it can be changed; other options only when not default.
    const options = { theme: values.theme ?? 'auto', ...nonDefault(spec.filter((o) => o.name !== 'theme'), values) };
    return { options, auto: fd.get('height-mode') !== 'fixed', height };
  };

  const render = () => {
    const state = read();
    const target = { site, path, title, page, options: state.options };
    code('script').textContent = scriptSnippet(state.auto ? target : { ...target, height: state.height });
    code('iframe').textContent = iframeSnippet({ ...target, height: state.height });
    const channel: Record<string, string> = state.auto ? { frame: frameId, origin: location.origin } : {};
    const src = embedUrl(site, path, { ...state.options, ...channel });
    if (frame.src !== src) frame.src = src;
    if (!state.auto) frame.style.setProperty('height', `${state.height}px`);
    status.textContent = '';
  };

  form.addEventListener('input', render);
  form.addEventListener('change', render);
  form.addEventListener('submit', (event) => event.preventDefault());
  dialog.querySelector('[data-close]')?.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => opener?.focus());
  for (const button of dialog.querySelectorAll<HTMLButtonElement>('[data-copy]')) {
    button.addEventListener('click', () => copy(code(button.dataset.copy ?? ''), button.textContent ?? 'Copy', status));
  }
  render();
  const src = host.dataset.optionsSrc;
  if (src) {
    loadChoices(form, src).then(
      (full) => {
        spec = full;
        render();
      },
      (error: unknown) => {
        status.textContent = `The full list of choices could not be loaded (${(error as Error).message}); the defaults are offered.`;
      },
    );
  }
}

async function copy(source: HTMLElement, label: string, status: HTMLElement): Promise<void> {
  const text = source.textContent ?? '';
  try {
    await navigator.clipboard.writeText(text);
    status.textContent = `${label.replace(/^Copy /, 'Copied the ')}.`;
  } catch {
    // No clipboard access (permissions, insecure context): select the text so a key press copies it.
    getSelection()?.selectAllChildren(source);
    status.textContent = 'Selected: press Ctrl+C (⌘C on a Mac) to copy.';
  }
}
