/**
 * The decision record's download link and preview, built only when the reader reaches for them.
 * A Blob URL costs a synchronous round trip to the browser process (about 10 ms), and the record's
 * Markdown a few more; doing both on every answer doubled the cost of an interaction. So a change
 * only marks the record stale, and the text, the Blob URL and the preview are made on demand.
 */

/** What the record is made from: its Markdown and the file name it downloads as, both for the current decision. */
export interface AdrSource {
  /** Brings the decision up to date if part of it is still waiting to be worked out. */
  readonly settle: () => void;
  readonly text: () => string;
  readonly fileName: () => string;
}

/** Keeps `link` (a download link) and `preview` (a textarea inside `details`) in step with the record, lazily. */
export class AdrExport {
  private text: string | undefined;
  private url: string | undefined;
  /** The text `url` holds, so a link prepared twice without a change keeps its Blob. */
  private urlText: string | undefined;

  constructor(
    private readonly source: AdrSource,
    private readonly link: HTMLAnchorElement,
    private readonly preview: HTMLTextAreaElement,
    private readonly details: HTMLDetailsElement,
  ) {
    // Every way a link is followed or saved passes one of these before the browser reads its href:
    // the click's default action runs after its listeners, and the context menu opens after contextmenu.
    for (const type of ['pointerdown', 'focus', 'click', 'auxclick', 'contextmenu'] as const) link.addEventListener(type, () => this.prepareLink());
    details.addEventListener('toggle', () => this.fillPreview());
  }

  /** The record's Markdown for the current decision, made once per change. */
  markdown(): string {
    this.source.settle();
    this.text ??= this.source.text();
    return this.text;
  }

  /** Forgets the record after a change; the open preview follows at once, the rest when reached. */
  changed(): void {
    this.text = undefined;
    this.fillPreview();
  }

  /** Opens the preview with the current record in it, for a reader to copy by hand. */
  openPreview(): HTMLTextAreaElement {
    this.details.open = true;
    this.preview.value = this.markdown();
    return this.preview;
  }

  /** Frees the Blob URL (the view left the page). */
  dispose(): void {
    if (this.url) URL.revokeObjectURL(this.url);
    this.url = undefined;
  }

  private prepareLink() {
    const text = this.markdown();
    this.link.download = this.source.fileName();
    if (this.url && this.urlText === text) return;
    this.dispose();
    this.url = URL.createObjectURL(new Blob([text], { type: 'text/markdown;charset=utf-8' }));
    this.urlText = text;
    this.link.href = this.url;
  }

  private fillPreview() {
    if (this.details.open) this.preview.value = this.markdown();
  }
}
