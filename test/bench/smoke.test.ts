import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'node:test';
import { run } from '../helpers/run.ts';

// Benchmarks are not timed tests: this only checks that the harness runs every tool on a tiny
// image and prints its table, so `npm run bench` keeps working.
it('npm run bench --smoke runs oci-flatten, skopeo, buildah and the floor and prints ratios', { timeout: 240_000 }, async () => {
  // The harness keeps its image cache and registries under the temp dir (bench/run.ts): here
  // that is a directory of this test's own, removed after it, not the user's /tmp/oci-flatten-bench.
  const own = await mkdtemp(join(tmpdir(), 'oci-flatten-bench-smoke-'));
  let result: Awaited<ReturnType<typeof run>>;
  try {
    result = await run(process.execPath, ['bench/run.ts', '--smoke'], { check: false, env: { ...process.env, TMPDIR: own } });
  } finally {
    await rm(own, { recursive: true, force: true });
  }
  assert.equal(result.code, 0, `bench smoke failed:\n${result.stdout}\n${result.stderr}`);
  for (const tool of ['oci-flatten', 'skopeo', 'buildah', 'floor']) {
    assert.match(result.stdout, new RegExp(tool), `the table has a row for ${tool}`);
  }
  assert.match(result.stdout, /\d+\.\d+x/, 'ratios to oci-flatten are printed');
});
