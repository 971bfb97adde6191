/**
 * Reports the embed's height to the page that framed it, whenever the height changes. Posts only
 * to the host origin embed.js named and the browser confirms (referrer, ancestorOrigins), never '*'.
 */
import { verifiedHostOrigin } from '../../lib/embed/origin.ts';
import { RESIZE_MESSAGE, isFrameId } from '../../lib/embed/path.ts';

const params = new URLSearchParams(location.search);
const id = params.get('frame');
const ancestors = 'ancestorOrigins' in location ? location.ancestorOrigins : undefined;
const origin =
  window.parent !== window && id !== null && isFrameId(id)
    ? verifiedHostOrigin({ claimed: params.get('origin'), referrer: document.referrer, ancestor: ancestors?.[0] ?? null })
    : undefined;

if (origin && id) {
  const root = document.documentElement;
  // The host sizes the frame to fit, so a scrollbar would only flicker while it catches up.
  root.classList.add('embed-autoheight');
  let last = -1;
  const report = () => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: RESIZE_MESSAGE, id, height }, origin);
  };
  new ResizeObserver(report).observe(root);
}
