/** Fetches the published decision document once per page. */
import type { DecisionDocument } from '../../lib/decision/document.ts';

let pending: Promise<DecisionDocument> | undefined;

/** The decision document under the site's base path. */
export function loadDecisionDocument(base: string): Promise<DecisionDocument> {
  pending ??= fetch(`${base}api/decision.json`).then((r) => {
    if (!r.ok) throw new Error(`decision data: HTTP ${r.status}`);
    return r.json() as Promise<DecisionDocument>;
  });
  return pending;
}
