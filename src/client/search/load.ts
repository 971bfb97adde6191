/**
 * The search code as one chunk: the launcher and the search page both load search through a dynamic
 * import of this module, so the bundler sees one entry reaching the dialog, the page, the engine and
 * fuse.js, and writes them as one file rather than splitting what the two share into chunks of their
 * own (each one more request before the first results).
 */
export { openSearch } from './dialog.ts';
export { defineSearchPage } from './page.ts';
