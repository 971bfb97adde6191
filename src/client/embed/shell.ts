/**
 * The embed shell: lists options the URL asked for that do not exist (the view then shows its
 * default), and keeps the "Open in Retrieve or Tune" link carrying the embed's own options.
 */
import { readOptions, type EmbedOption } from '../../lib/embed/options.ts';
import { CHANNEL_PARAMS } from '../../lib/embed/path.ts';

class EmbedShell extends HTMLElement {
  connectedCallback() {
    let spec: EmbedOption[] = [];
    try {
      spec = JSON.parse(this.dataset.options ?? '[]') as EmbedOption[];
    } catch {
      // A broken attribute only costs the notices.
    }
    const { problems } = readOptions(spec, new URLSearchParams(location.search));
    const notices = this.querySelector<HTMLElement>('.embed-notices');
    if (notices && problems.length) {
      for (const problem of problems) {
        const p = document.createElement('p');
        p.textContent = problem.message;
        notices.append(p);
      }
      notices.hidden = false;
    }
    const open = this.querySelector<HTMLAnchorElement>('a.embed-open');
    if (open) {
      const page = open.getAttribute('href') ?? '';
      // The view may have changed its state since load: read the URL when the link is used.
      const sync = () => {
        const params = new URLSearchParams(location.search);
        for (const name of [...CHANNEL_PARAMS, 'theme']) params.delete(name);
        const query = params.toString();
        open.href = query ? `${page}?${query}` : page;
      };
      sync();
      for (const type of ['focus', 'pointerenter', 'click']) open.addEventListener(type, sync);
    }
  }
}
customElements.define('embed-shell', EmbedShell);
