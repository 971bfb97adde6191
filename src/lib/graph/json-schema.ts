/** The JSON Schema (draft 2020-12) of the public graph document, published as `/api/graph.schema.json`. */
import { GRAPH_SCHEMA_VERSION } from './json.ts';
import { KINDS } from '../content/kinds.ts';
import { RELATION_TYPE_IDS } from '../content/relations.ts';

const id = { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' } as const;
const text = { type: 'string', minLength: 1 } as const;

/** The schema; `$id` is where it is published. */
export function graphSchema(schemaUrl: string): Record<string, unknown> {
  const major = GRAPH_SCHEMA_VERSION.split('.')[0];
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: schemaUrl,
    title: 'Retrieve or Tune knowledge graph',
    description: `Every node and typed edge of the Retrieve or Tune knowledge graph. Documents of schema version ${major}.x validate against this schema; fields may be added in minor versions.`,
    type: 'object',
    required: ['schemaVersion', 'generated', 'site', 'kinds', 'relationTypes', 'nodes', 'edges'],
    additionalProperties: false,
    properties: {
      $schema: { type: 'string', format: 'uri' },
      schemaVersion: { type: 'string', pattern: `^${major}\\.[0-9]+$`, description: 'major.minor; a new major version breaks readers.' },
      generated: { type: 'string', format: 'date-time', description: 'When the site was built.' },
      site: { type: 'string', format: 'uri', description: 'The site the document belongs to, with its base path.' },
      kinds: {
        type: 'object',
        description: 'The node kinds, with their display names.',
        propertyNames: { enum: [...KINDS] },
        additionalProperties: {
          type: 'object',
          required: ['singular', 'plural'],
          additionalProperties: false,
          properties: { singular: text, plural: text },
        },
      },
      relationTypes: {
        type: 'object',
        description: 'The relation vocabulary: how each edge type reads from its source (label) and from its target (inverseLabel).',
        propertyNames: { enum: [...RELATION_TYPE_IDS] },
        additionalProperties: {
          type: 'object',
          required: ['label', 'inverseLabel', 'symmetric', 'description'],
          additionalProperties: false,
          properties: { label: text, inverseLabel: text, symmetric: { type: 'boolean' }, description: text },
        },
      },
      nodes: {
        type: 'array',
        items: {
          type: 'object',
          required: ['id', 'kind', 'title', 'summary', 'aliases', 'url'],
          additionalProperties: false,
          properties: {
            id: { ...id, description: 'Unique across all kinds; edges name nodes by it.' },
            kind: { enum: [...KINDS] },
            title: text,
            summary: text,
            aliases: { type: 'array', items: text, description: 'Other names readers search for.' },
            url: { type: 'string', format: 'uri', description: "The node's page." },
            x: { type: 'number', description: 'Layout position, where the site has a layout; with y.' },
            y: { type: 'number', description: 'Layout position, where the site has a layout; with x.' },
            decision: {
              type: 'object',
              description: "Use cases only: the decision model's ranking for the use case's profile at default weights, best first, and what its sources recommend.",
              required: ['ranking', 'recommended'],
              additionalProperties: false,
              properties: {
                ranking: {
                  type: 'array',
                  items: {
                    type: 'object',
                    required: ['approach', 'score'],
                    additionalProperties: false,
                    properties: { approach: id, score: { type: 'number' } },
                  },
                },
                recommended: { type: 'array', items: id, description: 'Approach ids the sources recommend, in the order the use case lists them.' },
                resolution: { ...id, description: 'Where the sources disagree: the approach the site stands by.' },
              },
            },
          },
          dependentRequired: { x: ['y'], y: ['x'] },
        },
      },
      edges: {
        type: 'array',
        items: {
          type: 'object',
          required: ['source', 'target', 'type', 'label', 'inverseLabel'],
          additionalProperties: false,
          properties: {
            source: { ...id, description: 'Id of the node that declares the relation.' },
            target: { ...id, description: 'Id of the node it points to.' },
            type: { enum: [...RELATION_TYPE_IDS] },
            label: text,
            inverseLabel: text,
            note: { ...text, description: 'Why the relation holds, in one line.' },
          },
        },
      },
    },
  };
}
