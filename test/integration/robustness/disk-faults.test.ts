import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { buildImageLayout, tarOf, type FixtureLayout } from '../../helpers/fixture-image.ts';
import { mountTmpfs } from '../../helpers/tmpfs.ts';
import { createOutputLog, flattenCli, freshDir, makeWorkDir, removeDir } from './fixtures.ts';

/**
 * Issue 13 items 1-3 on real file systems: a 5 MiB tmpfs that an 8 MiB layer cannot fit, a
 * read-only one. Every failure is exit 6 and one line (plus a hint) naming the directory, no
 * stack trace, the target as it was, and nothing left in --tmp-dir.
 */

const output = createOutputLog();
const MiB = 1024 * 1024;
/** No line of a stack trace (`    at fn (file:line)`) and no Node error dump reaches the user. */
const assertNoStack = (stderr: string): void => {
  assert.doesNotMatch(stderr, /^\s+at /m, 'no stack trace');
  assert.doesNotMatch(stderr, /unexpected error/, 'not reported as a bug');
};

describe('disk faults: a full, read-only or missing directory ends in exit 6 and one line', () => {
  let work: string;
  let layout: FixtureLayout;
  let home: string;
  const mounts: { unmount(): Promise<void> }[] = [];
  const tmpfs = async (name: string, size: string, readOnly = false): Promise<string> => {
    const mount = await mountTmpfs(join(work, name), { size, readOnly });
    mounts.push(mount);
    return mount.dir;
  };

  before(async () => {
    work = await makeWorkDir('disk-faults');
    home = await freshDir(work, 'home');
    const layer = await tarOf([
      { path: 'd', type: 'dir' },
      { path: 'd/blob', content: randomBytes(8 * MiB).toString('latin1') },
    ]);
    layout = await buildImageLayout({ layers: [layer] }, 'v1');
  });
  after(async () => {
    for (const mount of mounts) await mount.unmount();
    await layout?.cleanup();
    await removeDir(work);
  });

  it('a full --tmp-dir: exit 6, "no space left in DIR (ENOSPC)" with what it had written and what is free, temp removed, target untouched', async () => {
    const small = await tmpfs('small-tmp', '5m');
    const target = join(work, 'out-full-tmp');
    const result = await flattenCli(output, [`oci:${layout.dir}:v1`, '--to', `oci:${target}:flat`, '--tmp-dir', small, '-q'], {
      HOME: home,
    });
    assert.equal(result.code, 6, result.stderr);
    const lines = result.stderr.trimEnd().split('\n');
    assert.equal(lines.length, 2, result.stderr);
    assert.match(
      lines[0]!,
      new RegExp(
        `^flatten: no space left in ${small} \\(ENOSPC\\): writing temp files needed more than the [0-9.]+ (KiB|MiB) it had written; [0-9.]+ (B|KiB|MiB) of 5\\.0 MiB free there$`,
      ),
    );
    assert.match(lines[1]!, /^hint: give --tmp-dir/);
    assertNoStack(result.stderr);
    assert.deepEqual(await readdir(small), [], 'the run removed its temp files');
    assert.equal(result.stdout, '');
  });

  it('a full disk under an oci: target: exit 6 naming the blob directory and the blob size, the layout as it was', async () => {
    const disk = await tmpfs('small-target', '5m');
    const target = join(disk, 'layout');
    // A layout that already holds a small tag: it must survive byte for byte.
    const tiny = await buildImageLayout({ layers: [await tarOf([{ path: 'x', content: 'x' }])] }, 'old');
    const first = await flattenCli(output, [`oci:${tiny.dir}:old`, '--to', `oci:${target}:old`, '-q'], { HOME: home });
    await tiny.cleanup();
    assert.equal(first.code, 0, first.stderr);
    const index = await readFile(join(target, 'index.json'), 'utf8');
    const blobs = (await readdir(join(target, 'blobs', 'sha256'))).sort();
    const result = await flattenCli(
      output,
      [`oci:${layout.dir}:v1`, '--to', `oci:${target}:flat`, '--tmp-dir', await freshDir(work, 'roomy'), '-q'],
      { HOME: home },
    );
    assert.equal(result.code, 6, result.stderr);
    assert.match(
      result.stderr.split('\n')[0]!,
      new RegExp(
        // The merged layer is written into the layout as it is made, before its digest is known.
        `^flatten: no space left in ${target}/blobs/sha256 \\(ENOSPC\\): oci:${target}:flat: writing (blob sha256:[0-9a-f]{64} \\(\\d+ bytes\\)|a blob as it is made \\(\\d+ bytes so far\\)); [0-9.]+ (B|KiB|MiB) of 5\\.0 MiB free there$`,
      ),
    );
    assertNoStack(result.stderr);
    assert.equal(await readFile(join(target, 'index.json'), 'utf8'), index, 'index.json unchanged');
    assert.deepEqual((await readdir(join(target, 'blobs', 'sha256'))).sort(), blobs, 'no blob and no temp file added');
    assert.deepEqual(await readdir(join(work, 'roomy')), []);
  });

  it('a full disk next to an oci-archive: target: exit 6 naming the staging directory, no staging left, no archive', async () => {
    const disk = await tmpfs('small-archive', '5m');
    const result = await flattenCli(
      output,
      [`oci:${layout.dir}:v1`, '--to', `oci-archive:${join(disk, 'out.tar')}:flat`, '--tmp-dir', await freshDir(work, 'roomy2'), '-q'],
      { HOME: home },
    );
    assert.equal(result.code, 6, result.stderr);
    assert.match(
      result.stderr.split('\n')[0]!,
      new RegExp(`^flatten: no space left in ${disk}/\\.out\\.tar\\.staging-\\w+/blobs/sha256 \\(ENOSPC\\): oci-archive:`),
    );
    assertNoStack(result.stderr);
    assert.deepEqual(await readdir(disk), [], 'no archive, no staging directory');
  });

  it('archive sources are unpacked under --tmp-dir: a 1 MiB TMPDIR does not matter, and both stay empty', async () => {
    const roomy = await freshDir(work, 'roomy-archive');
    const archives = await freshDir(work, 'archives');
    for (const transport of ['oci-archive', 'docker-archive']) {
      const made = await flattenCli(
        output,
        [`oci:${layout.dir}:v1`, '--to', `${transport}:${join(archives, `${transport}.tar`)}:src`, '-q'],
        { HOME: home },
      );
      assert.equal(made.code, 0, made.stderr);
    }
    const tinyTmp = await tmpfs('tiny-TMPDIR', '1m');
    for (const transport of ['oci-archive', 'docker-archive']) {
      const target = join(work, `from-${transport}`);
      const result = await flattenCli(
        output,
        [`${transport}:${join(archives, `${transport}.tar`)}:src`, '--to', `oci:${target}:flat`, '--tmp-dir', roomy, '-q'],
        { HOME: home, TMPDIR: tinyTmp },
      );
      assert.equal(result.code, 0, `${transport}: ${result.stderr}`);
      assert.match(result.stdout, new RegExp(`^oci:${target}:flat@sha256:[0-9a-f]{64}\\n$`));
      assert.deepEqual(await readdir(tinyTmp), [], `${transport}: nothing in TMPDIR`);
      assert.deepEqual(await readdir(roomy), [], `${transport}: --tmp-dir emptied`);
    }
  });

  it('a read-only --tmp-dir: exit 6 before anything is pulled, naming --tmp-dir and EROFS, with a hint; nothing written', async () => {
    const readOnly = await tmpfs('read-only', '1m', true);
    const target = join(work, 'out-ro');
    const result = await flattenCli(output, [`oci:${layout.dir}:v1`, '--to', `oci:${target}:flat`, '--tmp-dir', readOnly, '-q'], {
      HOME: home,
    });
    assert.equal(result.code, 6, result.stderr);
    assert.match(
      result.stderr,
      new RegExp(
        `^flatten: --tmp-dir ${readOnly}: cannot create a temp directory there \\(EROFS\\)\\nhint: name a writable directory with --tmp-dir\\n$`,
      ),
    );
    await assert.rejects(readdir(target), { code: 'ENOENT' });
  });
});
