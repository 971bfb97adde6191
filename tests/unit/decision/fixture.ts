/** A small hand-made decision model whose scores are easy to check by hand. */
import type { DecisionCriterion, DecisionData, DecisionEffect } from '../../../src/lib/decision/model.ts';

const fx = (approach: string, score: number, sources: string[] = ['paper']): DecisionEffect => ({ approach, score, why: `${approach} ${score} because.`, sources });

export const freshness: DecisionCriterion = {
  id: 'freshness',
  title: 'Knowledge freshness',
  question: 'How often does it change?',
  group: 'knowledge',
  weight: 2,
  levels: [
    { id: 'daily', label: 'Daily', effects: [fx('rag', 2), fx('fine-tuning', -2), fx('hybrid', 1)] },
    { id: 'stable', label: 'Stable', effects: [fx('rag', 0), fx('fine-tuning', 1, ['paper', 'article']), fx('hybrid', 0)] },
  ],
};

export const gap: DecisionCriterion = {
  id: 'gap',
  title: 'Knowledge gap',
  question: 'Is the gap knowledge or behaviour?',
  group: 'knowledge',
  weight: 1,
  levels: [
    // No effect on the hybrid: the model reads a missing effect as neutral.
    { id: 'knowledge', label: 'Missing knowledge', effects: [fx('rag', 2, ['article']), fx('fine-tuning', -1)] },
    { id: 'behaviour', label: 'Wrong behaviour', effects: [fx('rag', -1), fx('fine-tuning', 2), fx('hybrid', 1)] },
  ],
};

export const volume: DecisionCriterion = {
  id: 'volume',
  title: 'Query volume',
  question: 'How many queries a day?',
  group: 'cost',
  weight: 1,
  levels: [
    { id: 'low', label: 'Low', effects: [fx('rag', 1), fx('fine-tuning', -1), fx('hybrid', 0)] },
    { id: 'high', label: 'Very high (millions a day)', effects: [fx('rag', -1), fx('fine-tuning', 2), fx('hybrid', 0)] },
  ],
};

export const ml: DecisionCriterion = {
  id: 'ml',
  title: 'ML engineering capacity',
  question: 'Who will train it?',
  group: 'operations',
  weight: 1.25,
  levels: [
    { id: 'none', label: 'None', effects: [fx('rag', 1), fx('fine-tuning', -2), fx('hybrid', -2)] },
    { id: 'strong', label: 'Strong', effects: [fx('rag', 0), fx('fine-tuning', 1), fx('hybrid', 1)] },
  ],
};

export const data: DecisionData = {
  approaches: [
    { id: 'rag', title: 'Retrieval-augmented generation', short: 'RAG', order: 0 },
    { id: 'fine-tuning', title: 'Fine-tuning', short: 'Fine-tune', order: 1 },
    { id: 'hybrid', title: 'Hybrid', short: 'Hybrid', order: 2 },
  ],
  criteria: [freshness, gap, volume, ml],
};
