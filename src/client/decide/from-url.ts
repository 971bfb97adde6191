/**
 * <rot-decision-from-url>: on a page beside the decide view, reads the reader's decision from the URL
 * (dropping anything malformed, with a visible notice), rewrites the URL without what it dropped, and
 * publishes the decision so the matrix or the use-case table can follow it.
 */
import { parseDecideState, serialiseDecideState } from '../../lib/decision/url-state.ts';
import { noticeText } from '../../lib/shared/url-notice.ts';
import { BASE } from '../base.ts';
import { define } from '../define.ts';
import { el, must, replaceQuery } from '../dom.ts';
import { publish } from './bus.ts';
import { loadDecisionDocument } from './load.ts';
import type { DecisionDocument } from '../../lib/decision/document.ts';

class DecisionFromUrl extends HTMLElement {
  async connectedCallback() {
    // Nothing in the URL, nothing to load: the page is complete as built.
    if (location.search === '') return;
    const note = must(this, '.answers-note');
    let doc: DecisionDocument;
    try {
      doc = await loadDecisionDocument(BASE);
    } catch (error) {
      note.textContent = `Your answers in the link could not be read (${(error as Error).message}); the table below is complete without them.`;
      note.hidden = false;
      return;
    }
    const vocabulary = { criteria: doc.criteria, presets: doc.useCases.map((u) => ({ id: u.id, profile: u.profile })) };
    const { state, notices } = parseDecideState(location.search, vocabulary);
    must(this, '.notices-list').replaceChildren(...notices.map((n) => el('li', {}, noticeText(n))));
    must(this, '.notices').hidden = notices.length === 0;
    const answered = Object.keys(state.profile).length;
    const preset = doc.useCases.find((u) => u.id === state.preset);
    note.hidden = answered === 0;
    note.textContent = `Showing your ${answered} ${answered === 1 ? 'answer' : 'answers'}${preset ? `, started from ${preset.title}` : ''}, from the link.`;
    replaceQuery(serialiseDecideState(state, vocabulary));
    publish(state);
  }
}

define('rot-decision-from-url', DecisionFromUrl);
