/**
 * The diff applier (src/diff/apply-layer.ts) against the independent reference extractor on
 * generated layer stacks, and on the cases where containerd's rules go beyond the reference:
 * symlinked parents, whiteouts in order, opaque markers that keep their own layer's entries, a
 * hard link's header applied to its inode, and the extractions that fail.
 *
 * Generated stacks stay where both agree: whiteouts and opaque markers first in their layer and
 * naming what exists, directories only ever directories, hard-link headers carrying their
 * target's attributes. Replay a failure with DIFF_SEED=<seed>.
 */
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { describe, it } from 'node:test';
import { applyLayer } from '../../../src/diff/apply-layer.ts';
import { entryRecords } from '../../../src/diff/entry-records.ts';
import { emptyTree, type FsTree } from '../../../src/diff/fs-tree.ts';
import { FlattenError } from '../../../src/errors.ts';
import { createTarReader } from '../../../src/rootfs/tar-reader.ts';
import { applyLayers } from '../../helpers/reference-extractor.ts';
import { buildTarSync, type TarSpecEntry } from '../../helpers/tar-builder.ts';
import type { Tree, TreeEntry } from '../../helpers/tree-types.ts';

async function applyTars(tars: Buffer[]): Promise<FsTree> {
  const tree = emptyTree();
  for (const [i, tar] of tars.entries()) await applyLayer(tree, createTarReader(Readable.from([tar]), `layer-${i}`), `layer ${i}`);
  return tree;
}

/** The applier's tree in the reference's shape. */
function asReferenceTree(tree: FsTree): Tree {
  const out: Tree = new Map();
  for (const [path, record] of entryRecords(tree)) {
    const entry: TreeEntry = {
      type: record.type,
      mode: record.mode,
      uid: record.uid,
      gid: record.gid,
      xattrs: Object.fromEntries(record.xattrs),
    };
    if (record.type === 'file') {
      entry.size = record.size;
      entry.sha256 = record.sha256;
    }
    if (record.type === 'symlink') entry.linkTarget = record.linkTarget;
    if (record.type === 'char' || record.type === 'block') {
      const [major, minor] = record.device.split(':').map(Number);
      entry.devmajor = major as number;
      entry.devminor = minor as number;
    }
    if (record.hardLinks.length > 1) entry.hardlinkGroup = record.hardLinks[0] as string;
    out.set(path, entry);
  }
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** mulberry32: a small seeded generator, so a failing case replays from its seed. */
function random(seed: number): (n: number) => number {
  let state = seed >>> 0;
  return (n) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

const DIRS = ['a', 'b', 'a/c'];
const LEAVES = ['', 'a', 'b', 'a/c'].flatMap((dir) => ['f', 'g', 'h'].map((name) => (dir === '' ? name : `${dir}/${name}`)));
const MODES = [0o644, 0o755, 0o4755, 0o2750, 0o600];
const DIR_MODES = [0o755, 0o700, 0o1777];
const pick = <T>(r: (n: number) => number, list: readonly T[]): T => list[r(list.length)] as T;

async function generateStack(seed: number): Promise<Buffer[]> {
  const r = random(seed);
  const tars: Buffer[] = [];
  const layers = 1 + r(4);
  for (let layer = 0; layer < layers; layer++) {
    const lower = await applyLayers(tars);
    const entries: TarSpecEntry[] = [];
    const removed: string[] = [];
    const under = (path: string, top: string): boolean => path === top || path.startsWith(`${top}/`);
    for (let i = r(3); i > 0 && lower.size > 0; i--) {
      const path = pick(r, [...lower.keys()]);
      if (removed.some((other) => under(path, other) || under(other, path))) continue;
      removed.push(path);
      entries.push({ type: 'whiteout', path });
    }
    const dirs = [...lower].filter(
      ([path, entry]) => entry.type === 'dir' && !removed.some((other) => under(path, other) || under(other, path)),
    );
    if (dirs.length > 0 && r(3) === 0) entries.push({ type: 'opaque', path: pick(r, dirs)[0] });
    const used = new Set<string>();
    for (let i = 2 + r(7); i > 0; i--) {
      const kind = r(8);
      if (kind === 0) {
        const path = pick(r, DIRS);
        if (used.has(path)) continue;
        used.add(path);
        entries.push({ type: 'dir', path, mode: pick(r, DIR_MODES), uid: r(2) * 1000 });
        continue;
      }
      const path = pick(r, LEAVES);
      if (used.has(path)) continue;
      used.add(path);
      if (kind <= 3) {
        entries.push({
          type: 'file',
          path,
          content: 'x'.repeat(r(3) * 300),
          mode: pick(r, MODES),
          uid: r(3),
          gid: 7,
          ...(r(3) === 0 ? { xattrs: { 'user.k': `v${r(3)}`, 'security.capability': new Uint8Array([1, 0, 0xff]) } } : {}),
        });
      } else if (kind === 4) entries.push({ type: 'symlink', path, target: pick(r, ['f', '/usr/lib', '../x', 'a/c']), mode: 0o777 });
      else if (kind === 5) entries.push({ type: 'fifo', path, mode: 0o600 });
      else if (kind === 6) entries.push({ type: 'char', path, devmajor: 1, devminor: r(9), mode: 0o666 });
      else {
        // A hard link to a file that stands now, its header carrying the file's attributes.
        const now = await applyLayers([...tars, buildTarSync(entries)]);
        const targets = [...now].filter(([target, entry]) => entry.type === 'file' && target !== path);
        if (targets.length === 0) continue;
        const [target, entry] = pick(r, targets);
        entries.push({
          type: 'hardlink',
          path,
          target: r(2) === 0 ? target : `/${target}`,
          mode: entry.mode,
          uid: entry.uid,
          gid: entry.gid,
        });
      }
    }
    tars.push(buildTarSync(entries));
  }
  return tars;
}

async function fails(tars: Buffer[], pattern: RegExp): Promise<void> {
  await assert.rejects(applyTars(tars), (error: unknown) => {
    assert.ok(error instanceof FlattenError, String(error));
    assert.equal(error.kind, 'content');
    assert.match(error.message, pattern);
    return true;
  });
}

describe('diff applier', () => {
  it('matches the reference extractor on generated layer stacks', async () => {
    const runs = Number(process.env.DIFF_RUNS ?? 300);
    const seeds = process.env.DIFF_SEED === undefined ? Array.from({ length: runs }, (_, i) => i + 1) : [Number(process.env.DIFF_SEED)];
    let withLinks = 0;
    let withMarkers = 0;
    for (const seed of seeds) {
      const tars = await generateStack(seed);
      const expected = await applyLayers(tars);
      const actual = asReferenceTree(await applyTars(tars));
      assert.deepEqual(actual, expected, `seed ${seed}`);
      if ([...expected.values()].some((entry) => entry.hardlinkGroup !== undefined)) withLinks++;
      if (tars.some((tar) => tar.includes('.wh.'))) withMarkers++;
    }
    // The generator must really produce the interesting cases.
    if (seeds.length > 100) {
      assert.ok(withLinks > seeds.length / 10, `${withLinks} stacks with hard links`);
      assert.ok(withMarkers > seeds.length / 10, `${withMarkers} stacks with whiteouts`);
    }
  });

  it('merged /usr: a member below a symlinked directory lands where the link points', async () => {
    const base = buildTarSync([
      { type: 'dir', path: 'usr' },
      { type: 'dir', path: 'usr/bin' },
      { type: 'symlink', path: 'bin', target: 'usr/bin' },
    ]);
    const layer = buildTarSync([
      { type: 'dir', path: 'bin', mode: 0o700 },
      { type: 'file', path: 'bin/app', content: 'app' },
    ]);
    const tree = asReferenceTree(await applyTars([base, layer]));
    // `bin/` itself is a member: it replaces the symlink (its last component is never followed).
    assert.equal(tree.get('bin')?.type, 'dir');
    assert.equal(tree.get('bin/app')?.size, 3);
    const withoutDir = asReferenceTree(await applyTars([base, buildTarSync([{ type: 'file', path: 'bin/app', content: 'app' }])]));
    assert.equal(withoutDir.get('bin')?.type, 'symlink');
    assert.equal(withoutDir.get('usr/bin/app')?.size, 3);
    assert.equal(withoutDir.has('bin/app'), false);
  });

  it('a naive flattening that writes bin/app before the symlink bin -> usr/bin loses app', async () => {
    const naive = buildTarSync([
      { type: 'dir', path: 'usr' },
      { type: 'dir', path: 'usr/bin' },
      { type: 'file', path: 'bin/app', content: 'app' },
      { type: 'symlink', path: 'bin', target: 'usr/bin' },
    ]);
    const tree = asReferenceTree(await applyTars([naive]));
    assert.deepEqual([...tree.keys()], ['bin', 'usr', 'usr/bin']);
  });

  it('whiteouts resolve their parent through symlinks and act in tar order', async () => {
    const base = buildTarSync([
      { type: 'dir', path: 'usr' },
      { type: 'dir', path: 'usr/lib' },
      { type: 'file', path: 'usr/lib/x.so' },
      { type: 'file', path: 'usr/lib/y.so' },
      { type: 'symlink', path: 'lib', target: '/usr/lib' },
    ]);
    const layer = buildTarSync([
      { type: 'whiteout', path: 'lib/x.so' },
      { type: 'file', path: 'usr/lib/z.so' },
      { type: 'whiteout', path: 'usr/lib/z.so' },
    ]);
    const tree = asReferenceTree(await applyTars([base, layer]));
    assert.deepEqual([...tree.keys()], ['lib', 'usr', 'usr/lib', 'usr/lib/y.so']);
  });

  it("an opaque marker keeps its own layer's entries, even those before it, and removes the rest", async () => {
    const base = buildTarSync([
      { type: 'dir', path: 'd' },
      { type: 'file', path: 'd/old' },
      { type: 'dir', path: 'd/sub' },
      { type: 'file', path: 'd/sub/deep' },
    ]);
    const layer = buildTarSync([
      { type: 'file', path: 'd/new' },
      { type: 'opaque', path: 'd' },
      { type: 'file', path: 'd/after' },
    ]);
    const tree = asReferenceTree(await applyTars([base, layer]));
    assert.deepEqual([...tree.keys()], ['d', 'd/after', 'd/new']);
  });

  it("a hard link shares its target's inode and its header's owner, mode and xattrs apply to it", async () => {
    const base = buildTarSync([
      { type: 'dir', path: 'real' },
      { type: 'file', path: 'real/f', content: 'data', mode: 0o644 },
      { type: 'symlink', path: 'alias', target: 'real' },
    ]);
    const layer = buildTarSync([{ type: 'hardlink', path: 'link', target: 'alias/f', mode: 0o4711, uid: 5, xattrs: { 'user.a': 'b' } }]);
    const tree = asReferenceTree(await applyTars([base, layer]));
    for (const path of ['real/f', 'link']) {
      assert.deepEqual(tree.get(path), {
        type: 'file',
        mode: 0o4711,
        uid: 5,
        gid: 0,
        size: 4,
        sha256: tree.get('real/f')?.sha256,
        xattrs: { 'user.a': Buffer.from('b').toString('base64') },
        hardlinkGroup: 'link',
      });
    }
  });

  it('a directory over a directory keeps its children and adds xattrs; a non-directory over a directory removes its subtree', async () => {
    const base = buildTarSync([
      { type: 'dir', path: 'd', xattrs: { 'user.one': '1' } },
      { type: 'file', path: 'd/x' },
      { type: 'dir', path: 'e' },
      { type: 'file', path: 'e/y' },
    ]);
    const layer = buildTarSync([
      { type: 'dir', path: 'd', mode: 0o700, xattrs: { 'user.two': '2' } },
      { type: 'file', path: 'e', content: 'now a file' },
    ]);
    const tree = asReferenceTree(await applyTars([base, layer]));
    assert.deepEqual([...tree.keys()], ['d', 'd/x', 'e']);
    assert.equal(tree.get('d')?.mode, 0o700);
    assert.deepEqual(Object.keys(tree.get('d')?.xattrs ?? {}).sort(), ['user.one', 'user.two']);
  });

  it('names are cleaned (`..` stays in the root) and missing parents are created 0755 root:root', async () => {
    const tree = asReferenceTree(await applyTars([buildTarSync([{ type: 'file', path: '../../x/y', uid: 9 }])]));
    assert.deepEqual(tree.get('x'), { type: 'dir', mode: 0o755, uid: 0, gid: 0, xattrs: {} });
    assert.equal(tree.get('x/y')?.uid, 9);
  });

  it('what extraction refuses is a content error naming the layer and the member', async () => {
    await fails(
      [buildTarSync([{ type: 'file', path: 'f' }]), buildTarSync([{ type: 'file', path: 'f/g' }])],
      /^layer 1: "f\/g": its parent directory "f" is a file/,
    );
    await fails(
      [buildTarSync([{ type: 'hardlink', path: 'l', target: 'missing' }])],
      /^layer 0: "l": hard link to "missing", which does not exist/,
    );
    await fails(
      [
        buildTarSync([
          { type: 'dir', path: 'd' },
          { type: 'hardlink', path: 'l', target: 'd' },
        ]),
      ],
      /hard link to "d", a directory/,
    );
    await fails([buildTarSync([{ type: 'file', path: 'd/.wh.' }])], /"d\/\.wh\.": a whiteout that names no file/);
    await fails(
      [
        buildTarSync([
          { type: 'symlink', path: 'a', target: 'b' },
          { type: 'symlink', path: 'b', target: 'a' },
          { type: 'file', path: 'a/x' },
        ]),
      ],
      /too many levels of symbolic links/,
    );
  });
});
