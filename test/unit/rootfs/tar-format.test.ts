/** The tar reader and writer: broken input, huge sizes, readability by GNU tar. */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, it } from 'node:test';
import { FlattenError } from '../../../src/errors.ts';
import { createTarReader } from '../../../src/rootfs/tar-reader.ts';
import { encodeHeader } from '../../../src/rootfs/tar-writer.ts';
import { buildTarSync, encodeMember } from '../../helpers/tar-builder.ts';
import { runMerge } from './merge-run.ts';

const isContentError =
  (pattern: RegExp) =>
  (error: unknown): boolean => {
    assert.ok(error instanceof FlattenError);
    assert.equal(error.kind, 'content');
    assert.match(error.message, pattern);
    return true;
  };

describe('hostile or broken tar input is a content error naming the layer and where it broke', () => {
  it('a truncated tar (input ends inside a file body)', async () => {
    const tar = buildTarSync([{ type: 'file', path: 'big', content: 'x'.repeat(5000) }], { end: false }).subarray(0, 2048);
    await assert.rejects(runMerge([[{ type: 'raw', bytes: tar }]]), isContentError(/sha256:layer0: truncated tar.*"big"/));
  });
  it('a bad header checksum', async () => {
    const tar = buildTarSync([
      { type: 'file', path: 'ok' },
      { type: 'file', path: 'bad' },
    ]);
    tar[512 + 1] = 0x41; // corrupt the second header's name
    await assert.rejects(runMerge([[{ type: 'raw', bytes: tar }]]), isContentError(/sha256:layer0: bad tar header checksum.*after "ok"/));
  });
  it('an unsupported member type (GNU sparse)', async () => {
    const [header] = encodeMember({ name: 'sparse', typeflag: 'S', mode: 0o644, uid: 0, gid: 0, mtime: 0, body: Buffer.alloc(0) });
    await assert.rejects(
      runMerge([[{ type: 'raw', bytes: header as Buffer }]]),
      isContentError(
        /^layer sha256:layer0: "sparse": unsupported tar entry type 'S' \(old GNU sparse file\), which containerd refuses too$/,
      ),
    );
  });
  it('a malformed PAX record', async () => {
    const tar = buildTarSync([{ type: 'file', path: 'x', pax: { comment: 'ok' } }]);
    tar.write('99', 512, 'latin1'); // record length now points past the PAX body
    await assert.rejects(runMerge([[{ type: 'raw', bytes: tar }]]), isContentError(/bad tar header checksum|malformed PAX record/));
  });
});

describe('sizes of 8 GiB and more are written as PAX size records', () => {
  it('round-trips a 9 GiB size through the writer and the reader, and GNU tar lists it', async () => {
    const size = 9 * 1024 ** 3 + 7;
    const header = encodeHeader({
      path: 'huge',
      kind: 'file',
      linkname: '',
      mode: 0o644,
      uid: 0,
      gid: 0,
      uname: '',
      gname: '',
      mtime: 0,
      size,
      devmajor: 0,
      devminor: 0,
      pax: undefined,
    });
    const reader = createTarReader(Readable.from([header]), 'sha256:huge');
    const parsed = await reader.next();
    assert.equal(parsed?.size, size);
    const dir = await mkdtemp(join(tmpdir(), 'tar-huge-'));
    try {
      await writeFile(join(dir, 'h.tar'), header);
      // GNU tar reports the truncation but lists the member with its full size first.
      let listing = '';
      try {
        listing = execFileSync('tar', ['-tvf', join(dir, 'h.tar')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
      } catch (error) {
        listing = String((error as { stdout?: string }).stdout ?? '');
      }
      assert.match(listing, new RegExp(`\\b${size}\\b.*huge`));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('the merged layer is a standard tar that GNU tar extracts', () => {
  it('extracts long names, modes, symlinks, hard links and xattrs with GNU tar', async () => {
    const long = `d/${'n'.repeat(120)}/${'m'.repeat(150)}/f`;
    const { out } = await runMerge([
      [
        { type: 'file', path: 't', content: 'data', mode: 0o750 },
        { type: 'file', path: long, content: 'long' },
      ],
      [
        { type: 'hardlink', path: 'l', target: 't' },
        { type: 'symlink', path: 's', target: '/usr/lib64' },
        { type: 'file', path: 'x', content: 'x', xattrs: { 'user.test': 'v' } },
      ],
    ]);
    const dir = await mkdtemp(join(tmpdir(), 'tar-gnu-'));
    try {
      await writeFile(join(dir, 'out.tar'), out);
      execFileSync('mkdir', [join(dir, 'root')]);
      execFileSync('tar', ['--xattrs', '--xattrs-include=*', '-xf', join(dir, 'out.tar'), '-C', join(dir, 'root')], { stdio: 'ignore' });
      assert.equal(await readFile(join(dir, 'root', long), 'utf8'), 'long');
      const target = await stat(join(dir, 'root', 't'));
      const link = await stat(join(dir, 'root', 'l'));
      assert.equal(link.ino, target.ino);
      assert.equal(target.mode & 0o7777, 0o750);
      const listing = execFileSync('tar', ['-tvf', join(dir, 'out.tar')], { encoding: 'utf8' });
      assert.match(listing, /s -> \/usr\/lib64/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
