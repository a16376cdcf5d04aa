import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { randomBytes } from 'node:crypto';
import { FlattenError } from '../../../src/errors.ts';
import { flatten } from '../../../src/flatten.ts';
import { pushFixture, tarOf } from '../../helpers/fixture-image.ts';
import { unpackRegistryImage } from '../../helpers/independent-unpack.ts';
import { startRegistry, type RegistryServer } from '../../helpers/registry-server.ts';
import { assertTreesEqual } from '../../helpers/tree-compare.ts';

let registry: RegistryServer;
let source: string;
before(async () => {
  registry = await startRegistry();
  // Incompressible content, so the merged layer spans several 1 MiB chunks.
  const big = randomBytes(3 * 1024 * 1024).toString('base64');
  const layers = [
    await tarOf([
      { path: 'data', type: 'dir' },
      { path: 'data/blob', content: big },
    ]),
    await tarOf([{ path: 'data/small', content: 'x' }]),
  ];
  source = (await pushFixture({ layers }, registry.host, 'up/src', '1')).reference;
});
after(() => registry?.stop());

it('--upload HOST=chunked:1 pushes the merged layer in 1 MiB PATCH chunks, and the result is exact', async () => {
  const log: string[] = [];
  await flatten({
    source,
    target: `${registry.host}/up/dst:1`,
    transport: { hosts: { [registry.host]: { upload: { strategy: 'chunked', chunkSize: 1024 * 1024 } } }, onLog: (line) => log.push(line) },
  });
  const patches = log.filter((line) => line.startsWith('PATCH '));
  assert.ok(patches.length >= 3, `expected several PATCH chunks, saw:\n${log.join('\n')}`);
  assertTreesEqual(await unpackRegistryImage(source), await unpackRegistryImage(`${registry.host}/up/dst:1`), 'chunked upload');
});

it('--platform on a single image: its own platform passes, another is a usage error naming both', async () => {
  // pushFixture's default config is linux/amd64.
  const ok = await flatten({ source, target: `${registry.host}/up/platform:1`, platforms: ['linux/amd64'] });
  assert.match(ok.reference, /@sha256:/);
  await assert.rejects(
    flatten({ source, target: `${registry.host}/up/platform:2`, platforms: ['linux/arm64'] }),
    (e: unknown) => e instanceof FlattenError && e.kind === 'usage' && /is a single linux\/amd64 image, not linux\/arm64/.test(e.message),
  );
});
