/**
 * The search styles, carried inside the search code and adopted on first use, so no page pays for
 * them before search opens. A constructed stylesheet is CSSOM, which the Content-Security-Policy
 * allows, unlike an injected <style>.
 */
import css from './search.css?inline';

let adopted = false;

/** Adds the search styles to the document once. */
export function adoptSearchStyles(): void {
  if (adopted) return;
  adopted = true;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}
