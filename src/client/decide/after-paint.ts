/**
 * Work that must follow an interaction but need not delay its frame: run once after the next paint,
 * however many times it was asked for meanwhile. The decide view finishes a change this way: the flip
 * points, the reasons and the export below the ranking, then the URL (history.replaceState, a wait on
 * the browser process of up to 10 ms on a busy machine), so a reader sees the new ranking first.
 */
export class AfterPaint {
  private pending = false;
  private fallback: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly work: () => void) {}

  /** Asks for the work to run after the next paint; a request already waiting covers this one. */
  schedule(): void {
    if (this.pending) return;
    this.pending = true;
    // A task queued from an animation frame callback runs after that frame is painted.
    requestAnimationFrame(() => setTimeout(() => this.flush(), 0));
    // A hidden page paints no frames: the work still runs, a little later.
    this.fallback = setTimeout(() => this.flush(), 200);
  }

  /** Runs the waiting work now (before something reads what it updates); nothing when none waits. */
  flush(): void {
    if (!this.pending) return;
    this.pending = false;
    clearTimeout(this.fallback);
    this.work();
  }
}
