import assert from 'node:assert/strict';
import { describe, it, mock } from 'node:test';
import { debounce } from '../../../src/lib/search/debounce.ts';

describe('debounce', () => {
  it('runs the first call at once, then the last call of a burst after a pause', () => {
    mock.timers.enable({ apis: ['setTimeout'] });
    try {
      const calls: string[] = [];
      const d = debounce((q: string) => calls.push(q), 100);
      d('f');
      assert.deepEqual(calls, ['f']);
      d('fi');
      mock.timers.tick(50);
      d('fin');
      mock.timers.tick(50);
      d('fine');
      assert.deepEqual(calls, ['f'], 'keystrokes inside the burst wait');
      mock.timers.tick(100);
      assert.deepEqual(calls, ['f', 'fine'], 'the last keystroke runs once the typing pauses');
      mock.timers.tick(500);
      assert.deepEqual(calls, ['f', 'fine'], 'nothing runs twice');
      d('fine t');
      assert.deepEqual(calls, ['f', 'fine', 'fine t'], 'after a pause a keystroke runs at once again');
    } finally {
      mock.timers.reset();
    }
  });

  it('drops a pending call when cancelled', () => {
    mock.timers.enable({ apis: ['setTimeout'] });
    try {
      const calls: number[] = [];
      const d = debounce((n: number) => calls.push(n), 100);
      d(1);
      d(2);
      d.cancel();
      mock.timers.tick(300);
      assert.deepEqual(calls, [1]);
    } finally {
      mock.timers.reset();
    }
  });
});
