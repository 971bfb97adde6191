/** The links that get a preview: any link to a node's page on this site (see lib/preview/target.ts). */
import { previewTarget, type PreviewTarget } from '../../lib/preview/target.ts';
import { BASE } from '../base.ts';

/** The node-page link at or around `target`, with the node it points to; undefined for anything else. */
export function nodeLinkOf(target: EventTarget | null): { link: HTMLAnchorElement; node: PreviewTarget } | undefined {
  const link = target instanceof Element ? target.closest('a[href]') : null;
  if (!(link instanceof HTMLAnchorElement)) return undefined;
  const node = previewTarget(link.href, location.href, BASE);
  return node && { link, node };
}
