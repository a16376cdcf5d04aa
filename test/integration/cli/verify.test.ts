import assert from 'node:assert/strict';
import { cp, mkdtemp, open, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runCli, runCliOk } from '../../helpers/cli.ts';
import { buildImageLayout, pushFixture, type FixtureLayout } from '../../helpers/fixture-image.ts';
import { startRegistry, type RegistryServer } from '../../helpers/registry-server.ts';
import { buildTarSync } from '../../helpers/tar-builder.ts';
import type { FlattenJson } from './expected.ts';
import { tagsOf } from './registry-state.ts';

/**
 * `flatten SRC --to DST --verify` through the CLI: the result is read back from the target and its
 * filesystem compared with the source's before the tag is written.
 */

const BASE = buildTarSync([
  { type: 'dir', path: 'usr' },
  { type: 'dir', path: 'usr/bin' },
  { type: 'symlink', path: 'bin', target: 'usr/bin' },
  { type: 'file', path: 'usr/bin/sh', content: 'shell '.repeat(4000), mode: 0o755 },
  { type: 'file', path: 'usr/bin/ping', content: 'ping', mode: 0o4755, xattrs: { 'security.capability': new Uint8Array([1, 0, 0, 2]) } },
  { type: 'dir', path: 'etc' },
  { type: 'file', path: 'etc/old', content: 'deleted later' },
]);
const TOP = buildTarSync([
  { type: 'dir', path: 'etc' },
  { type: 'whiteout', path: 'etc/old' },
  { type: 'file', path: 'etc/new', content: 'added' },
]);
/** A layer naming a file through the symlink bin -> usr/bin (merged /usr). */
const THROUGH_SYMLINK = buildTarSync([{ type: 'file', path: 'bin/app', content: 'app', mode: 0o755 }]);

interface LayoutIndex {
  manifests: { digest: string; annotations?: Record<string, string> }[];
}
/** The layout's tags; none when the layout is not there (a failed run removes a layout it created). */
const layoutTags = async (dir: string): Promise<string[]> => {
  const text = await readFile(join(dir, 'index.json'), 'utf8').catch(() => '{"manifests":[]}');
  return (JSON.parse(text) as LayoutIndex).manifests.map((m) => m.annotations?.['org.opencontainers.image.ref.name'] ?? '');
};
const errorLine = (stderr: string): string => stderr.split('\n').find((line) => line.startsWith('flatten: ')) ?? '';

describe('flatten --verify', () => {
  let registry: RegistryServer;
  let work: string;
  let plain: FixtureLayout;
  let usr: FixtureLayout;
  let multi: FixtureLayout;

  before(async () => {
    registry = await startRegistry();
    work = await mkdtemp(join(tmpdir(), 'oci-flatten-verify-'));
    plain = await buildImageLayout({ layers: [BASE, TOP] }, 'plain');
    usr = await buildImageLayout({ layers: [BASE, TOP, THROUGH_SYMLINK] }, 'usr');
    multi = await buildImageLayout(
      {
        images: [
          { layers: [BASE, TOP], platform: { os: 'linux', architecture: 'amd64' } },
          {
            layers: [BASE, TOP, buildTarSync([{ type: 'file', path: 'arch', content: 'arm64' }])],
            platform: { os: 'linux', architecture: 'arm64' },
          },
        ],
      },
      'multi',
    );
  });
  after(async () => {
    await registry?.stop();
    await Promise.all([plain?.cleanup(), usr?.cleanup(), multi?.cleanup()]);
    if (work !== undefined) await rm(work, { recursive: true, force: true });
  });

  it('registry to registry: a good flatten passes, says so, and is tagged', async () => {
    const source = (await pushFixture(plain, registry.host, 'verify/app', 'v1')).reference;
    const result = await runCliOk([source, '--to', `${registry.host}/verify/app:flat`, '--verify']);
    assert.match(result.stdout, /^127\.0\.0\.1:\d+\/verify\/app:flat@sha256:[0-9a-f]{64}\n$/);
    // usr, usr/bin, bin, sh, ping, etc, etc/new
    assert.match(result.stderr, /verified: read back from 127\.0\.0\.1:\d+\/verify\/app:flat, its 7 entries equal the source's/);
    assert.deepEqual((await tagsOf(registry.host, 'verify/app'))?.sort(), ['flat', 'v1']);
  });

  it('an index: every platform is verified before the index is tagged', async () => {
    const target = join(work, 'multi-out');
    const result = await runCliOk([`oci:${multi.dir}:multi`, '--to', `oci:${target}:flat`, '--verify']);
    const verified = result.stderr.split('\n').filter((line) => line.includes('verified: read back'));
    assert.equal(verified.length, 2, result.stderr);
    assert.match(verified[0] ?? '', /linux\/amd64: verified: .* its 7 entries/);
    assert.match(verified[1] ?? '', /linux\/arm64: verified: .* its 8 entries/);
    assert.deepEqual(await layoutTags(target), ['flat']);
  });

  it('a target that already holds a corrupt blob under the merged layer digest: without --verify it is tagged, with it exit 5 and no tag', async () => {
    // Learn the merged layer's digest (the output is deterministic), then doctor a copy of that
    // layout: same size, one byte changed, and no tags. A target checks blobs by name and size
    // only, so the run reuses the corrupt blob.
    const scratch = join(work, 'scratch');
    const json = JSON.parse((await runCliOk([`oci:${plain.dir}:plain`, '--to', `oci:${scratch}:flat`, '--json'])).stdout) as FlattenJson;
    const merged = json.platforms[0]?.mergedLayer?.digest as string;
    const doctored = join(work, 'doctored');
    await cp(scratch, doctored, { recursive: true });
    const blob = join(doctored, 'blobs', 'sha256', merged.slice('sha256:'.length));
    const file = await open(blob, 'r+');
    try {
      const { size } = await file.stat();
      const byte = Buffer.alloc(1);
      await file.read(byte, 0, 1, Math.floor(size / 2));
      byte[0] = (byte[0] as number) ^ 0xff;
      await file.write(byte, 0, 1, Math.floor(size / 2));
    } finally {
      await file.close();
    }
    await writeFile(
      join(doctored, 'index.json'),
      JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.index.v1+json', manifests: [] }),
    );

    const verified = await runCli([`oci:${plain.dir}:plain`, '--to', `oci:${doctored}:checked`, '--verify']);
    assert.equal(verified.code, 5, verified.stderr);
    assert.ok(errorLine(verified.stderr).includes(merged), verified.stderr);
    assert.equal(verified.stdout, '');
    assert.deepEqual(await layoutTags(doctored), [], 'no tag written');

    // The hazard --verify guards against: the same run without it names the corrupt blob.
    await runCliOk([`oci:${plain.dir}:plain`, '--to', `oci:${doctored}:unchecked`]);
    assert.deepEqual(await layoutTags(doctored), ['unchecked']);
  });

  it('--verify and flatten diff agree on a merged-/usr image (a layer names bin/app through bin -> usr/bin): no difference, tag written', async () => {
    const reference = join(work, 'usr-unverified');
    await runCliOk([`oci:${usr.dir}:usr`, '--to', `oci:${reference}:flat`, '-q']);
    const diff = await runCli(['diff', `oci:${usr.dir}:usr`, `oci:${reference}:flat`]);
    assert.equal(diff.code, 0, diff.stdout + diff.stderr);
    const target = join(work, 'usr-verified');
    const verified = await runCli([`oci:${usr.dir}:usr`, '--to', `oci:${target}:flat`, '--verify']);
    assert.equal(verified.code, 0, verified.stderr);
    assert.deepEqual(await layoutTags(target), ['flat']);
  });
});
