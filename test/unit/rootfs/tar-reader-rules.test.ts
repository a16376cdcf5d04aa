/**
 * The tar reader's edge rules, each as Go's archive/tar and containerd's applier have it
 * (docs/tar-dialects.md); tar-dialects.test.ts checks the same against Go itself on real layers.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { describe, it } from 'node:test';
import { FlattenError } from '../../../src/errors.ts';
import { createTarReader, type TarHeader } from '../../../src/rootfs/tar-reader.ts';
import { encodeHeader } from '../../../src/rootfs/tar-writer.ts';
import { encodeMember, type RawMember } from '../../helpers/tar-builder.ts';

const ZERO = Buffer.alloc(512);
const member = (fields: Partial<RawMember> & { name: string }): Buffer =>
  Buffer.concat(encodeMember({ typeflag: '0', mode: 0o644, uid: 0, gid: 0, mtime: 1_700_000_000, ...fields }));
const file = (name: string, content: string): Buffer => member({ name, body: Buffer.from(content) });

/** A PAX header member ('x' or 'g') holding these records, written by hand. */
function paxMember(typeflag: 'x' | 'g', records: [string, string | Buffer][]): Buffer {
  const body = Buffer.concat(
    records.map(([key, value]) => {
      const tail = Buffer.concat([Buffer.from(` ${key}=`, 'latin1'), Buffer.from(value), Buffer.from('\n')]);
      let length = tail.length + 1;
      while (String(length).length + tail.length !== length) length = String(length).length + tail.length;
      return Buffer.concat([Buffer.from(String(length)), tail]);
    }),
  );
  return member({ name: 'PaxHeader', typeflag, body });
}

/** Set a header field's bytes and fix the checksum. */
function patch(tar: Buffer, headerAt: number, offset: number, bytes: number[] | string): Buffer {
  const out = Buffer.from(tar);
  const data = typeof bytes === 'string' ? Buffer.from(bytes, 'latin1') : Buffer.from(bytes);
  data.copy(out, headerAt + offset);
  out.fill(0x20, headerAt + 148, headerAt + 156);
  let sum = 0;
  for (let i = 0; i < 512; i++) sum += out[headerAt + i] as number;
  out.write(`${sum.toString(8).padStart(6, '0')}\0 `, headerAt + 148, 'latin1');
  return out;
}

interface Read {
  headers: (TarHeader & { sha256: string; content: Buffer })[];
  bytesRead: number;
}

/** Read every member (bodies kept), feeding the input in small chunks. */
async function readAll(tar: Buffer, chunk = 100): Promise<Read> {
  const chunks: Buffer[] = [];
  for (let at = 0; at < tar.length; at += chunk) chunks.push(tar.subarray(at, at + chunk));
  const reader = createTarReader(Readable.from(chunks), 'sha256:rules');
  const headers: Read['headers'] = [];
  for (let header = await reader.next(); header !== undefined; header = await reader.next()) {
    const parts: Buffer[] = [];
    for await (const part of reader.body()) parts.push(Buffer.from(part));
    const content = Buffer.concat(parts);
    headers.push({ ...header, content, sha256: createHash('sha256').update(content).digest('hex') });
  }
  return { headers, bytesRead: reader.bytesRead };
}

const rejects =
  (pattern: RegExp) =>
  (error: unknown): boolean => {
    assert.ok(error instanceof FlattenError, String(error));
    assert.equal(error.kind, 'content');
    assert.match(error.message, /^layer sha256:rules: /);
    assert.doesNotMatch(error.message, /\n/);
    assert.match(error.message, pattern);
    return true;
  };

describe('tar reader: where an archive ends (Go archive/tar)', () => {
  const one = Buffer.concat([file('f', 'abc'), ZERO, ZERO]); // header, 3 bytes + 509 padding, end blocks
  it('ends cleanly right after the data, inside the padding, after it, and after one zero block', async () => {
    for (const cut of [515, 700, 1024, 1536, 2048]) {
      const { headers, bytesRead } = await readAll(one.subarray(0, cut));
      assert.deepEqual(
        headers.map((h) => [h.name, h.content.toString()]),
        [['f', 'abc']],
        `cut at ${cut}`,
      );
      assert.equal(bytesRead, cut);
    }
  });
  it('reads, but ignores, whatever follows two zero blocks (the digest sees every byte)', async () => {
    const tar = Buffer.concat([one, file('ignored', 'x')]);
    const { headers, bytesRead } = await readAll(tar);
    assert.deepEqual(
      headers.map((h) => h.name),
      ['f'],
    );
    assert.equal(bytesRead, tar.length);
  });
  it('a zero block followed by a non-zero block is an error', async () => {
    await assert.rejects(
      readAll(Buffer.concat([one.subarray(0, 1024), ZERO, file('g', 'x')])),
      rejects(/a zero block followed by a non-zero block/),
    );
  });
  it('input that ends inside the data, a header, or the second zero block is truncated', async () => {
    await assert.rejects(readAll(one.subarray(0, 514)), rejects(/truncated tar: input ended inside "f"/));
    await assert.rejects(
      readAll(Buffer.concat([one.subarray(0, 1024), ZERO.subarray(0, 100)]).fill(1, 1024)),
      rejects(/truncated tar: input ended inside a header/),
    );
    await assert.rejects(readAll(one.subarray(0, 1024 + 512 + 100)), rejects(/truncated tar/));
  });
  it('an extended header with nothing after it ends the archive, as in Go', async () => {
    const { headers } = await readAll(Buffer.concat([file('a', 'a'), paxMember('x', [['path', 'never']])]));
    assert.deepEqual(
      headers.map((h) => h.name),
      ['a'],
    );
  });
});

describe('tar reader: PAX records', () => {
  it('a global header applies to nothing, and drops the extended headers read before it', async () => {
    const tar = Buffer.concat([
      paxMember('g', [
        ['uname', 'global'],
        ['path', 'global-path'],
        ['SCHILY.xattr.user.g', 'g'],
      ]),
      file('first', '1'),
      paxMember('x', [['path', 'lost']]),
      paxMember('g', [['comment', 'again']]),
      file('second', '2'),
      ZERO,
      ZERO,
    ]);
    const { headers } = await readAll(tar);
    assert.deepEqual(
      headers.map((h) => [h.name, h.uname, h.pax]),
      [
        ['first', '', undefined],
        ['second', '', undefined],
      ],
    );
  });
  it('a later record wins; an empty value keeps the header field; GNU long names win over PAX', async () => {
    const tar = Buffer.concat([
      paxMember('x', [
        ['path', 'one'],
        ['path', 'two'],
        ['uid', ''],
        ['uname', 'pax-user'],
      ]),
      member({ name: 'ustar-name', uid: 42, uname: 'header-user', body: Buffer.from('x') }),
      paxMember('x', [['path', 'from-pax']]),
      member({ name: '././@LongLink', typeflag: 'L', body: Buffer.from('from-gnu\0') }),
      file('short', 'y'),
    ]);
    const { headers } = await readAll(tar);
    assert.deepEqual(
      headers.map((h) => [h.name, h.uid, h.uname]),
      [
        ['two', 42, 'pax-user'],
        ['from-gnu', 0, ''],
      ],
    );
  });
  it('names are bytes: Latin-1 and raw PAX paths come out as byte strings and are written back unchanged', async () => {
    const tar = Buffer.concat([
      member({ name: 'x', body: Buffer.from('a') }).fill(0, 0, 100),
      paxMember('x', [
        ['hdrcharset', 'BINARY'],
        ['path', Buffer.from([0x72, 0xff, 0x80, 0x2f, 0xe9])],
        ['SCHILY.xattr.user.\xe9', Buffer.from([0xff])],
      ]),
      file('b', 'b'),
    ]);
    const latin1 = patch(tar, 0, 0, 'latin1-\xe9.txt');
    const { headers } = await readAll(latin1);
    assert.deepEqual(
      headers.map((h) => h.name),
      ['latin1-\xe9.txt', 'r\xff\x80/\xe9'],
    );
    const written = encodeHeader({ ...(headers[1] as TarHeader), path: headers[1]?.name as string });
    assert.ok(written.includes(Buffer.from([0x72, 0xff, 0x80, 0x2f, 0xe9])), 'the name bytes, not their UTF-8 encoding');
    assert.ok(written.includes(Buffer.from('SCHILY.xattr.user.\xe9=\xff', 'latin1')), 'the xattr record, byte for byte');
    const again = await readAll(Buffer.concat([written, Buffer.from('b'), Buffer.alloc(511)]));
    assert.equal(again.headers[0]?.name, 'r\xff\x80/\xe9');
  });
  it('malformed records are errors, NUL padding of the record area included (Go has no leniency there)', async () => {
    const padded = Buffer.concat([paxMember('x', [['path', 'a']]), file('b', 'b')]);
    const nul = patch(padded, 0, 124, '00000000020\0'); // size 16 instead of 12: 4 NULs after the record
    await assert.rejects(readAll(nul), rejects(/malformed PAX record/));
    await assert.rejects(readAll(Buffer.concat([paxMember('x', [['uid', 'abc']]), file('c', 'c')])), rejects(/invalid PAX uid record/));
  });
});

describe('tar reader: header fields (Go archive/tar)', () => {
  it("a '\\0' member whose name ends in '/' is a directory; v7 headers have no user names or prefix", async () => {
    const v7 = patch(member({ name: 'plain', uname: 'nobody', body: Buffer.from('v') }), 0, 257, '\0\0\0\0\0\0\0\0');
    const tar = Buffer.concat([member({ name: 'old/', typeflag: '\0', body: Buffer.alloc(0) }), v7]);
    const { headers } = await readAll(tar);
    assert.deepEqual(
      headers.map((h) => [h.name, h.kind, h.uname]),
      [
        ['old/', 'dir', ''],
        ['plain', 'file', ''],
      ],
    );
  });
  it('the ustar prefix is used for "ustar\\0", not for GNU\'s "ustar  \\0" (there it holds times)', async () => {
    const ustar = patch(file('name', 'u'), 0, 345, 'prefix');
    const gnu = patch(patch(file('name', 'u'), 0, 345, '00000000001\0'), 0, 257, 'ustar  \0');
    assert.equal((await readAll(ustar)).headers[0]?.name, 'prefix/name');
    assert.equal((await readAll(gnu)).headers[0]?.name, 'name');
    // Go's fallback for tars of Go before 1.8: GNU magic, times that are not numbers, ASCII there.
    assert.equal((await readAll(patch(ustar, 0, 257, 'ustar  \0'))).headers[0]?.name, 'prefix/name');
  });
  it('base-256 numbers: a negative mtime is accepted, a negative size is not', async () => {
    const negative = [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xfe]; // -2
    const old = patch(file('old', 'o'), 0, 136, negative);
    assert.equal((await readAll(old)).headers[0]?.mtime, -2);
    await assert.rejects(readAll(patch(file('bad', 'o'), 0, 124, negative)), rejects(/negative size/));
  });
});

describe('tar reader: entry types containerd refuses', () => {
  const cases: [string, string][] = [
    ['S', 'old GNU sparse file'],
    ['7', 'contiguous file'],
    ['D', 'GNU directory dump'],
    ['M', 'GNU multi-volume continuation'],
    ['N', 'GNU old long name'],
    ['V', 'GNU volume label'],
    ['Q', 'unknown type'],
  ];
  for (const [flag, what] of cases) {
    it(`type '${flag}' is refused with one line naming layer, path and type`, async () => {
      const tar = Buffer.concat([file('ok', 'fine'), member({ name: 'odd/\xe9', typeflag: flag, body: Buffer.from('data') })]);
      await assert.rejects(readAll(tar), (error: unknown) => {
        assert.ok(error instanceof FlattenError);
        assert.equal(
          error.message,
          `layer sha256:rules: "odd/é": unsupported tar entry type '${flag}' (${what}), which containerd refuses too`,
        );
        return true;
      });
    });
  }
});

describe('tar reader: PAX sparse members (GNU formats 0.0, 0.1, 1.0)', () => {
  const expected = Buffer.concat([Buffer.alloc(1000), Buffer.from('AAAA'), Buffer.alloc(3000), Buffer.from('BB'), Buffer.alloc(94)]);
  const data = Buffer.from('AAAABB');
  it('0.1: GNU.sparse.map; the body is the real file, holes as zeros', async () => {
    const tar = Buffer.concat([
      paxMember('x', [
        ['GNU.sparse.major', '0'],
        ['GNU.sparse.minor', '1'],
        ['GNU.sparse.name', 'real/name'],
        ['GNU.sparse.size', '4100'],
        ['GNU.sparse.numblocks', '2'],
        ['GNU.sparse.map', '1000,4,4004,2'],
      ]),
      member({ name: 'GNUSparseFile.0/name', body: data }),
      file('next', 'n'),
    ]);
    const { headers } = await readAll(tar, 7);
    assert.deepEqual(
      headers.map((h) => [h.name, h.size, h.pax]),
      [
        ['real/name', 4100, undefined],
        ['next', 1, undefined],
      ],
    );
    assert.ok(headers[0]?.content.equals(expected));
  });
  it('0.0: repeated offset/numbytes records', async () => {
    const tar = Buffer.concat([
      paxMember('x', [
        ['GNU.sparse.size', '4100'],
        ['GNU.sparse.numblocks', '2'],
        ['GNU.sparse.offset', '1000'],
        ['GNU.sparse.numbytes', '4'],
        ['GNU.sparse.offset', '4004'],
        ['GNU.sparse.numbytes', '2'],
      ]),
      member({ name: 'zero', body: data }),
    ]);
    assert.ok((await readAll(tar)).headers[0]?.content.equals(expected));
  });
  it('1.0: the map at the start of the data', async () => {
    const map = Buffer.alloc(512);
    map.write('2\n1000\n4\n4004\n2\n', 'latin1');
    const tar = Buffer.concat([
      paxMember('x', [
        ['GNU.sparse.major', '1'],
        ['GNU.sparse.minor', '0'],
        ['GNU.sparse.name', 'one'],
        ['GNU.sparse.realsize', '4100'],
      ]),
      member({ name: 'GNUSparseFile.0/one', body: Buffer.concat([map, data]) }),
      ZERO,
      ZERO,
    ]);
    const { headers } = await readAll(tar, 33);
    assert.equal(headers[0]?.name, 'one');
    assert.ok(headers[0]?.content.equals(expected));
  });
  it('a map that overlaps, leaves the file, or names more data than is stored is an error', async () => {
    const sparse = (map: string, stored: Buffer): Buffer =>
      Buffer.concat([
        paxMember('x', [
          ['GNU.sparse.size', '100'],
          ['GNU.sparse.numblocks', String(map.split(',').length / 2)],
          ['GNU.sparse.map', map],
        ]),
        member({ name: 's', body: stored }),
      ]);
    await assert.rejects(readAll(sparse('0,4,2,2', Buffer.from('AAAABB'))), rejects(/invalid sparse map/));
    await assert.rejects(readAll(sparse('98,4', Buffer.from('AAAA'))), rejects(/invalid sparse map/));
    await assert.rejects(readAll(sparse('0,4', Buffer.from('AAAABB'))), rejects(/stores 6 data bytes but its map names 4/));
  });
});
