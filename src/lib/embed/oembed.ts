/** oEmbed 1.0 documents (https://oembed.com/): the static `rich` response each embeddable page links to. */

export interface OEmbedRich {
  readonly type: 'rich';
  readonly version: '1.0';
  readonly title: string;
  readonly provider_name: string;
  readonly provider_url: string;
  readonly html: string;
  readonly width: number;
  readonly height: number;
  readonly cache_age?: number;
}

export interface OEmbedInput {
  readonly title: string;
  readonly providerName: string;
  /** The site's home page, absolute. */
  readonly providerUrl: string;
  /** The embed HTML: a plain iframe, so consumers that strip scripts still show it. */
  readonly html: string;
  readonly width: number;
  readonly height: number;
}

/** The oEmbed `rich` response for one embeddable page. */
export function oembedDocument(input: OEmbedInput): OEmbedRich {
  if (!Number.isInteger(input.width) || input.width <= 0 || !Number.isInteger(input.height) || input.height <= 0) {
    throw new Error(`oEmbed: width and height must be positive integers (got ${input.width} x ${input.height})`);
  }
  return {
    type: 'rich',
    version: '1.0',
    title: input.title,
    provider_name: input.providerName,
    provider_url: input.providerUrl,
    html: input.html,
    width: input.width,
    height: input.height,
    cache_age: 86400,
  };
}
