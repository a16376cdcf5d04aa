import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { randomBytes } from 'node:crypto';
import { createRechunker } from '../../../src/stream/rechunk.ts';

async function rechunk(pieces: Buffer[], size: number): Promise<Buffer[]> {
  const out: Buffer[] = [];
  const stream = Readable.from(pieces).pipe(createRechunker(size));
  // 'data' events, not async iteration: iteration would merge buffered chunks.
  stream.on('data', (chunk: Buffer) => out.push(chunk));
  await finished(stream);
  return out;
}

describe('rechunker: fixed-size chunks whatever the input chunking', () => {
  it('emits chunks of exactly the size, a shorter last one, and the same bytes', async () => {
    const data = randomBytes(10_000);
    const pieces = [data.subarray(0, 1), data.subarray(1, 4000), data.subarray(4000, 4001), data.subarray(4001)];
    const out = await rechunk(pieces, 1024);
    assert.deepEqual(
      out.map((chunk) => chunk.length),
      [...Array.from({ length: 9 }, () => 1024), 10_000 - 9 * 1024],
    );
    assert.ok(Buffer.concat(out).equals(data));
  });

  it('emits no trailing empty chunk for an exact multiple, and nothing for empty input', async () => {
    const out = await rechunk([randomBytes(3000), randomBytes(72)], 1024);
    assert.deepEqual(
      out.map((chunk) => chunk.length),
      [1024, 1024, 1024],
    );
    assert.deepEqual(await rechunk([], 1024), []);
  });

  it('does not let a later write change an emitted chunk', async () => {
    const source = Buffer.alloc(2048, 1);
    const out = await rechunk([source.subarray(0, 1500), Buffer.alloc(548, 2)], 1024);
    source.fill(9);
    assert.ok(out[0]!.equals(Buffer.alloc(1024, 1)));
    assert.ok(out[1]!.equals(Buffer.concat([Buffer.alloc(476, 1), Buffer.alloc(548, 2)])));
  });
});
