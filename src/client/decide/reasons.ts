/** The reasons table: one row per answered criterion, each approach's contribution with its why and sources. */
import { signed, type Decision, type Profile } from '../../lib/decision/model.ts';
import type { DecisionDocument } from '../../lib/decision/document.ts';
import { levelLabel } from '../../lib/decision/text.ts';
import { el } from '../dom.ts';
import { reconcile } from './patch.ts';

/** Rows ordered by how much each criterion moved the winner, largest first. */
export function renderReasons(body: HTMLTableSectionElement, doc: DecisionDocument, decision: Decision, profile: Profile, base: string): void {
  const sources = new Map(doc.sources.map((s) => [s.id, s]));
  const winner = decision.winner;
  const answered = doc.criteria.filter((c) => c.levels.some((l) => l.id === profile[c.id]));
  if (!winner || answered.length === 0) {
    reconcile(body, [{ key: 'none', make: () => el('tr', {}, el('td', { colspan: String(3 + doc.approaches.length), class: 'muted' }, 'No answers yet: pick an answer for a criterion, or start from a use case.')) }]);
    return;
  }
  const weightOfRow = (id: string) => winner.contributions.find((c) => c.criterion === id);
  const impact = (id: string) => Math.abs(weightOfRow(id)?.value ?? 0);
  const row = (c: (typeof answered)[number]): HTMLTableRowElement => {
    const own = weightOfRow(c.id)!;
    const cells = doc.approaches.map((a) => {
      const contribution = decision.ranking.find((r) => r.approach.id === a.id)?.contributions.find((x) => x.criterion === c.id);
      const value = contribution?.value ?? 0;
      const links = (contribution?.sources ?? []).flatMap((id) => {
        const s = sources.get(id);
        return s ? [el('a', { href: `${base}${s.path}`, title: s.title }, s.short)] : [];
      });
      return el(
        'td',
        { class: `${value > 0 ? 'pos' : value < 0 ? 'neg' : 'zero'}${a.id === winner.approach.id ? ' winner-col' : ''}`, 'data-approach': a.id },
        el('span', { class: 'value' }, signed(value)),
        el('span', { class: 'why' }, contribution?.effect?.why ?? 'No effect recorded: neutral.'),
        links.length > 0 && el('span', { class: 'cites' }, el('span', { class: 'visually-hidden' }, 'Sources: '), ...links),
      );
    });
    return el(
      'tr',
      { 'data-criterion': c.id },
      el('th', { scope: 'row' }, el('a', { href: `${base}${c.path}` }, c.title)),
      el('td', {}, levelLabel(c, profile[c.id])),
      el('td', { class: 'num' }, String(own.weight)),
      ...cells,
    );
  };
  const rows = [...answered]
    .sort((a, b) => impact(b.id) - impact(a.id) || a.title.localeCompare(b.title))
    // A row shows its criterion's answer and weight, and marks the winner's column: nothing else changes it.
    .map((c) => ({ key: `${c.id}|${profile[c.id]}|${weightOfRow(c.id)!.weight}|${winner.approach.id}`, make: () => row(c) }));
  reconcile(body, rows);
}
