import assert from 'node:assert/strict';
import { FlattenError } from '../../../src/errors.ts';

/** Collects every log line and error text a test file produced, to prove no secret leaked into them. */
export function createCapture() {
  const lines: string[] = [];
  return {
    log: (line: string): void => {
      lines.push(line);
    },
    /** Records an error (message, hint, cause chain) and returns it, for use inside assert.rejects. */
    error(error: unknown): unknown {
      for (let current = error, depth = 0; current !== undefined && current !== null && depth < 5; depth++) {
        if (current instanceof Error) lines.push(current.message, String(current.stack));
        if (current instanceof FlattenError && current.hint !== undefined) lines.push(current.hint);
        current = (current as { cause?: unknown }).cause;
      }
      return error;
    },
    lines,
    assertNoSecrets(secrets: readonly string[]): void {
      assert.ok(lines.length > 0, 'something was captured');
      for (const secret of secrets) {
        const base64 = Buffer.from(secret).toString('base64');
        for (const line of lines) {
          assert.ok(!line.includes(secret), `a secret leaked into: ${line.replace(secret, '<SECRET>')}`);
          assert.ok(!line.includes(base64), 'a base64 secret leaked');
        }
      }
    },
  };
}
