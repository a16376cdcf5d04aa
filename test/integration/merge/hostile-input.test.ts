import assert from 'node:assert/strict';
import { mkdir, mkdtemp, open, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { gunzipSync, gzipSync, zstdDecompressSync } from 'node:zlib';
import { sha256Digest } from '../../../src/image/digest.ts';
import { MediaType } from '../../../src/image/media-types.ts';
import { runCli, runCliOk } from '../../helpers/cli.ts';
import { pushFixture } from '../../helpers/fixture-image.ts';
import { unpackRegistryImage } from '../../helpers/independent-unpack.ts';
import { applyLayers, cleanPath, extractTar, parseTar } from '../../helpers/reference-extractor.ts';
import { startRegistry, type RegistryServer } from '../../helpers/registry-server.ts';
import { run } from '../../helpers/run.ts';
import { buildTar, type TarSpecEntry } from '../../helpers/tar-builder.ts';
import { assertTreesEqual } from '../../helpers/tree-compare.ts';
import { listTags, manifestDigest, readLayerTars } from './read-back.ts';

/**
 * Issue 3, hostile input through the CLI against a real registry: every bad layer fails the run
 * with one line naming the layer digest (and the path where there is one), exit code 5 (content),
 * and the target repository keeps exactly the tags it had. A path twice in one layer is not bad
 * input: the later entry wins (design.md rule 7), checked by tree comparison.
 */

const TARGET_REPO = 'hostile/target';
const CONTENT_EXIT = 5;

interface RawLayer {
  blob: Buffer;
  mediaType: string;
}

/**
 * The layer's diff_id: the sha256 of its bytes once decompressed (every layer is checked against
 * it). A blob that does not decompress has none anyone can know: its own digest stands in.
 */
function uncompressedDigest(layer: RawLayer): string {
  try {
    if (layer.mediaType.endsWith('+gzip')) return sha256Digest(gunzipSync(layer.blob));
    if (layer.mediaType.endsWith('+zstd')) return sha256Digest(zstdDecompressSync(layer.blob));
  } catch {
    return sha256Digest(layer.blob);
  }
  return sha256Digest(layer.blob);
}

/**
 * An OCI layout whose layer blobs are given byte for byte (fixture-image.ts compresses valid tars
 * itself), pushed with skopeo keeping every digest.
 */
async function pushRawImage(host: string, repo: string, tag: string, layers: RawLayer[]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'oci-flatten-hostile-'));
  try {
    await mkdir(join(dir, 'blobs', 'sha256'), { recursive: true });
    const put = async (bytes: Buffer): Promise<string> => {
      const digest = sha256Digest(bytes);
      await writeFile(join(dir, 'blobs', 'sha256', digest.slice('sha256:'.length)), bytes);
      return digest;
    };
    const descriptors = await Promise.all(
      layers.map(async (l) => ({ mediaType: l.mediaType, digest: await put(l.blob), size: l.blob.length })),
    );
    const config = Buffer.from(
      JSON.stringify({
        architecture: 'amd64',
        os: 'linux',
        config: {},
        rootfs: { type: 'layers', diff_ids: layers.map(uncompressedDigest) },
        history: descriptors.map((_, i) => ({ created_by: `hostile layer ${i}` })),
      }),
    );
    const manifest = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: MediaType.ociManifest,
        config: { mediaType: MediaType.ociConfig, digest: await put(config), size: config.length },
        layers: descriptors,
      }),
    );
    const manifestDigest = await put(manifest);
    await writeFile(
      join(dir, 'index.json'),
      JSON.stringify({
        schemaVersion: 2,
        manifests: [
          {
            mediaType: MediaType.ociManifest,
            digest: manifestDigest,
            size: manifest.length,
            annotations: { 'org.opencontainers.image.ref.name': tag },
          },
        ],
      }),
    );
    await writeFile(join(dir, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }));
    const reference = `${host}/${repo}:${tag}`;
    await run('skopeo', ['copy', '--quiet', '--dest-tls-verify=false', '--preserve-digests', `oci:${dir}:${tag}`, `docker://${reference}`]);
    return reference;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const gzipLayer = (tar: Buffer): RawLayer => ({ blob: gzipSync(tar), mediaType: MediaType.ociLayerGzip });

/** A valid base layer under every hostile one, so the bad layer is not trivially the only one. */
const baseEntries: TarSpecEntry[] = [
  { type: 'dir', path: 'etc' },
  { type: 'file', path: 'etc/passwd', content: 'root:x:0:0::/root:/bin/sh\n' },
  { type: 'dir', path: 'srv' },
];

describe('hostile input through the CLI fails cleanly and leaves the target as it was (issue 3)', () => {
  let registry: RegistryServer;
  let base: RawLayer;
  let existingDigest: string;

  before(async () => {
    registry = await startRegistry();
    base = gzipLayer(await buildTar(baseEntries));
    // The target repository already holds a tag; a failed run must not touch it or add another.
    const seeded = await pushFixture({ layers: [await buildTar(baseEntries)] }, registry.host, TARGET_REPO, 'existing');
    existingDigest = seeded.digest;
  });
  after(async () => {
    await registry?.stop();
  });

  /**
   * Push `layer` on top of the base layer as source `name`, flatten it with the CLI, and check
   * the failure: exit code, one line naming the layer digest and `mentions`, target untouched.
   */
  async function expectRejected(name: string, layer: RawLayer, mentions: RegExp[], options: { corrupt?: boolean } = {}): Promise<string> {
    const source = await pushRawImage(registry.host, 'hostile/src', name, [base, layer]);
    const digest = sha256Digest(layer.blob);
    if (options.corrupt === true) await corruptStoredBlob(digest);
    const result = await runCli([source, '--to', `${registry.host}/${TARGET_REPO}:${name}`, '--quiet']);
    const lines = result.stderr.trim().split('\n');
    assert.equal(result.code, CONTENT_EXIT, `exit code (stderr: ${result.stderr.trim()})`);
    assert.equal(lines.length, 1, `one line of error, got:\n${result.stderr}`);
    const line = lines[0] as string;
    assert.ok(line.includes(digest), `the message names the layer ${digest}: ${line}`);
    for (const pattern of mentions) assert.match(line, pattern);
    assert.equal(result.stdout.trim(), '', 'nothing reported as written');
    assert.deepEqual(await listTags(registry.host, TARGET_REPO), ['existing'], 'no tag added to the target');
    assert.equal(await manifestDigest(registry.host, TARGET_REPO, 'existing'), existingDigest, 'the existing tag unchanged');
    return line;
  }

  /** Flip one byte in the middle of a blob as the registry stores it (same size, wrong digest). */
  async function corruptStoredBlob(digest: string): Promise<void> {
    const hex = digest.slice('sha256:'.length);
    const path = join(registry.rootDirectory, 'data', 'docker', 'registry', 'v2', 'blobs', 'sha256', hex.slice(0, 2), hex, 'data');
    const file = await open(path, 'r+');
    try {
      const { size } = await file.stat();
      const byte = Buffer.alloc(1);
      await file.read(byte, 0, 1, Math.floor(size / 2));
      byte[0] = (byte[0] ?? 0) ^ 0xff;
      await file.write(byte, 0, 1, Math.floor(size / 2));
    } finally {
      await file.close();
    }
  }

  const contentTar = (): Promise<Buffer> =>
    buildTar([
      { type: 'dir', path: 'srv' },
      { type: 'file', path: 'srv/data', content: 'x'.repeat(5000) },
      { type: 'file', path: 'srv/after', content: 'after\n' },
    ]);

  it('a truncated gzip stream', async () => {
    const whole = gzipSync(await contentTar());
    await expectRejected('truncated-gzip', { blob: whole.subarray(0, Math.floor(whole.length / 2)), mediaType: MediaType.ociLayerGzip }, [
      /unexpected end of file|truncated|decompress/i,
    ]);
  });

  it('a truncated tar inside a complete gzip stream', async () => {
    const tar = await contentTar();
    // Cut inside srv/data's body: the header promises 5000 bytes.
    const cut = tar.subarray(0, 512 + 512 + 1024);
    await expectRejected('truncated-tar', gzipLayer(cut), [/truncated tar/, /srv\/data/]);
  });

  it('a tar header with a bad checksum', async () => {
    const tar = await contentTar();
    const bad = Buffer.from(tar);
    // The second header (srv/data) gets a changed name byte; its stored checksum no longer matches.
    bad[512 + 5] = 'X'.charCodeAt(0);
    await expectRejected('bad-checksum', gzipLayer(bad), [/bad tar header checksum/]);
  });

  // A real registry verifies uploads, so the mismatch is made in its storage after the push.
  it('a blob whose bytes do not match its digest (corrupted in the registry storage)', async () => {
    await expectRejected(
      'corrupted-blob',
      gzipLayer(await buildTar([{ type: 'file', path: 'srv/z', content: 'z'.repeat(3000) }])),
      [/digest mismatch/],
      {
        corrupt: true,
      },
    );
  });

  it('an entry name that escapes the root', async () => {
    const tar = await buildTar([{ type: 'file', path: 'srv/../../evil', content: 'x' }]);
    await expectRejected('name-escapes', gzipLayer(tar), [/escapes the root/, /srv\/\.\.\/\.\.\/evil/]);
  });

  it('a hard-link target that escapes the root', async () => {
    const tar = await buildTar([{ type: 'hardlink', path: 'srv/shadow', target: '../etc/shadow' }]);
    await expectRejected('link-escapes', gzipLayer(tar), [/hard link target/, /escapes the root/, /srv\/shadow/]);
  });

  it('a bare .wh. whiteout', async () => {
    // A plain file member named exactly `srv/.wh.` (the builder's whiteout type needs a name to delete).
    const tar = await buildTar([{ type: 'file', path: 'srv/.wh.' }]);
    await expectRejected('bare-whiteout', gzipLayer(tar), [/bare whiteout/, /srv\/\.wh\./]);
  });

  it('a path twice in one layer: the later entry wins, as extraction would make it (rule 7)', async () => {
    // The repeats sit below a newer layer, so the merge has written output before it meets them
    // and must run again over layers it already read from the spool.
    const tars = [
      await buildTar(baseEntries),
      await buildTar([
        { type: 'file', path: 'srv/dup', content: 'first '.repeat(2000) },
        { type: 'hardlink', path: 'srv/first-link', target: 'srv/dup' },
        { type: 'file', path: 'srv/dup', content: 'second\n', mode: 0o600 },
        { type: 'dir', path: 'srv/was-dir' },
        { type: 'file', path: 'srv/was-dir/child', content: 'deleted by the later copy' },
        { type: 'file', path: 'srv/was-dir', content: 'now a file\n' },
        { type: 'dir', path: 'etc', mode: 0o700 },
      ]),
      await buildTar([{ type: 'file', path: 'srv/top', content: 'top\n' }]),
    ];
    const source = await pushRawImage(registry.host, 'hostile/src', 'duplicate', tars.map(gzipLayer));
    const target = `${registry.host}/hostile/rule7:duplicate`;
    const { stderr } = await runCliOk([source, '--to', target]);
    assert.match(stderr, /appear more than once.*the later entries win, merging again/, 'the note says why the merge ran again');

    const expected = await applyLayers(tars);
    assert.equal(expected.get('srv/dup')?.size, 'second\n'.length, 'the reference applies the later copy');
    assert.equal(expected.get('srv/first-link')?.size, 'first '.length * 2000, 'the reference links to the copy present at the time');
    assert.equal(expected.has('srv/was-dir/child'), false);
    const [flattened] = await readLayerTars(target);
    assert.ok(flattened !== undefined);
    const names = parseTar(flattened).map((member) => cleanPath(member.name));
    assert.equal(new Set(names).size, names.length, `each path once: ${names.join(', ')}`);
    assertTreesEqual(
      expected,
      await extractTar(flattened),
      'reference applyLayers of the source vs reference extraction of the flattened layer',
    );
    assertTreesEqual(
      expected,
      await unpackRegistryImage(target),
      'reference applyLayers of the source vs umoci unpack of the flattened image',
    );
  });

  it('a gzip blob whose media type says zstd', async () => {
    const layer = { blob: gzipSync(await contentTar()), mediaType: MediaType.ociLayerZstd };
    await expectRejected('gzip-as-zstd', layer, [/zstd/, /starts with gzip data/]);
  });
});
