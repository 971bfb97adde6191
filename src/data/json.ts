/** The one way the site's JSON endpoints answer: a body and its media type, UTF-8. */

export interface JsonOptions {
  /** The media type; JSON Schema documents say so. */
  readonly type?: 'application/json' | 'application/schema+json';
  /** Indentation for documents people read (schemas, oEmbed); none for data the views fetch. */
  readonly indent?: number;
}

/** A JSON response for a static endpoint. */
export function json(body: unknown, { type = 'application/json', indent }: JsonOptions = {}): Response {
  return new Response(JSON.stringify(body, null, indent), { headers: { 'Content-Type': `${type}; charset=utf-8` } });
}
