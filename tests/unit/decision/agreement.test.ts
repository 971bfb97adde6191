/**
 * Agreement with the sources, over the real knowledge base: for every use case where an article
 * recommends an approach, the decision model ranks that approach first on the use case's profile.
 * Where articles disagree, the use case's resolution is what the test expects. Each reproduced
 * recommendation is a named test, and the list is printed as diagnostics.
 */
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { readContent } from '../../../scripts/lib/read-content.ts';
import { decisionDataFrom, expectedApproach } from '../../../src/lib/decision/input.ts';
import { scenariosFrom } from '../../../src/lib/decision/scenarios.ts';
import { validateNodes } from '../../../src/lib/content/validate.ts';

const { nodes: raw, errors } = readContent(resolve('content'));
const { nodes, problems } = validateNodes(raw);
const data = decisionDataFrom(nodes);
const useCases = nodes.flatMap((n) => (n.kind === 'use-cases' ? [n] : []));
const recommended = useCases.filter((n) => n.data.recommendations.length > 0);
const title = (id: string) => data.approaches.find((a) => a.id === id)?.title ?? id;
const short = (id: string) => data.approaches.find((a) => a.id === id)?.short ?? id;
const scenarios = new Map(scenariosFrom(nodes, data).map((s) => [s.id, s]));

describe('every sourced recommendation is reproduced by the decision model', () => {
  it('reads a valid knowledge base with sourced recommendations', () => {
    assert.deepEqual(errors, []);
    assert.deepEqual(problems, []);
    assert.ok(recommended.length >= 20, `only ${recommended.length} use cases carry a recommendation`);
  });

  it('records a resolution wherever the sources disagree, and expects it', () => {
    for (const n of recommended) {
      const approaches = new Set(n.data.recommendations.map((r) => r.approach));
      if (approaches.size > 1) {
        assert.ok(n.data.resolution, `${n.id}: sources disagree without a resolution`);
        assert.equal(expectedApproach(n.data), n.data.resolution!.approach);
      } else assert.equal(expectedApproach(n.data), [...approaches][0]);
    }
  });

  const lines: string[] = [];
  for (const n of recommended) {
    const expected = expectedApproach(n.data)!;
    const { ranking } = scenarios.get(n.id)!;
    const scores = ranking.map((r) => `${short(r.approach)} ${r.score}`).join(', ');
    const sources = [...new Set(n.data.recommendations.map((r) => r.source))].join(', ');
    const disputed = n.data.resolution ? ' (sources disagree; resolution)' : '';
    const line = `${n.data.title}: expected ${title(expected)}${disputed} [${sources}]; model ${scores}`;
    lines.push(line);
    it(`reproduces ${line}`, () => {
      assert.equal(ranking[0].approach, expected, `${n.id}: the model ranks ${ranking[0].approach} first (${scores})`);
      assert.ok(ranking[0].score > ranking[1].score, `${n.id}: first place is a tie (${scores})`);
    });
  }

  it(`lists the ${recommended.length} reproduced recommendations`, (t) => {
    t.diagnostic(`Reproduced sourced recommendations (${lines.length}):`);
    for (const line of lines) t.diagnostic(`  ${line}`);
    assert.equal(lines.length, recommended.length);
  });
});
