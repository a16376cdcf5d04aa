/**
 * Each flatten() owns its temp directory and its cleanup (issue 16): two runs in one process are
 * independent, and one cancelled through its AbortSignal rejects as 'interrupted' with its temp
 * directory already gone, while the other lands its image as a run alone would.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { FlattenError, flatten, inspect } from '../../../src/index.ts';
import { pushFixture, tarOf } from '../../helpers/fixture-image.ts';
import { startRegistry, type RegistryServer } from '../../helpers/registry-server.ts';

/** Incompressible content, so that the merge takes long enough to be stopped part way. */
const noise = (bytes: number): string => randomBytes(bytes / 2).toString('hex');

describe('two flatten() runs in one process, one aborted part way', () => {
  let registry: RegistryServer;
  let source: string;
  let work: string;

  before(async () => {
    registry = await startRegistry();
    work = await mkdtemp(join(tmpdir(), 'oci-flatten-concurrent-'));
    const layers = await Promise.all(
      [0, 1, 2].map((i) =>
        tarOf([
          { path: 'data', type: 'dir' },
          { path: `data/blob-${i}`, content: noise(4 << 20) },
        ]),
      ),
    );
    source = (await pushFixture({ layers }, registry.host, 'team/concurrent', '1')).reference;
  });
  after(async () => {
    await registry?.stop();
    if (work !== undefined) await rm(work, { recursive: true, force: true });
  });

  it('the other run lands the usual digest; the aborted one rejects as interrupted and leaves no temp dir', async () => {
    const tempOf = (name: string): Promise<string> => mkdtemp(join(work, `${name}-`));
    const [soloTemp, keptTemp, abortedTemp] = await Promise.all([tempOf('solo'), tempOf('kept'), tempOf('aborted')]);
    const solo = await flatten({ source, target: `${registry.host}/team/concurrent:solo`, tempDirectory: soloTemp });
    assert.match(solo.digest, /^sha256:[a-f0-9]{64}$/);

    const controller = new AbortController();
    let tempWhileRunning: string[] = [];
    let mergeEventsBeforeAbort = 0;
    const aborted = flatten({
      source,
      target: `${registry.host}/team/concurrent:aborted`,
      tempDirectory: abortedTemp,
      signal: controller.signal,
      onProgress: (event) => {
        if (event.type !== 'merge' || event.done || controller.signal.aborted) return;
        mergeEventsBeforeAbort += 1;
        if (event.bytesIn === 0) return;
        // Part way through the merge: the run's temp dir holds its spooled layers now.
        void readdir(abortedTemp).then((names) => {
          tempWhileRunning = names;
          controller.abort(new Error('the embedding program gave up'));
        });
      },
    });
    const kept = flatten({ source, target: `${registry.host}/team/concurrent:kept`, tempDirectory: keptTemp });
    const [keptOutcome, abortedOutcome] = await Promise.allSettled([kept, aborted]);

    assert.equal(keptOutcome.status, 'fulfilled', `the other run: ${String((keptOutcome as PromiseRejectedResult).reason)}`);
    assert.equal(keptOutcome.value.digest, solo.digest, 'the same digest as the run alone');
    assert.equal(keptOutcome.value.platforms[0]?.layersAfter, 1);

    assert.equal(abortedOutcome.status, 'rejected', 'the aborted run rejects');
    const error = abortedOutcome.reason as unknown;
    assert.ok(error instanceof FlattenError, `a FlattenError, not ${String(error)}`);
    assert.equal(error.kind, 'interrupted');
    assert.match(error.message, /the embedding program gave up/);
    assert.ok(mergeEventsBeforeAbort > 0, 'the abort came while the merge ran');
    assert.equal(tempWhileRunning.filter((name) => name.startsWith('oci-flatten-')).length, 1, 'the run had its temp dir when aborted');
    // Checked as soon as the promise settled: the run removed its own temp dir before rejecting.
    assert.deepEqual(await readdir(abortedTemp), [], 'nothing left of the aborted run');
    assert.deepEqual(await readdir(keptTemp), [], 'nothing left of the finished run');

    const head = (tag: string): Promise<number> =>
      fetch(`http://${registry.host}/v2/team/concurrent/manifests/${tag}`, {
        method: 'HEAD',
        headers: { accept: 'application/vnd.oci.image.manifest.v1+json' },
      }).then((response) => response.status);
    assert.equal(await head('kept'), 200, 'the finished run wrote its tag');
    assert.equal(await head('aborted'), 404, 'the aborted run wrote no tag');
  });

  it('inspect() aborted while it downloads rejects as interrupted with its temp dir already gone', async () => {
    const parent = await mkdtemp(join(work, 'inspect-'));
    const controller = new AbortController();
    // Aborted once the run's temp dir holds a spooled layer: part way, whatever the machine's speed.
    const watch = (async () => {
      for (let i = 0; i < 2000 && !controller.signal.aborted; i++) {
        const dirs = await readdir(parent);
        const files = dirs.length === 0 ? [] : await readdir(join(parent, dirs[0] as string)).catch(() => []);
        if (files.some((name) => name.startsWith('sha256-'))) {
          controller.abort(new Error('stopped by the test'));
          return true;
        }
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
      return false;
    })();
    const outcome = await inspect({ image: source, tempDirectory: parent, signal: controller.signal }).then(
      () => undefined,
      (error: unknown) => error,
    );
    assert.equal(await watch, true, 'the abort came while layers were being spooled');
    assert.ok(outcome instanceof FlattenError && outcome.kind === 'interrupted', `rejects as interrupted, not ${String(outcome)}`);
    assert.deepEqual(await readdir(parent), [], 'nothing left of the aborted inspect');
  });
});
