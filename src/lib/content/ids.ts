/** Node ids: the one pattern every layer checks an id against (file names, relations, URLs, JSON). */

/** The source of the id pattern: lowercase words of letters and digits joined by single hyphens. */
export const ID_SOURCE = '[a-z0-9]+(?:-[a-z0-9]+)*';

/** A whole node id, such as "query-volume". */
export const ID_PATTERN = new RegExp(`^${ID_SOURCE}$`);

/** Longest id a URL parameter may name; content ids are far shorter. */
export const MAX_ID_LENGTH = 100;

/** True when `value` is a well-formed node id (whether or not such a node exists). */
export function isNodeId(value: string): boolean {
  return value.length <= MAX_ID_LENGTH && ID_PATTERN.test(value);
}
