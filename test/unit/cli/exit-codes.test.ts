import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { EXIT_CODES, exitCodeOf } from '../../../src/cli/exit-codes.ts';
import { FlattenError } from '../../../src/index.ts';

/** The first word of each kind's row in the README's "Exit codes" table. */
const README_WORD: Record<keyof typeof EXIT_CODES, string> = {
  usage: 'usage',
  registry: 'registry',
  auth: 'authentication',
  content: 'image content',
  io: 'local I/O',
  interrupted: 'interrupted',
};

describe('exit codes live in the CLI, as the README states them', () => {
  it('each kind has the code the README gives it', async () => {
    const readme = await readFile(new URL('../../../README.md', import.meta.url), 'utf8');
    const table = readme.split('### Exit codes')[1]?.split('\n\n')[1] ?? '';
    const rows = new Map([...table.matchAll(/^\| (\d+) \| (.*) \|$/gm)].map((m) => [Number(m[1]), m[2] as string]));
    assert.ok(rows.size >= 8, `README exit code table not found:\n${table}`);
    for (const [kind, code] of Object.entries(EXIT_CODES)) {
      assert.ok(
        rows.get(code)?.startsWith(README_WORD[kind as keyof typeof EXIT_CODES]),
        `${kind} -> ${code}: README says ${rows.get(code)}`,
      );
    }
  });

  it("a FlattenError exits with its kind's code; anything else is a bug (1)", () => {
    assert.equal(exitCodeOf(new FlattenError('auth', 'refused')), 4);
    assert.equal(exitCodeOf(new FlattenError('usage', 'bad', { option: 'level' })), 2);
    assert.equal(exitCodeOf(new TypeError('oops')), 1);
    assert.equal('exitCode' in new FlattenError('io', 'full'), false, 'the library error carries no exit code');
  });
});
