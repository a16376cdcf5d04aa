import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runCli, runCliOk } from '../../helpers/cli.ts';
import { buildImageLayout, pushFixture, standardIndexFixture, type FixtureLayout } from '../../helpers/fixture-image.ts';
import { startRegistry, type RegistryServer } from '../../helpers/registry-server.ts';
import { buildTarSync } from '../../helpers/tar-builder.ts';

/**
 * `flatten diff A B` through the CLI: a source and its flattening hold the same filesystem (exit
 * 0); a wrong flattening, made by hand as a naive flattener would write it, shows each of its
 * faults (exit 1).
 */

const CAPABILITY = new Uint8Array([1, 0, 0, 2, 0x20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);

/** A merged-/usr base (bin -> usr/bin) with a capability xattr and a hard-link pair. */
const BASE_LAYER = buildTarSync([
  { type: 'dir', path: 'usr' },
  { type: 'dir', path: 'usr/bin' },
  { type: 'symlink', path: 'bin', target: 'usr/bin' },
  { type: 'file', path: 'usr/bin/sh', content: 'shell', mode: 0o755 },
  { type: 'file', path: 'usr/bin/ping', content: 'ping', mode: 0o755, xattrs: { 'security.capability': CAPABILITY } },
  { type: 'file', path: 'usr/bin/gzip', content: 'gzip', mode: 0o755 },
  { type: 'hardlink', path: 'usr/bin/gunzip', target: 'usr/bin/gzip', mode: 0o755 },
  { type: 'dir', path: 'etc' },
  { type: 'file', path: 'etc/conf', content: 'v1', mode: 0o644 },
]);

/** The base and a layer that adds app by the name `bin/app` (through the symlink), as merged-/usr images do. */
const SOURCE_LAYERS = [
  BASE_LAYER,
  buildTarSync([
    { type: 'file', path: 'bin/app', content: 'the app', mode: 0o755 },
    { type: 'dir', path: 'etc' },
    { type: 'file', path: 'etc/conf', content: 'v2', mode: 0o600 },
  ]),
];

/** The same image with app added by its real name, usr/bin/app. */
const PLAIN_LAYERS = [
  BASE_LAYER,
  buildTarSync([
    { type: 'dir', path: 'usr' },
    { type: 'dir', path: 'usr/bin' },
    { type: 'file', path: 'usr/bin/app', content: 'the app', mode: 0o755 },
    { type: 'dir', path: 'etc' },
    { type: 'file', path: 'etc/conf', content: 'v2', mode: 0o600 },
  ]),
];

/**
 * What a naive flattener writes: every path once, named as the layers named it, in an order that
 * puts bin/app before the symlink bin (so extraction replaces the directory bin, and app with it);
 * and, to show each kind of difference, etc/conf with the wrong mode, ping without its xattr, and
 * gzip/gunzip as two separate files.
 */
const NAIVE_LAYER = buildTarSync([
  { type: 'dir', path: 'usr' },
  { type: 'dir', path: 'usr/bin' },
  { type: 'file', path: 'bin/app', content: 'the app', mode: 0o755 },
  { type: 'symlink', path: 'bin', target: 'usr/bin' },
  { type: 'file', path: 'usr/bin/sh', content: 'shell', mode: 0o755 },
  { type: 'file', path: 'usr/bin/ping', content: 'ping', mode: 0o755 },
  { type: 'file', path: 'usr/bin/gzip', content: 'gzip', mode: 0o755 },
  { type: 'file', path: 'usr/bin/gunzip', content: 'gzip', mode: 0o755 },
  { type: 'dir', path: 'etc' },
  { type: 'file', path: 'etc/conf', content: 'v2', mode: 0o644 },
]);

describe('flatten diff: final filesystems compared entry by entry', () => {
  let registry: RegistryServer;
  let work: string;
  let source: FixtureLayout;
  let plain: FixtureLayout;
  let naive: FixtureLayout;
  let multi: FixtureLayout;
  let standard: FixtureLayout;
  let sourceRef: string;
  let plainRef: string;
  let naiveRef: string;

  before(async () => {
    registry = await startRegistry();
    work = await mkdtemp(join(tmpdir(), 'oci-flatten-diff-'));
    source = await buildImageLayout({ layers: SOURCE_LAYERS }, 'src');
    plain = await buildImageLayout({ layers: PLAIN_LAYERS }, 'plain');
    naive = await buildImageLayout({ layers: [NAIVE_LAYER] }, 'naive');
    multi = await buildImageLayout(
      {
        images: [
          { layers: PLAIN_LAYERS, platform: { os: 'linux', architecture: 'amd64' } },
          {
            layers: [...PLAIN_LAYERS, buildTarSync([{ type: 'file', path: 'arch', content: 'arm64' }])],
            platform: { os: 'linux', architecture: 'arm64', variant: 'v8' },
          },
        ],
      },
      'multi',
    );
    standard = await buildImageLayout(await standardIndexFixture(), 'std');
    sourceRef = (await pushFixture(source, registry.host, 'diff/app', 'src')).reference;
    plainRef = (await pushFixture(plain, registry.host, 'diff/app', 'plain')).reference;
    naiveRef = (await pushFixture(naive, registry.host, 'diff/app', 'naive')).reference;
  });
  after(async () => {
    await registry?.stop();
    await Promise.all([source?.cleanup(), plain?.cleanup(), naive?.cleanup(), multi?.cleanup(), standard?.cleanup()]);
    if (work !== undefined) await rm(work, { recursive: true, force: true });
  });

  it('a source and our flattening, on a registry: no differences, exit 0', async () => {
    const flat = `${registry.host}/diff/app:flat`;
    await runCliOk([plainRef, '--to', flat, '-q']);
    const result = await runCli(['diff', plainRef, flat]);
    assert.equal(result.code, 0, result.stdout + result.stderr);
    // usr, usr/bin, bin, sh, ping, gzip, gunzip, app, etc, etc/conf
    assert.equal(result.stdout, `no differences: ${plainRef} and ${flat} hold the same 10 entries\n`);

    const json = JSON.parse((await runCliOk(['diff', plainRef, flat, '--json'])).stdout) as {
      identical: boolean;
      differences: unknown[];
      a: { entries: number };
    };
    assert.equal(json.identical, true);
    assert.deepEqual(json.differences, []);
    assert.equal(json.a.entries, 10);
  });

  it('across transports: the OCI layout source against a docker-archive flattening', async () => {
    const archive = join(work, 'flat.tar');
    await runCliOk([`oci:${plain.dir}:plain`, '--to', `docker-archive:${archive}:app:flat`, '-q']);
    const result = await runCli(['diff', `oci:${plain.dir}:plain`, `docker-archive:${archive}`, '--times']);
    assert.equal(result.code, 0, result.stdout + result.stderr);
    assert.match(result.stdout, /^no differences: .* hold the same 10 entries\n$/);
  });

  it('a naive flattening: each difference on its own line, a summary, exit 1', async () => {
    const result = await runCli(['diff', sourceRef, naiveRef]);
    assert.equal(result.code, 1, result.stderr);
    const capability = Buffer.from(CAPABILITY).toString('base64');
    assert.deepEqual(result.stdout.trimEnd().split('\n'), [
      '~ "etc/conf": mode 0600 -> 0644',
      '- "usr/bin/app"',
      '~ "usr/bin/gunzip": hard links {"usr/bin/gunzip", "usr/bin/gzip"} -> (none)',
      '~ "usr/bin/gzip": hard links {"usr/bin/gunzip", "usr/bin/gzip"} -> (none)',
      `~ "usr/bin/ping": xattr "security.capability" ${capability} -> (none)`,
      `5 differences between ${sourceRef} and ${naiveRef}: 1 only in A, 0 only in B, 4 changed (A has 10 entries, B 9)`,
    ]);
    assert.equal(result.stderr, '');

    const reversed = await runCli(['diff', naiveRef, sourceRef, '--json']);
    assert.equal(reversed.code, 1, reversed.stderr);
    const json = JSON.parse(reversed.stdout) as { identical: boolean; differences: { path: string; kind: string; changes?: unknown[] }[] };
    assert.equal(json.identical, false);
    assert.deepEqual(
      json.differences.find((d) => d.path === 'usr/bin/app'),
      { path: 'usr/bin/app', kind: 'added' },
    );
    assert.deepEqual(
      json.differences.find((d) => d.path === 'etc/conf'),
      { path: 'etc/conf', kind: 'changed', changes: [{ field: 'mode', a: '0644', b: '0600' }] },
    );
    assert.deepEqual(json.differences.find((d) => d.path === 'usr/bin/gzip')?.changes, [
      { field: 'hard links', a: [], b: ['usr/bin/gunzip', 'usr/bin/gzip'] },
    ]);
  });

  it('an index needs --platform when it holds several images; with it, a platform of our flattened index has no differences', async () => {
    const refused = await runCli(['diff', `oci:${multi.dir}:multi`, `oci:${multi.dir}:multi`]);
    assert.equal(refused.code, 2, refused.stderr);
    assert.match(
      refused.stderr,
      /^flatten: oci:.* is an index of 2 images \(linux\/amd64, linux\/arm64\/v8\); choose one with --platform\n$/,
    );

    const flat = join(work, 'multi-flat');
    await runCliOk([`oci:${multi.dir}:multi`, '--to', `oci:${flat}:flat`, '-q']);
    const result = await runCli(['diff', `oci:${multi.dir}:multi`, `oci:${flat}:flat`, '--platform', 'linux/arm64']);
    assert.equal(result.code, 0, result.stdout + result.stderr);
    assert.match(
      result.stdout,
      /^no differences: oci:.* \(linux\/arm64\/v8\) and oci:.* \(linux\/arm64\/v8\) hold the same \d+ entries\n$/,
    );
  });

  it('a merged-/usr source (a layer names bin/app through bin -> usr/bin) and our flattening: no differences', async () => {
    const flat = `${registry.host}/diff/app:flat-usr`;
    await runCliOk([sourceRef, '--to', flat, '-q']);
    const result = await runCli(['diff', sourceRef, flat]);
    assert.equal(result.code, 0, result.stdout + result.stderr);
  });

  it('the standard index fixture (hard-link headers with mode 0644 to 0755 files) and our flattening', {
    todo: "containerd applies a hard link header's mode to the shared inode; the merge keeps the target's",
  }, async () => {
    const flat = join(work, 'std-flat');
    await runCliOk([`oci:${standard.dir}:std`, '--to', `oci:${flat}:flat`, '-q']);
    const result = await runCli(['diff', `oci:${standard.dir}:std`, `oci:${flat}:flat`, '--platform', 'linux/amd64']);
    assert.equal(result.code, 0, result.stdout + result.stderr);
  });

  it('an image that cannot be read is an error with its own exit code, not a difference', async () => {
    const result = await runCli(['diff', sourceRef, `${registry.host}/diff/app:missing`]);
    assert.equal(result.code, 3, result.stderr);
    assert.match(result.stderr, /^flatten: .*diff\/app:missing/);
    assert.equal(result.stdout, '');
  });
});
