/**
 * Issue 12, containerd parity, end to end: layers written by real tools (dialects/fixtures.ts) —
 * PAX sparse files in the three formats, a Latin-1 name, raw-byte PAX paths, v7 headers, a layer
 * that ends right after its last data byte — stacked into images, flattened by the CLI, and judged
 * by umoci unpack of the source and of the result (umoci applies layers with Go's archive/tar).
 * umoci 0.4 refuses PAX global headers (type 'g') where containerd skips them, so the raw-byte
 * PAX layer here is the one without a global header; tar-dialects.test.ts covers the other.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runCliOk } from '../../helpers/cli.ts';
import { buildImageLayout } from '../../helpers/fixture-image.ts';
import { unpackLayout } from '../../helpers/independent-unpack.ts';
import { assertTreesEqual } from '../../helpers/tree-compare.ts';
import type { Tree } from '../../helpers/tree-types.ts';
import { makeDialectTars } from './dialects/fixtures.ts';

const MiB = 1024 * 1024;

describe('tar dialects flatten to the tree umoci unpacks (issue 12)', () => {
  let work: string;
  let tars: Map<string, Buffer>;

  before(async () => {
    work = await mkdtemp(join(tmpdir(), 'oci-flatten-dialects-umoci-'));
    tars = await makeDialectTars(work);
  });
  after(async () => {
    if (work !== undefined) await rm(work, { recursive: true, force: true });
  });

  /** Source and flattened trees, both as umoci unpacks them. */
  async function flattenBoth(layers: string[], label: string): Promise<{ source: Tree; flat: Tree }> {
    const layout = await buildImageLayout({
      layers: layers.map((name) => ({ tar: tars.get(name) as Buffer, compression: 'gzip' as const })),
    });
    const out = join(work, `flat-${label}`);
    try {
      await runCliOk([`oci:${layout.dir}:${layout.tag}`, '--to', `oci:${out}:flat`, '--quiet']);
      const [source, flat] = await Promise.all([unpackLayout(layout.dir, layout.tag), unpackLayout(out, 'flat')]);
      assertTreesEqual(source, flat, `${label}: umoci unpack of source vs flattened`);
      return { source, flat };
    } finally {
      await layout.cleanup();
      await rm(out, { recursive: true, force: true });
    }
  }

  for (const version of ['0.0', '0.1', '1.0']) {
    it(`PAX sparse ${version}: the file with its holes, under its real name`, async () => {
      const { flat } = await flattenBoth([`sparse-${version}`], `sparse-${version}`);
      assert.equal(flat.get('holes')?.size, 3 * MiB);
      assert.equal(flat.get('tail-hole')?.size, 2 * MiB);
      assert.equal(flat.get('plain')?.size, 11);
      assert.ok(![...flat.keys()].some((path) => path.includes('GNUSparseFile')), 'no sparse placeholder name');
    });
  }

  it('a Latin-1 name, raw-byte PAX paths and a v7 layer, stacked, with a layer that ends right after its data on top', async () => {
    const { flat } = await flattenBoth(['v7', 'gnu', 'python-pax-raw', 'cut-after-data'], 'stack');
    assert.equal(flat.get('latin1-\xe9.txt')?.type, 'file', 'the Latin-1 name, byte for byte');
    assert.equal(flat.get('raw-\xff\xfe/bytes-\x80.bin')?.type, 'file', 'the raw-byte PAX path');
    assert.equal(flat.get('d/a-link')?.hardlinkGroup, 'a', 'the v7 hard link');
    assert.equal(flat.get('f')?.size, 3, 'the last layer, cut after its data, is applied');
    assert.equal(flat.get('xattrs')?.xattrs['user.comment'], Buffer.from('hello').toString('base64'));
  });

  it('a layer cut inside its padding, and one with a single end block, are complete layers', async () => {
    const { flat } = await flattenBoth(['cut-inside-padding', 'cut-after-one-zero-block'], 'cuts');
    assert.equal(flat.get('f')?.size, 3);
  });
});
