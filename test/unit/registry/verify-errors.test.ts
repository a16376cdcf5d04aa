import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { describe, it } from 'node:test';
import { redactUrl } from '../../../src/registry/connection.ts';
import { diagnose, responseError } from '../../../src/registry/errors.ts';
import { uploadPlan } from '../../../src/registry/upload.ts';
import { createVerifier } from '../../../src/registry/verify.ts';

const bytes = Buffer.from('hello blob');
const digest = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
const drain = (stream: Readable) =>
  pipeline(stream, async function* (source) {
    for await (const _ of source) yield* [];
  });

describe('blob verification while streaming', () => {
  it('matching bytes pass through unchanged', async () => {
    const out: Buffer[] = [];
    const verifier = createVerifier({ digest, size: bytes.length }, 'blob');
    verifier.on('data', (c: Buffer) => out.push(c));
    await pipeline(Readable.from([bytes.subarray(0, 3), bytes.subarray(3)]), verifier);
    assert.deepEqual(Buffer.concat(out), bytes);
  });
  it('a changed byte fails with a digest mismatch', async () => {
    const changed = Buffer.from(bytes);
    changed[0] = 0x48;
    await assert.rejects(
      drain(Readable.from([changed]).pipe(createVerifier({ digest, size: bytes.length }, 'blob x'))),
      /blob x: digest mismatch/,
    );
  });
  it('short and long streams fail on size', async () => {
    await assert.rejects(
      drain(Readable.from([bytes.subarray(1)]).pipe(createVerifier({ digest, size: bytes.length }, 'b'))),
      /got 9 bytes, expected 10/,
    );
    await assert.rejects(
      drain(Readable.from([bytes, bytes]).pipe(createVerifier({ digest, size: bytes.length }, 'b'))),
      /more than the expected 10 bytes/,
    );
  });
});

describe('registry errors carry the diagnostic on one line', () => {
  it('distribution error bodies give status and codes', () => {
    const d = diagnose(401, '{"errors":[{"code":"UNAUTHORIZED","message":"authentication required","detail":[]}]}');
    assert.deepEqual(d, { status: 401, codes: ['UNAUTHORIZED'], summary: '401 UNAUTHORIZED: authentication required' });
    assert.equal(diagnose(502, '<html>\nbad gateway</html>').summary, '502');
  });
  it('401 and 403 are auth errors, others registry errors', () => {
    const e401 = responseError(diagnose(401, ''), 'push to team/app', 'r:5000', 'looked in X');
    assert.equal(e401.kind, 'auth');
    assert.equal(e401.message, 'unauthorized: push to team/app on r:5000 was refused (401)');
    assert.equal(e401.hint, 'looked in X');
    assert.equal(responseError(diagnose(403, ''), 'w', 'r').message, 'denied: w on r was refused (403)');
    assert.equal(responseError(diagnose(500, ''), 'w', 'r').kind, 'registry');
  });
  it('log URLs keep path and safe parameters, redact the rest', () => {
    assert.equal(
      redactUrl(new URL('https://s3.example/bucket/blob?X-Amz-Signature=abc&digest=sha256:1')),
      'https://s3.example/bucket/blob?X-Amz-Signature=…&digest=sha256:1',
    );
    assert.equal(redactUrl(new URL('http://h/v2/')), 'http://h/v2/');
  });
});

describe('the upload strategy is one decision', () => {
  it('auto: whole PUT, then chunks; streamed falls back to chunks; explicit choices have no fallback', () => {
    assert.deepEqual(uploadPlan({ strategy: 'auto', chunkSize: 1 }), ['monolithic', 'chunked']);
    assert.deepEqual(uploadPlan({ strategy: 'streamed', chunkSize: 1 }), ['streamed', 'chunked']);
    assert.deepEqual(uploadPlan({ strategy: 'chunked', chunkSize: 1 }), ['chunked']);
  });
});
