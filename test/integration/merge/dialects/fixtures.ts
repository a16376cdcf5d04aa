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
  tars.set(
    'regular-nul-type-dir',
    Buffer.concat([...member('\0', 'olddir/'), ...member('\0', 'olddir/file', Buffer.from('x')), zero, zero]),
  );
  tars.set(
    'contiguous-type-7',
    Buffer.concat([...member('0', 'ok', Buffer.from('ok')), ...member('7', 'contiguous', Buffer.from('c')), zero, zero]),
  );
  tars.set('unknown-type-Z', Buffer.concat([...member('Z', 'odd', Buffer.from('z')), zero, zero]));
  tars.set('volume-label-V', Buffer.concat([...member('V', 'label'), ...member('0', 'after', Buffer.from('a')), zero, zero]));
  for (const [name, parts] of Object.entries(edgeCases())) tars.set(name, Buffer.concat([...parts, zero, zero]));
  return tars;
}

/** A PAX header ('x' or 'g') holding these records, written by hand (values are raw bytes). */
function paxHeader(typeflag: 'x' | 'g', records: [string, string | Buffer][]): Buffer[] {
  const body = Buffer.concat(
    records.map(([key, value]) => {
      const tail = Buffer.concat([
        Buffer.from(` ${key}=`, 'latin1'),
        typeof value === 'string' ? Buffer.from(value, 'latin1') : value,
        Buffer.from('\n'),
      ]);
      let length = tail.length + 1;
      while (String(length).length + tail.length !== length) length = String(length).length + tail.length;
      return Buffer.concat([Buffer.from(String(length)), tail]);
    }),
  );
  return encodeMember({ name: 'PaxHeader', typeflag, mode: 0o644, uid: 0, gid: 0, mtime: 0, body });
}

/** Set bytes of the header block at `at` and fix its checksum (signed sum when `signed`). */
function patched(member: Buffer[], at: number, bytes: string | number[], signed = false): Buffer[] {
  const out = Buffer.concat(member);
  (typeof bytes === 'string' ? Buffer.from(bytes, 'latin1') : Buffer.from(bytes)).copy(out, at);
  out.fill(0x20, 148, 156);
  let sum = 0;
  for (let i = 0; i < 512; i++) sum += signed && (out[i] as number) > 127 ? (out[i] as number) - 256 : (out[i] as number);
  out.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'latin1');
  return [out];
}

/** Members that test one rule each where Go's reader is particular. */
function edgeCases(): Record<string, Buffer[]> {
  const file = (name: string, content: string, extra: Partial<Parameters<typeof encodeMember>[0]> = {}): Buffer[] =>
    encodeMember({ name, typeflag: '0', mode: 0o644, uid: 1, gid: 2, mtime: 1_700_000_000, body: Buffer.from(content), ...extra });
  const sparseMap = Buffer.alloc(512);
  sparseMap.write('2\n10\n3\n600\n2\n', 'latin1');
  return {
    'pax-empty-values-keep-header': [
      ...paxHeader('x', [
        ['path', ''],
        ['uid', ''],
        ['uname', ''],
      ]),
      ...file('header-name', 'h', { uname: 'hdr' }),
    ],
    'pax-repeated-key-later-wins': [
      ...paxHeader('x', [
        ['path', 'first'],
        ['path', 'second'],
        ['gid', '7'],
        ['gid', '8'],
      ]),
      ...file('x', 'r'),
    ],
    'pax-then-global-drops-it': [
      ...paxHeader('x', [['path', 'lost']]),
      ...paxHeader('g', [
        ['path', 'global'],
        ['uid', '99'],
      ]),
      ...file('kept', 'k'),
    ],
    'gnu-long-name-over-pax-path': [
      ...paxHeader('x', [['path', 'pax-path']]),
      ...encodeMember({ name: '././@LongLink', typeflag: 'L', mode: 0o644, uid: 0, gid: 0, mtime: 0, body: Buffer.from('gnu-long\0') }),
      ...file('short', 's'),
    ],
    'pax-nul-padding': [
      ...patched(paxHeader('x', [['path', 'p']]).slice(0, 1), 124, '00000000020\0'),
      ...paxHeader('x', [['path', 'p']]).slice(1),
      ...file('p', 'p'),
    ],
    'pax-malformed-length': [
      ...patched(paxHeader('x', [['path', 'abc']]).slice(0, 1), 124, '00000000014\0'),
      Buffer.from('9 path=abc\n\0'),
      Buffer.alloc(500),
      ...file('q', 'q'),
    ],
    // Go reads at most 1 MiB of a PAX header (maxSpecialFileSize).
    'pax-header-1MiB': [...paxHeader('x', [['comment', 'c'.repeat(1024 * 1024 - 17)]]), ...file('big-pax', 'b')],
    'pax-header-over-1MiB': [...paxHeader('x', [['comment', 'c'.repeat(1024 * 1024 - 16)]]), ...file('bigger-pax', 'b')],
    'pax-bad-uid': [...paxHeader('x', [['uid', '12x']]), ...file('u', 'u')],
    'pax-negative-size': [...paxHeader('x', [['size', '-1']]), ...file('n', '')],
    'pax-size-on-symlink-ignored': [
      ...paxHeader('x', [['size', '100']]),
      ...encodeMember({ name: 'sym', typeflag: '2', linkname: 'target', mode: 0o777, uid: 0, gid: 0, mtime: 0 }),
      ...file('after', 'a'),
    ],
    'pax-binary-xattr-and-linkpath': [
      ...paxHeader('x', [
        ['SCHILY.xattr.user.\xe9', Buffer.from([0, 0xff])],
        ['linkpath', Buffer.from([0x74, 0xe9])],
        ['uname', Buffer.from([0xe9])],
      ]),
      ...encodeMember({ name: 'l', typeflag: '2', linkname: 'x', mode: 0o777, uid: 0, gid: 0, mtime: 0 }),
    ],
    'star-prefix': patched(file('name', 'star'), 345, 'star-prefix\0'),
    'ustar-prefix-any-version': patched(patched(file('name', 'v'), 345, 'pre\0'), 263, 'xx'),
    // Go's fallback for pre-1.8 Go tars: GNU magic, times that do not parse, an ASCII prefix.
    'gnu-magic-no-prefix': patched(patched(file('name', 'g'), 345, 'not-a-prefix\0'), 257, 'ustar  \0'),
    'gnu-times-are-not-a-prefix': patched(patched(file('name', 't'), 345, '00000000001\0'), 257, 'ustar  \0'),
    'gnu-magic-bad-version-is-v7': patched(patched(file('name', 'v7', { uname: 'ignored' }), 345, 'x\0'), 257, 'ustar \0\0'),
    'signed-checksum': patched(file('sum', 's', { uname: 'x' }), 265, [0xe9, 0xff, 0x80], true),
    'latin1-uname-header': patched(file('owner', 'o'), 265, [0x75, 0xe9, 0]),
    'base256-negative-mtime': patched(file('old', 'o'), 136, [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xfe, 0x00]),
    'base256-big-uid': patched(file('uid', 'u'), 108, [0x80, 0, 0, 0, 0, 0x10, 0, 0]),
    'base256-negative-size': patched(file('size', 'x'), 124, [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]),
    'base256-negative-size-pax-size': [
      ...paxHeader('x', [['size', '1']]),
      ...patched(file('size', 'x'), 124, [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]),
    ],
    'base256-negative-size-symlink': [
      ...patched(
        encodeMember({ name: 'neg-link', typeflag: '2', linkname: 't', mode: 0o777, uid: 0, gid: 0, mtime: 0 }),
        124,
        [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff],
      ),
      ...file('after', 'a'),
    ],
    'octal-with-inner-space': patched(file('mode', 'm'), 100, '0 644\0\0\0'),
    'octal-trailing-garbage-after-nul': patched(file('mode2', 'm'), 100, '644\0xyz\0'),
    'regular-dir-with-size': patched(
      encodeMember({ name: 'd/', typeflag: '\0', mode: 0o755, uid: 0, gid: 0, mtime: 0 }),
      124,
      '00000000005\0',
    ),
    'sparse-0.1-hand-made': [
      ...paxHeader('x', [
        ['GNU.sparse.major', '0'],
        ['GNU.sparse.minor', '1'],
        ['GNU.sparse.name', 'real'],
        ['GNU.sparse.size', '700'],
        ['GNU.sparse.numblocks', '2'],
        ['GNU.sparse.map', '10,3,600,2'],
      ]),
      ...file('GNUSparseFile.1/real', 'abcde'),
    ],
    'sparse-1.0-hand-made': [
      ...paxHeader('x', [
        ['GNU.sparse.major', '1'],
        ['GNU.sparse.minor', '0'],
        ['GNU.sparse.name', 'one'],
        ['GNU.sparse.realsize', '700'],
      ]),
      ...encodeMember({
        name: 'GNUSparseFile.1/one',
        typeflag: '0',
        mode: 0o644,
        uid: 0,
        gid: 0,
        mtime: 0,
        body: Buffer.concat([sparseMap, Buffer.from('abcde')]),
      }),
    ],
    'sparse-overlap': [
      ...paxHeader('x', [
        ['GNU.sparse.size', '700'],
        ['GNU.sparse.numblocks', '2'],
        ['GNU.sparse.map', '10,3,11,2'],
      ]),
      ...file('overlap', 'abcde'),
    ],
    'sparse-more-data-than-map': [
      ...paxHeader('x', [
        ['GNU.sparse.size', '700'],
        ['GNU.sparse.numblocks', '1'],
        ['GNU.sparse.map', '10,3'],
      ]),
      ...file('more', 'abcde'),
    ],
    'sparse-past-end': [
      ...paxHeader('x', [
        ['GNU.sparse.size', '11'],
        ['GNU.sparse.numblocks', '1'],
        ['GNU.sparse.map', '10,3'],
      ]),
      ...file('past', 'abc'),
    ],
    'sparse-unknown-version-is-plain': [
      ...paxHeader('x', [
        ['GNU.sparse.major', '2'],
        ['GNU.sparse.minor', '0'],
        ['GNU.sparse.map', '10,3'],
      ]),
      ...file('plain', 'abc'),
    ],
    'sparse-0.0-bad-order': [
      ...paxHeader('x', [
        ['GNU.sparse.size', '9'],
        ['GNU.sparse.numblocks', '1'],
        ['GNU.sparse.numbytes', '3'],
        ['GNU.sparse.offset', '1'],
      ]),
      ...file('order', 'abc'),
    ],
    'sparse-on-directory': [
      ...paxHeader('x', [
        ['GNU.sparse.major', '0'],
        ['GNU.sparse.minor', '1'],
        ['GNU.sparse.size', '9'],
        ['GNU.sparse.numblocks', '0'],
        ['GNU.sparse.map', ''],
      ]),
      ...encodeMember({ name: 'sd/', typeflag: '5', mode: 0o755, uid: 0, gid: 0, mtime: 0 }),
    ],
  };
}

/** Build test/go/tarlist (Go's archive/tar as containerd uses it) into `dir`; returns the binary. */
export async function buildTarList(dir: string): Promise<string> {
  const binary = join(dir, 'tarlist');
  const env: NodeJS.ProcessEnv = { ...process.env, GO111MODULE: 'off' };
  // Go's build cache lives under $HOME; a CI user without one gets a cache inside `dir`.
  if (env.GOCACHE === undefined && env.XDG_CACHE_HOME === undefined && env.HOME === undefined) env.GOCACHE = join(dir, 'go-cache');
  await exec('go', ['build', '-o', binary, 'main.go'], { cwd: join(here, '..', '..', '..', 'go', 'tarlist'), env });
  return binary;
}
