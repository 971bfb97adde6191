/**
 * Which origin an embed may post its height to. embed.js names the host's origin in the URL; the
 * embed believes it only when the browser's own account of who framed it agrees, so a page that
 * frames an embed while claiming to be someone else never receives its messages.
 */

/** The origin of a URL, or undefined for anything that is not an http(s) URL. */
function originOf(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.origin : undefined;
  } catch {
    return undefined;
  }
}

export interface FrameContext {
  /** The `origin` URL parameter embed.js set. */
  readonly claimed: string | null;
  /** `document.referrer`: the embedding page under the iframe's referrer policy. */
  readonly referrer: string;
  /** `location.ancestorOrigins[0]` where the browser has it (Chromium, Safari). */
  readonly ancestor?: string | null;
}

/** The host origin to post to, or undefined when the claim is missing, malformed or contradicted. */
export function verifiedHostOrigin({ claimed, referrer, ancestor }: FrameContext): string | undefined {
  const origin = originOf(claimed);
  if (!origin || originOf(referrer) !== origin) return undefined;
  if (ancestor !== undefined && ancestor !== null && originOf(ancestor) !== origin) return undefined;
  return origin;
}
