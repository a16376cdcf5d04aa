import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, it } from 'node:test';
import { createGrowingFile } from '../../../src/pipeline/growing-file.ts';

async function collect(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** A source that yields `parts` with a pause before each, like a download. */
const slowSource = (parts: Buffer[], pauseMs: number, failAtEnd?: Error) =>
  Readable.from(
    (async function* () {
      for (const part of parts) {
        await sleep(pauseMs);
        yield part;
      }
      if (failAtEnd !== undefined) throw failAtEnd;
    })(),
  );

describe('a layer is read while it is still being written', () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'oci-flatten-growing-'));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('a reader started before the writer ends gets every byte, in order, and ends with the writer', async () => {
    const parts = Array.from({ length: 12 }, (_, i) => randomBytes(10_000 + i * 7_001));
    const file = createGrowingFile(join(dir, 'a'));
    const writing = pipeline(slowSource(parts, 5), file.writer());
    const early = collect(file.reader());
    await sleep(20);
    const midway = collect(file.reader());
    const [a, b] = await Promise.all([early, midway, writing]);
    assert.deepEqual(a, Buffer.concat(parts));
    assert.deepEqual(b, Buffer.concat(parts));
    await file.done;
    assert.deepEqual(await readFile(file.path), Buffer.concat(parts));
  });

  it('a reader started after the writer finished reads the whole file', async () => {
    const file = createGrowingFile(join(dir, 'b'));
    await pipeline(slowSource([Buffer.from('hello '), Buffer.from('world')], 0), file.writer());
    assert.equal((await collect(file.reader())).toString(), 'hello world');
  });

  it('an empty file ends its readers at once', async () => {
    const file = createGrowingFile(join(dir, 'c'));
    await pipeline(slowSource([], 0), file.writer());
    assert.equal((await collect(file.reader())).length, 0);
  });

  it('a writer failure (a digest mismatch at the end of a download) fails every reader and done', async () => {
    const file = createGrowingFile(join(dir, 'd'));
    const mismatch = new Error('blob sha256:abc: digest mismatch');
    const writing = pipeline(slowSource([randomBytes(5000), randomBytes(5000)], 5, mismatch), file.writer());
    const reading = collect(file.reader());
    await assert.rejects(writing, /digest mismatch/);
    await assert.rejects(reading, /digest mismatch/);
    await assert.rejects(file.done, /digest mismatch/);
  });
});
