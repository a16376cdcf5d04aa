import assert from 'node:assert/strict';
import { it } from 'node:test';
import { finalScreen } from '../../helpers/screen.ts';

it('finalScreen applies cursor-up and erase-line redraws and wraps at the width', () => {
  assert.deepEqual(finalScreen('a 1\r\nb 1\r\n\x1b[2A\x1b[2Ka 2\r\n\x1b[2Kb 2\r\nerror\r\n'), ['a 2', 'b 2', 'error']);
  // A redraw after the error covers it: the screen shows what a user would see.
  assert.deepEqual(finalScreen('a 1\r\nerror\r\n\x1b[2A\x1b[2Ka 2\r\n\x1b[2Kb 2\r\n'), ['a 2', 'b 2']);
  assert.deepEqual(finalScreen('abcdef\r\n', 4), ['abcd', 'ef']);
  assert.throws(() => finalScreen('\x1b[5m'), /unsupported sequence/);
});
