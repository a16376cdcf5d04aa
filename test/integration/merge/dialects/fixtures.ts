import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { encodeMember } from '../../../helpers/tar-builder.ts';

/**
 * The layers of the tar-dialect tests: written by GNU tar, busybox, bsdtar and Python's tarfile
 * (make-tars.sh, make-tars.py), plus cuts of a GNU tar at every place an input can end, and a few
 * hand-made members no tool writes on request. Generated into `dir`, which the caller removes.
 */
const here = dirname(fileURLToPath(import.meta.url));
const exec = promisify(execFile);

export async function makeDialectTars(dir: string): Promise<Map<string, Buffer>> {
  await exec('bash', [join(here, 'make-tars.sh'), dir]);
  await exec('python3', [join(here, 'make-tars.py'), dir]);
  const tars = new Map<string, Buffer>();
  for (const name of (await readdir(dir)).filter((n) => n.endsWith('.tar')).sort()) {
    tars.set(name.slice(0, -'.tar'.length), await readFile(join(dir, name)));
  }
  // one.tar: a 512-byte header, 3 bytes of data, 509 of padding, then the end blocks.
  const one = tars.get('one') as Buffer;
  tars.delete('one');
  const zero = Buffer.alloc(512);
  tars.set('cut-after-data', one.subarray(0, 515));
  tars.set('cut-inside-padding', one.subarray(0, 700));
  tars.set('cut-after-padding', one.subarray(0, 1024));
  tars.set('cut-after-one-zero-block', one.subarray(0, 1536));
  tars.set('cut-inside-zero-block', one.subarray(0, 1300));
  tars.set('cut-inside-data', one.subarray(0, 514));
  tars.set('cut-inside-header', one.subarray(0, 300));
  tars.set('zero-then-header', Buffer.concat([one.subarray(0, 1024), zero, one.subarray(0, 1024)]));
  tars.set('garbage-after-end', Buffer.concat([one.subarray(0, 2048), Buffer.from('anything after the end blocks')]));
  // A PAX header and its data, then the end of input: Go ignores the dangling header.
  const pax = tars.get('python-pax-binary') as Buffer;
  tars.set('cut-after-pax-header', pax.subarray(0, 1024 + 1024));
  const member = (typeflag: string, name: string, body = Buffer.alloc(0)): Buffer[] =>
    encodeMember({ name, typeflag, mode: 0o755, uid: 0, gid: 0, mtime: 1_700_000_000, body });
  tars.set('regular-nul-type-dir', Buffer.concat([...member('\0', 'olddir/'), ...member('\0', 'olddir/file', Buffer.from('x')), zero, zero]));
  tars.set('contiguous-type-7', Buffer.concat([...member('0', 'ok', Buffer.from('ok')), ...member('7', 'contiguous', Buffer.from('c')), zero, zero]));
  tars.set('unknown-type-Z', Buffer.concat([...member('Z', 'odd', Buffer.from('z')), zero, zero]));
  tars.set('volume-label-V', Buffer.concat([...member('V', 'label'), ...member('0', 'after', Buffer.from('a')), zero, zero]));
  return tars;
}

/** Build test/go/tarlist (Go's archive/tar as containerd uses it) into `dir`; returns the binary. */
export async function buildTarList(dir: string): Promise<string> {
  const binary = join(dir, 'tarlist');
  await exec('go', ['build', '-o', binary, 'main.go'], { cwd: join(here, '..', '..', '..', 'go', 'tarlist'), env: { ...process.env, GO111MODULE: 'off' } });
  return binary;
}
