/** Fences as CommonMark closes them, so a `##` inside code is never taken for a heading. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nextFence } from '../../../src/lib/search/fences.ts';

/** The lines of `body` outside any fence, markers excluded. */
const outside = (body: string): string[] => {
  let open: string | undefined;
  return body.split('\n').filter((line) => {
    const step = nextFence(line, open);
    open = step.open;
    return !step.marker && open === undefined;
  });
};

describe('nextFence', () => {
  it('keeps a fence open until a marker of its own character at least as long', () => {
    assert.deepEqual(outside(['a', '````', '## code', '```', '~~~~', '## still code', '`````', 'b'].join('\n')), ['a', 'b']);
  });

  it('opens with tildes as with backticks, indented by up to three spaces', () => {
    assert.deepEqual(outside(['   ~~~', '## code', '~~~', '## heading', '    ```', 'text'].join('\n')), ['## heading', '    ```', 'text']);
  });
});
