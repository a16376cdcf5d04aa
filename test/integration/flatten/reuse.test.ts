import assert from 'node:assert/strict';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { flatten, type FlattenOptions } from '../../../src/flatten.ts';
import type { ProgressEvent } from '../../../src/pipeline/progress.ts';
import { pushFixture, standardFixture } from '../../helpers/fixture-image.ts';
import { startRegistry, type RegistryServer } from '../../helpers/registry-server.ts';

/** A flatten that records what it did: blobs pulled, merges run, HTTP requests. */
async function observed(options: FlattenOptions) {
  const events: ProgressEvent[] = [];
  const http: string[] = [];
  const result = await flatten({ ...options, onProgress: (e) => events.push(e), transport: { onLog: (line) => http.push(line) } });
  return {
    result,
    pulled: events.filter((e) => e.type === 'download' && e.done).length,
    merged: events.filter((e) => e.type === 'merge' && e.done).length,
    // Bytes sent or a blob committed; upload sessions opened are counted apart, as the push
    // check before the first pull (src/pipeline/preflight.ts) opens one and cancels it.
    blobWrites: http.filter((line) => /^(PUT|PATCH) \S+\/blobs\//.test(line)).length,
    sessions: http.filter((line) => /^POST \S+\/blobs\/uploads\//.test(line)).length,
    cancelled: http.filter((line) => /^DELETE \S+\/blobs\/uploads\//.test(line)).length,
    notes: events.flatMap((e) => (e.type === 'note' ? [e.message] : [])),
  };
}

describe('repeated runs do no repeated work (issue 6)', () => {
  let registry: RegistryServer;
  let source: string;
  before(async () => {
    registry = await startRegistry();
    source = (await pushFixture(await standardFixture(), registry.host, 'reuse/src', '1')).reference;
  });
  after(() => registry?.stop());

  it('a second run to the same target downloads, merges and uploads nothing, and writes the same digest', async () => {
    const target = `${registry.host}/reuse/dst:1`;
    const first = await observed({ source, target });
    assert.equal(first.merged, 1);
    assert.ok(first.blobWrites > 0);
    const second = await observed({ source, target });
    assert.equal(second.result.digest, first.result.digest);
    assert.equal(second.pulled, 0, 'no layer downloaded');
    assert.equal(second.merged, 0, 'nothing merged or recompressed');
    assert.equal(second.blobWrites, 0, 'no blob bytes sent, no blob committed');
    assert.deepEqual([second.sessions, second.cancelled], [1, 1], 'one session: the push check, cancelled');
    assert.equal(second.result.platforms[0]?.reused, true);
    assert.ok(second.notes.some((n) => /already holds this flattened image/.test(n)));
  });

  it('different options (another compression level, a label) are not mistaken for the same image', async () => {
    const target = `${registry.host}/reuse/dst:2`;
    await observed({ source, target });
    const otherLevel = await observed({ source, target, level: 1 });
    assert.equal(otherLevel.merged, 1, 'another level merges again');
    assert.equal(otherLevel.result.platforms[0]?.reused, false);
    const labelled = await observed({ source, target, labels: { a: 'b' } });
    assert.equal(labelled.merged, 1, 'another config merges again');
    const again = await observed({ source, target, labels: { a: 'b' } });
    assert.equal(again.merged, 0, 'and the same options again are reused');
  });

  it('a target missing a blob of the image is rebuilt, not trusted', async () => {
    const target = `${registry.host}/reuse/dst:3`;
    const first = await observed({ source, target });
    const layer = first.result.platforms[0]?.mergedLayer?.digest ?? '';
    const hex = layer.slice('sha256:'.length);
    // Delete the repository's link to the merged layer: the registry then answers 404 for it there.
    await rm(join(registry.rootDirectory, 'data/docker/registry/v2/repositories/reuse/dst/_layers/sha256', hex), {
      recursive: true,
      force: true,
    });
    const second = await observed({ source, target });
    assert.equal(second.merged, 1);
    assert.equal(second.result.digest, first.result.digest);
  });

  it('--no-reuse merges again', async () => {
    const target = `${registry.host}/reuse/dst:4`;
    await observed({ source, target });
    const forced = await observed({ source, target, reuse: false });
    assert.equal(forced.merged, 1);
  });
});
