/** Small in-memory knowledge bases for unit tests: a valid one, and helpers to break it one rule at a time. */
import type { RawNode } from '../../../src/lib/content/validate.ts';

type Data = Record<string, unknown>;

const effects = (scores: [number, number, number, number]) =>
  ['rag', 'fine-tuning', 'hybrid', 'prompting'].map((approach, i) => ({ approach, score: scores[i], why: `Reason for ${approach}.` }));

/** A valid knowledge base touching every kind, with decision data. */
export function validNodes(): RawNode[] {
  const node = (kind: string, id: string, data: Data): RawNode => ({ id, kind, file: `content/${kind}/${id}.mdx`, data });
  const approach = (id: string, order: number) =>
    node('approaches', id, { title: `Approach ${id}`, summary: `About ${id}.`, short: id, order, sources: ['paper'] });
  return [
    approach('rag', 0),
    approach('fine-tuning', 1),
    approach('hybrid', 2),
    approach('prompting', 3),
    node('criteria', 'freshness', {
      title: 'Freshness',
      summary: 'How often knowledge changes.',
      question: 'How often does it change?',
      group: 'knowledge',
      weight: 2,
      levels: [
        { id: 'daily', label: 'Daily', effects: effects([2, -2, 1, -1]) },
        { id: 'stable', label: 'Stable', effects: effects([0, 1, 0, 0]) },
      ],
      relations: [{ type: 'favors', to: 'rag', note: 'Re-index, do not retrain.' }],
      sources: ['paper'],
    }),
    node('criteria', 'behaviour', {
      title: 'Behaviour',
      summary: 'Whether the gap is behaviour.',
      question: 'Is the gap behaviour?',
      group: 'behaviour',
      levels: [
        { id: 'knowledge', label: 'Knowledge', effects: effects([2, -1, 0, -1]) },
        { id: 'behaviour', label: 'Behaviour', effects: effects([-1, 2, 0, 0]) },
      ],
      relations: [{ type: 'contrasts-with', to: 'freshness' }],
      sources: ['paper'],
    }),
    node('use-cases', 'news', {
      title: 'News bot',
      summary: 'Answers about the news.',
      profile: { freshness: 'daily', behaviour: 'knowledge' },
      recommendations: [{ approach: 'rag', source: 'paper' }],
      relations: [{ type: 'exemplifies', to: 'rag' }],
      sources: ['paper'],
    }),
    node('trade-offs', 'cost', { title: 'Cost', summary: 'Upfront or per query.', relations: [{ type: 'disfavors', to: 'rag' }], sources: ['paper'] }),
    node('techniques', 'rerank', {
      title: 'Re-rank',
      summary: 'Reorders passages.',
      category: 'pipeline',
      relations: [{ type: 'part-of', to: 'rag' }, { type: 'mitigates', to: 'slow' }],
      sources: ['paper'],
    }),
    node('pitfalls', 'slow', { title: 'Slow', summary: 'Latency.', category: 'failure-mode', relations: [{ type: 'contrasts-with', to: 'rerank' }], sources: ['paper'] }),
    node('tools', 'vdb', { title: 'Vector DB', summary: 'Stores vectors.', category: 'vector-database', relations: [{ type: 'part-of', to: 'rag' }], sources: ['paper'] }),
    node('sources', 'paper', { title: 'A paper', summary: 'The source.', authors: ['A. Author'], year: 2020, medium: 'paper', arxiv: '2001.00001' }),
    node('sources', 'blog', { title: 'A blog post', summary: 'Someone writing about the paper.', authors: ['B. Blogger'], medium: 'article' }),
    node('findings', 'retrieval-wins', {
      title: 'Retrieval beat re-training',
      summary: 'On fresh news, retrieval scored higher.',
      figure: 'Accuracy 0.88 with retrieval vs 0.50 after training',
      verified: 'Table 2: RAG 0.88, fine-tuned 0.50.',
      models: ['Model-7B'],
      task: 'Questions on news after the cut-off',
      testSize: '900 questions',
      caveats: ['One model size.'],
      relations: [{ type: 'supports', to: 'cost' }, { type: 'measures', to: 'rag' }],
      sources: ['paper'],
    }),
  ];
}

/** The valid knowledge base with one node's data changed by `edit`. */
export function withEdit(id: string, edit: (data: Data) => void): RawNode[] {
  return validNodes().map((n) => {
    if (n.id !== id) return n;
    const data = structuredClone(n.data) as Data;
    edit(data);
    return { ...n, data };
  });
}
