/**
 * The current decision as a Markdown architecture decision record, to paste into a repository:
 * context (answers and weights), decision (winner and margin), reasons with their sources,
 * alternatives with their scores, and what would change the decision.
 */
import { signed, weightOf, type Decision, type Weights } from './model.ts';
import type { DecisionDocument } from './document.ts';
import { describeFlip, levelLabel } from './text.ts';
import type { DecideState } from './url-state.ts';

export interface AdrOptions {
  /** Absolute URL of the site's base, ending in "/": node links are made from it. */
  readonly siteUrl: string;
  /** Absolute URL that reopens this decision. */
  readonly link: string;
  /** ISO date for the record. */
  readonly date: string;
}

/** Text made safe inside Markdown: no table pipes, brackets or line breaks from content. */
function md(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/([\\|[\]*_`<>])/g, '\\$1');
}

/** The record's Markdown. */
export function adrMarkdown(doc: DecisionDocument, state: DecideState, decision: Decision, options: AdrOptions): string {
  const url = (path: string) => new URL(path, options.siteUrl).href;
  const approaches = new Map(doc.approaches.map((a) => [a.id, a]));
  const sources = new Map(doc.sources.map((s) => [s.id, s]));
  const weights: Weights = state.weights;
  const preset = doc.useCases.find((u) => u.id === state.preset);
  const winner = decision.winner;
  const runnerUp = decision.ranking[1];
  const answered = doc.criteria.filter((c) => state.profile[c.id] !== undefined);
  const unanswered = doc.criteria.filter((c) => state.profile[c.id] === undefined);
  const cited = new Set<string>();
  const link = (id: string) => {
    const s = sources.get(id);
    if (!s) return md(id);
    cited.add(id);
    return `[${md(s.title)}](${url(s.path)})`;
  };
  const out: string[] = [];

  out.push(`# ADR: ${winner ? `Use ${md(winner.approach.title)}` : 'Choose between retrieval and fine-tuning'}${preset ? ` for ${md(preset.title)}` : ''}`);
  out.push('', `- Status: Proposed`, `- Date: ${options.date}`, `- Worked out with: [Retrieve or Tune decision matrix](${options.link})`);

  out.push('', '## Context', '');
  if (preset) out.push(`Started from the use case [${md(preset.title)}](${url(preset.path)}).`, '');
  if (answered.length === 0) out.push('No criterion has been answered yet, so every approach scores 0.');
  else {
    out.push(`We answered ${answered.length} of ${doc.criteria.length} criteria. Each answer moves each approach by a score from -2 to +2, multiplied by the criterion's weight (0 to 3).`, '');
    out.push('| Criterion | Our answer | Weight |', '| --- | --- | --- |');
    for (const c of answered) out.push(`| [${md(c.title)}](${url(c.path)}) | ${md(levelLabel(c, state.profile[c.id]))} | ${weightOf(c, weights)} |`);
  }
  if (unanswered.length > 0 && answered.length > 0) out.push('', `Not answered (doesn't matter): ${unanswered.map((c) => md(c.title)).join(', ')}.`);

  out.push('', '## Decision', '');
  if (!winner || answered.length === 0) out.push('No decision yet.');
  else if (runnerUp && decision.margin === 0) out.push(`**${md(winner.approach.title)}** and **${md(runnerUp.approach.title)}** tie on ${winner.score} points; the matrix lists ${md(winner.approach.title)} first by column order, so treat this as a tie to settle with a pilot.`);
  else out.push(`We will use **${md(winner.approach.title)}**. It scores ${winner.score}, ${decision.margin} ${decision.margin === 1 ? 'point' : 'points'} ahead of ${runnerUp ? md(runnerUp.approach.title) : 'nothing'}${runnerUp ? ` (${runnerUp.score})` : ''}.`);

  if (answered.length > 0 && winner) {
    out.push('', '## Reasons', '');
    for (const c of answered) {
      out.push(`### ${md(c.title)}: ${md(levelLabel(c, state.profile[c.id]))} (weight ${weightOf(c, weights)})`, '');
      for (const r of decision.ranking) {
        const contribution = r.contributions.find((x) => x.criterion === c.id);
        if (!contribution) continue;
        const why = contribution.effect ? md(contribution.effect.why) : 'No effect recorded: neutral.';
        const cites = contribution.sources.length ? ` Sources: ${contribution.sources.map(link).join(', ')}.` : '';
        out.push(`- ${md(r.approach.title)} ${signed(contribution.value)}: ${why}${cites}`);
      }
      out.push(`- Criterion: [${md(c.title)}](${url(c.path)})`, '');
    }
    out.pop();

    out.push('', '## Alternatives considered', '', '| Rank | Approach | Score | Behind the first by |', '| --- | --- | --- | --- |');
    decision.ranking.forEach((r, i) => {
      const a = approaches.get(r.approach.id);
      out.push(`| ${i + 1} | [${md(r.approach.title)}](${url(a?.path ?? '')}) | ${r.score} | ${Math.round((winner.score - r.score) * 1e9) / 1e9} |`);
    });

    out.push('', '## What would change this decision', '');
    if (decision.flips.length === 0) out.push('No single change of one answer or one weight would put another approach first.');
    for (const f of decision.flips) out.push(`- ${md(describeFlip(doc, f, weights))}`);
  }

  if (cited.size > 0) {
    out.push('', '## Sources', '');
    for (const id of [...cited].sort()) out.push(`- ${link(id)}`);
  }
  return `${out.join('\n')}\n`;
}
