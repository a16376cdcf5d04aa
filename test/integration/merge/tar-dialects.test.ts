/**
 * Issue 12, containerd parity: our tar reader against the reference itself. test/go/tarlist reads
 * each layer with Go's archive/tar and containerd's type switch; createTarReader must report the
 * same entries byte for byte (names, link names, user and group names, xattrs, content hashes,
 * sparse files expanded), and fail where Go or containerd fails, with one line naming the layer.
 * The layers are written by real tools (dialects/fixtures.ts), in a temp dir removed afterwards.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { FlattenError } from '../../../src/errors.ts';
import { createTarReader, type EntryKind } from '../../../src/rootfs/tar-reader.ts';
import { run } from '../../helpers/run.ts';
import { createUmociImage } from '../../helpers/umoci-image.ts';
import { buildTarList, makeDialectTars } from './dialects/fixtures.ts';

interface Entry {
  path: string;
  type: string;
  mode: number;
  uid: number;
  gid: number;
  uname: string;
  gname: string;
  mtime: number;
  size: number;
  sha256: string;
  linkname: string;
  xattrs: Record<string, string>;
  devmajor: number;
  devminor: number;
}

interface Listing {
  entries: Entry[];
  error?: string;
}

const TYPES: Record<EntryKind, string> = { file: '0', link: '1', symlink: '2', char: '3', block: '4', dir: '5', fifo: '6' };
const hex = (byteString: string): string => Buffer.from(byteString, 'latin1').toString('hex');

/** What Go (and containerd) see, from test/go/tarlist's JSON lines. */
async function goListing(binary: string, tar: Buffer): Promise<Listing> {
  const { stdout } = await run(binary, [], { input: tar });
  const lines = stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Entry & { end?: boolean; error?: string });
  const last = lines.pop();
  assert.ok(last !== undefined && (last.end === true || last.error !== undefined), `tarlist ended with ${JSON.stringify(last)}`);
  return last.error === undefined ? { entries: lines } : { entries: lines, error: last.error };
}

/** What createTarReader reports, in the same shape; the input arrives in small odd chunks. */
async function ourListing(layerId: string, tar: Buffer): Promise<Listing> {
  const chunks: Buffer[] = [];
  for (let at = 0; at < tar.length; at += 777) chunks.push(tar.subarray(at, at + 777));
  const reader = createTarReader(Readable.from(chunks), layerId);
  const entries: Entry[] = [];
  try {
    for (let header = await reader.next(); header !== undefined; header = await reader.next()) {
      let size = 0;
      let sha256 = '';
      if (header.kind === 'file') {
        const hash = createHash('sha256');
        for await (const chunk of reader.body()) {
          hash.update(chunk);
          size += chunk.length;
        }
        assert.equal(size, header.size, 'the body holds header.size bytes');
        sha256 = hash.digest('hex');
      } else await reader.skip();
      const xattrs: Record<string, string> = {};
      for (const [key, value] of header.pax ?? []) {
        if (key.startsWith('SCHILY.xattr.')) xattrs[hex(key.slice('SCHILY.xattr.'.length))] = value.toString('hex');
      }
      const device = header.kind === 'char' || header.kind === 'block';
      entries.push({
        path: hex(header.name),
        type: TYPES[header.kind],
        mode: header.mode,
        uid: header.uid,
        gid: header.gid,
        uname: hex(header.uname),
        gname: hex(header.gname),
        mtime: header.mtime,
        size,
        sha256,
        linkname: header.kind === 'link' || header.kind === 'symlink' ? hex(header.linkname) : '',
        xattrs,
        devmajor: device ? header.devmajor : 0,
        devminor: device ? header.devminor : 0,
      });
    }
    assert.equal(reader.bytesRead, tar.length, 'the reader consumed the whole input (a digest sees every byte)');
    return { entries };
  } catch (error) {
    if (!(error instanceof FlattenError)) throw error;
    return { entries, error: error.message };
  }
}

describe('tar dialects: our reader against Go archive/tar + containerd (issue 12)', () => {
  let work: string;
  let tarlist: string;
  let tars: Map<string, Buffer>;

  before(async () => {
    work = await mkdtemp(join(tmpdir(), 'oci-flatten-dialects-'));
    [tarlist, tars] = await Promise.all([buildTarList(work), makeDialectTars(join(work))]);
    // umoci's layers end right after the last file's data (no padding, no end blocks).
    const image = await createUmociImage();
    try {
      await run('cp', ['-a', `${join(work, 'tree')}/.`, image.rootfs]);
      await image.commit('one');
      await run('bash', ['-c', 'printf "%s" "no padding after me" > "$1/last"; rm "$1/hello.txt"', '_', image.rootfs]);
      await image.commit('two');
      // umoci insert: a layer made from a directory outside the bundle, placed at /inserted.
      await run('umoci', ['insert', '--image', `${image.layout}:two`, '--tag', 'three', join(work, 'tree'), '/inserted']);
      const [first, second, third] = await image.layerTars('three');
      tars.set('umoci-layer-1', first as Buffer);
      tars.set('umoci-layer-2', second as Buffer);
      tars.set('umoci-insert', third as Buffer);
    } finally {
      await image.cleanup();
    }
  });
  after(async () => {
    if (work !== undefined) await rm(work, { recursive: true, force: true });
  });

  it('the fixtures hold what the cases need (the matrix checks itself)', async () => {
    const listing = async (name: string): Promise<Listing> => goListing(tarlist, tars.get(name) as Buffer);
    const names = async (name: string): Promise<string[]> =>
      (await listing(name)).entries.map((e) => Buffer.from(e.path, 'hex').toString('latin1'));
    assert.ok((await names('gnu')).includes('./latin1-\xe9.txt'), 'GNU tar stores the Latin-1 name as it is');
    assert.ok((await names('python-pax-binary')).includes('raw-\xff\xfe/bytes-\x80.bin'), 'Python writes raw bytes with hdrcharset=BINARY');
    assert.ok((tars.get('python-pax-binary') as Buffer).includes('hdrcharset=BINARY'));
    assert.ok((tars.get('sparse-1.0') as Buffer).includes('GNU.sparse.major=1'));
    assert.ok((tars.get('sparse-0.0') as Buffer).includes('GNU.sparse.offset='));
    assert.ok((tars.get('sparse-0.1') as Buffer).includes('GNU.sparse.map='));
    assert.ok((tars.get('sparse-0.1') as Buffer).length < 1024 * 1024, 'the sparse layers store only the data');
    const sparse = (await listing('sparse-1.0')).entries.find((e) => e.path === hex('./holes'));
    assert.equal(sparse?.size, 3 * 1024 * 1024);
    assert.match((await listing('oldgnu-sparse')).error ?? '', /unhandled tar header type 83/);
    // Debian's umoci 0.4 writes both end blocks; the layers that end right after the data (as
    // other umoci versions and hand-cut layers do) are the cut-* fixtures.
    assert.ok(
      (await listing('umoci-layer-2')).entries.some((e) => e.path === hex('.wh.hello.txt')),
      'umoci wrote a whiteout',
    );
    assert.ok((await names('umoci-insert')).includes('inserted/latin1-\xe9.txt'), 'umoci insert kept the Latin-1 name');
    assert.equal((await listing('cut-after-data')).error, undefined, 'Go: a layer that ends right after the data is complete');
    assert.equal((await listing('cut-inside-padding')).error, undefined, 'Go: a layer that ends inside the padding is complete too');
    assert.match((await listing('cut-inside-data')).error ?? '', /unexpected EOF/);
    assert.match((await listing('zero-then-header')).error ?? '', /invalid tar header/);
    assert.ok(
      (await listing('posix')).entries.some((e) => Object.keys(e.xattrs).length === 2),
      'GNU tar --xattrs wrote two xattrs',
    );
    assert.ok(
      (await listing('gnu')).entries.some((e) => e.type === '3'),
      'a device node',
    );
  });

  it('every layer lists the same entries, byte for byte, or fails in both', async () => {
    const failures: string[] = [];
    let compared = 0;
    for (const [name, tar] of tars) {
      const layerId = `sha256:${name}`;
      const [theirs, ours] = await Promise.all([goListing(tarlist, tar), ourListing(layerId, tar)]);
      compared++;
      if ((theirs.error === undefined) !== (ours.error === undefined)) {
        failures.push(
          `${name}: Go ${theirs.error === undefined ? 'reads it' : `fails (${theirs.error})`}, ours ${ours.error === undefined ? 'reads it' : `fails (${ours.error})`}`,
        );
        continue;
      }
      if (ours.error !== undefined) {
        if (!ours.error.startsWith(`layer ${layerId}: `) || ours.error.includes('\n'))
          failures.push(`${name}: error is not one line naming the layer: ${ours.error}`);
      }
      try {
        assert.deepEqual(ours.entries, theirs.entries);
      } catch (error) {
        failures.push(`${name}: entries differ:\n${(error as Error).message.split('\n').slice(0, 40).join('\n')}`);
      }
    }
    assert.ok(compared >= 60, `compared ${compared} layers`);
    assert.deepEqual(failures, []);
  });

  it('old GNU sparse, contiguous and unknown types are refused with one line naming layer, path and type', async () => {
    const refusal = async (name: string): Promise<string> => (await ourListing(`sha256:${name}`, tars.get(name) as Buffer)).error ?? '';
    assert.match(
      await refusal('oldgnu-sparse'),
      /^layer sha256:oldgnu-sparse: "\.\/(holes|tail-hole)": unsupported tar entry type 'S' \(old GNU sparse file\), which containerd refuses too$/,
    );
    assert.equal(
      await refusal('contiguous-type-7'),
      `layer sha256:contiguous-type-7: "contiguous": unsupported tar entry type '7' (contiguous file), which containerd refuses too`,
    );
    assert.equal(
      await refusal('unknown-type-Z'),
      `layer sha256:unknown-type-Z: "odd": unsupported tar entry type 'Z' (unknown type), which containerd refuses too`,
    );
  });
});
