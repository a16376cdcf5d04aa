/**
 * The layer store's budget rules (src/pipeline/layer-store.ts), with an in-memory source standing
 * in for the transport: what is spooled ahead of the merge, what streams, what is fetched again,
 * and that the spools on disk never exceed the budget.
 */
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { after, before, describe, it } from 'node:test';
import type { Descriptor } from '../../../src/image/types.ts';
import { createLayerStore } from '../../../src/pipeline/layer-store.ts';
import { createTempBudget } from '../../../src/pipeline/temp-budget.ts';
import type { ImageSource } from '../../../src/transport/types.ts';

const KIB = 1024;

function layer(size: number): { descriptor: Descriptor; bytes: Buffer } {
  const bytes = randomBytes(size);
  const digest = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
  return { descriptor: { mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', digest, size }, bytes };
}

/** Serves blobs from memory and counts each fetch. */
function memorySource(layers: { descriptor: Descriptor; bytes: Buffer }[]): ImageSource & { fetches: Map<string, number> } {
  const fetches = new Map<string, number>();
  return {
    description: 'memory',
    fetches,
    getRootManifest: () => Promise.reject(new Error('not used')),
    getManifest: () => Promise.reject(new Error('not used')),
    getBlobBytes: () => Promise.reject(new Error('not used')),
    close: () => Promise.resolve(),
    async getBlob(descriptor) {
      fetches.set(descriptor.digest, (fetches.get(descriptor.digest) ?? 0) + 1);
      const found = layers.find((l) => l.descriptor.digest === descriptor.digest);
      if (found === undefined) throw new Error('no such blob');
      // Several chunks, as a network would give them.
      const chunks = [];
      for (let at = 0; at < found.bytes.length; at += 16 * KIB) chunks.push(found.bytes.subarray(at, at + 16 * KIB));
      return Readable.from(chunks);
    },
  };
}

async function spooledBytes(dir: string): Promise<number> {
  let total = 0;
  // A spool deleted between the listing and its stat counts nothing.
  for (const name of await readdir(dir))
    total += await stat(join(dir, name)).then(
      (s) => s.size,
      () => 0,
    );
  return total;
}

describe('layer store under a temp budget', () => {
  let work: string;
  before(async () => {
    work = await mkdtemp(join(tmpdir(), 'oci-flatten-store-'));
  });
  after(() => rm(work, { recursive: true, force: true }));

  it('spools newest first while layers fit, streams the rest, deletes read spools for the next, and counts re-fetches', async () => {
    const dir = await mkdtemp(join(work, 'budget-'));
    // Base first, as a manifest lists them; 300 KiB of budget holds two 128 KiB layers.
    const layers = [layer(128 * KIB), layer(128 * KIB), layer(128 * KIB), layer(512 * KIB)];
    const [base, middle, upper, newest] = layers as [(typeof layers)[0], (typeof layers)[0], (typeof layers)[0], (typeof layers)[0]];
    const source = memorySource(layers);
    const budget = createTempBudget(300 * KIB);
    const store = createLayerStore(
      source,
      layers.map((l) => l.descriptor),
      { directory: dir, concurrency: 2, budget },
    );
    // The newest layer is larger than the whole budget: never spooled. The next two fit.
    await new Promise((resolve) => setTimeout(resolve, 50));
    assert.deepEqual((await readdir(dir)).length, 2, 'the two next layers are spooled ahead');
    assert.equal(source.fetches.get(base.descriptor.digest), undefined, 'the base waits for room');

    // The merge's reads, newest first; each one's bytes are the blob's.
    for (const l of [newest, upper, middle, base]) {
      assert.ok((await buffer(store.open(l.descriptor))).equals(l.bytes));
      assert.ok((await spooledBytes(dir)) <= budget.limit);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    assert.equal(budget.refetches, 0, 'first reads are not re-fetches');
    assert.deepEqual(
      layers.map((l) => source.fetches.get(l.descriptor.digest)),
      [1, 1, 1, 1],
      'each layer fetched once: the base was spooled once a read spool made room',
    );
    // Second reads: the newest never had a spool, the upper one's was deleted for the base.
    assert.ok((await buffer(store.open(newest.descriptor))).equals(newest.bytes));
    assert.ok((await buffer(store.open(upper.descriptor))).equals(upper.bytes));
    assert.ok((await buffer(store.open(base.descriptor))).equals(base.bytes));
    assert.equal(budget.refetches, 2, 'the newest and the upper layer fetched again; the base read from its spool');
    assert.ok(budget.peak <= budget.limit, `peak ${budget.peak}`);
    await store.settled();
    await store.close();
    assert.deepEqual(await readdir(dir), [], 'closed: every spool removed');
    assert.equal(budget.onDisk, 0);
  });

  it('unlimited: every layer spooled at once and read from its spool as often as asked', async () => {
    const dir = await mkdtemp(join(work, 'unlimited-'));
    const layers = [layer(64 * KIB), layer(700 * KIB)];
    const source = memorySource(layers);
    const budget = createTempBudget(Number.POSITIVE_INFINITY);
    const store = createLayerStore(
      source,
      layers.map((l) => l.descriptor),
      { directory: dir, concurrency: 4, budget },
    );
    for (const l of [...layers, ...layers].reverse()) assert.ok((await buffer(store.open(l.descriptor))).equals(l.bytes));
    await store.settled();
    assert.equal(budget.refetches, 0);
    assert.deepEqual([...source.fetches.values()], [1, 1]);
    assert.equal(budget.peak, 764 * KIB);
  });

  it('a layer whose stream no read finished is fetched once more before the store is settled: every digest is checked', async () => {
    const dir = await mkdtemp(join(work, 'settle-'));
    const only = layer(256 * KIB);
    const source = memorySource([only]);
    const budget = createTempBudget(0);
    const store = createLayerStore(source, [only.descriptor], { directory: dir, concurrency: 1, budget });
    const stream = store.open(only.descriptor);
    await new Promise<void>((resolve) => stream.once('readable', resolve));
    stream.destroy();
    await store.settled();
    assert.equal(source.fetches.get(only.descriptor.digest), 2);
    assert.equal(budget.refetches, 1);
    assert.equal(budget.peak, 0, 'a budget of 0 spools nothing');
  });
});
