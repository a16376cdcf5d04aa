/**
 * design.md rule 7: a path twice in one layer: the later entry wins, as extraction would make it,
 * and the output holds each path once. Every case is checked against the reference extractor
 * (test/helpers/reference-extractor.ts), which applies a layer's entries literally in tar order.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { describe, it } from 'node:test';
import { FlattenError } from '../../../src/errors.ts';
import { DuplicatePathsError, mergeLayers, type LayerDuplicates } from '../../../src/rootfs/index.ts';
import { applyLayers, cleanPath, extractTar, parseTar } from '../../helpers/reference-extractor.ts';
import { buildTar, type TarSpecEntry } from '../../helpers/tar-builder.ts';
import type { Tree } from '../../helpers/tree-types.ts';
import { runMerge } from './merge-run.ts';

const sha = (text: string): string => createHash('sha256').update(text).digest('hex');
const names = (tar: Buffer): string[] => parseTar(tar).map((member) => cleanPath(member.name));

function withoutLinkGroups(tree: Tree): Tree {
  return new Map([...tree].map(([path, { hardlinkGroup: _, ...rest }]) => [path, rest]));
}

/** Merge with retries, compare with the reference, check each path is written once. */
async function mergeLikeExtraction(specs: TarSpecEntry[][], lower: TarSpecEntry[][] = []) {
  const result = await runMerge(specs, { lower });
  if (lower.length === 0) assert.deepEqual(await extractTar(result.out), await applyLayers(result.tars));
  // Links from the merged layer into kept layers become copies, so inode groups may differ.
  else
    assert.deepEqual(
      withoutLinkGroups(await applyLayers([...result.lowerTars, result.out])),
      withoutLinkGroups(await applyLayers([...result.lowerTars, ...result.tars])),
    );
  const written = names(result.out);
  assert.equal(new Set(written).size, written.length, `a path written twice: ${written.join(', ')}`);
  return { ...result, tree: lower.length === 0 ? await extractTar(result.out) : await applyLayers([...result.lowerTars, result.out]) };
}

describe('rule 7: the later copy of a path in one layer wins', () => {
  it('a file twice: the later content wins (one extra run, the layer read once more for its headers)', async () => {
    const { tree, out, attempts, opens } = await mergeLikeExtraction([
      [{ type: 'file', path: 'base', content: 'b' }],
      [
        { type: 'file', path: 'x', content: 'first', mode: 0o600 },
        { type: 'file', path: 'y', content: 'between' },
        { type: 'file', path: './x', content: 'second', mode: 0o755 },
      ],
    ]);
    assert.equal(tree.get('x')?.sha256, sha('second'));
    assert.equal(tree.get('x')?.mode, 0o755);
    assert.deepEqual(names(out), ['y', 'x', 'base']);
    assert.equal(attempts, 2);
    // run 1, the headers-only scan, run 2; the older layer was not reached by run 1
    assert.deepEqual(opens, [1, 3]);
  });

  it('a file, then a directory at the same path: the directory wins and older children are gone', async () => {
    const { tree } = await mergeLikeExtraction([
      [
        { type: 'dir', path: 'x' },
        { type: 'file', path: 'x/old', content: 'old' },
      ],
      [
        { type: 'file', path: 'x', content: 'a file' },
        { type: 'dir', path: 'x', mode: 0o700 },
        { type: 'file', path: 'x/new', content: 'new' },
      ],
    ]);
    assert.deepEqual([...tree.keys()].sort(), ['x', 'x/new']);
    assert.equal(tree.get('x')?.type, 'dir');
    assert.equal(tree.get('x')?.mode, 0o700);
  });

  it('a directory with children, then a file at the same path: the file wins, the children before it are gone', async () => {
    const { tree, out } = await mergeLikeExtraction([
      [
        { type: 'dir', path: 'd' },
        { type: 'file', path: 'd/old' },
      ],
      [
        { type: 'dir', path: 'd' },
        { type: 'file', path: 'd/a', content: 'a' },
        { type: 'dir', path: 'd/sub' },
        { type: 'file', path: 'd', content: 'now a file' },
      ],
    ]);
    assert.deepEqual([...tree.keys()], ['d']);
    assert.equal(tree.get('d')?.sha256, sha('now a file'));
    assert.deepEqual(names(out), ['d']);
  });

  it('a hard link to the first copy keeps the first content; a link after the second copy shares the second', async () => {
    const { tree, opens } = await mergeLikeExtraction([
      [
        { type: 'file', path: 't', content: 'one', mode: 0o640 },
        { type: 'hardlink', path: 'l1', target: 't' },
        { type: 'file', path: 't', content: 'two' },
        { type: 'hardlink', path: 'l2', target: 't' },
      ],
    ]);
    assert.equal(tree.get('l1')?.sha256, sha('one'));
    assert.equal(tree.get('l1')?.mode, 0o640);
    assert.equal(tree.get('l1')?.hardlinkGroup, undefined);
    assert.equal(tree.get('t')?.sha256, sha('two'));
    assert.equal(tree.get('t')?.hardlinkGroup, 'l2'); // the group is named by its first name in sort order
    // run 1, scan, run 2, and the second read of run 2 that streams t's first copy under l1
    assert.deepEqual(opens, [4]);
  });

  it('a hard link to an empty first copy is written without a second read', async () => {
    const { tree, opens } = await mergeLikeExtraction([
      [
        { type: 'file', path: 't' },
        { type: 'hardlink', path: 'l', target: 't' },
        { type: 'symlink', path: 't', target: '/elsewhere' },
      ],
    ]);
    assert.equal(tree.get('l')?.type, 'file');
    assert.equal(tree.get('t')?.type, 'symlink');
    assert.deepEqual(opens, [3]);
  });

  it('a link that is itself repeated: the later entry wins over the link', async () => {
    const { tree } = await mergeLikeExtraction([
      [
        { type: 'file', path: 't', content: 'target' },
        { type: 'hardlink', path: 'l', target: 't' },
        { type: 'file', path: 'l', content: 'own' },
      ],
    ]);
    assert.equal(tree.get('l')?.sha256, sha('own'));
    assert.equal(tree.get('l')?.hardlinkGroup, undefined);
  });

  it('duplicates in two different layers: each failed run teaches one layer, three runs in all', async () => {
    const { tree, attempts } = await mergeLikeExtraction([
      [
        { type: 'file', path: 'a', content: 'a1' },
        { type: 'file', path: 'a', content: 'a2' },
      ],
      [{ type: 'file', path: 'm', content: 'middle' }],
      [
        { type: 'file', path: 'b', content: 'b1' },
        { type: 'file', path: 'b', content: 'b2' },
      ],
    ]);
    assert.equal(tree.get('a')?.sha256, sha('a2'));
    assert.equal(tree.get('b')?.sha256, sha('b2'));
    assert.equal(attempts, 3);
  });

  it('a duplicate whose copies a newer layer hides needs no second run', async () => {
    const { tree, attempts } = await mergeLikeExtraction([
      [
        { type: 'file', path: 'x', content: '1' },
        { type: 'file', path: 'x', content: '2' },
      ],
      [{ type: 'file', path: 'x', content: '3' }],
    ]);
    assert.equal(tree.get('x')?.sha256, sha('3'));
    assert.equal(attempts, 1);
  });

  it('a duplicate hidden by a newer layer, where a newer link names its version: the link gets the later copy', async () => {
    const { tree, attempts } = await mergeLikeExtraction([
      [
        { type: 'file', path: 'x', content: 'first' },
        { type: 'file', path: 'x', content: 'second' },
      ],
      [{ type: 'hardlink', path: 'l', target: 'x' }],
      [{ type: 'whiteout', path: 'x' }],
    ]);
    assert.equal(tree.get('l')?.sha256, sha('second'));
    assert.equal(tree.has('x'), false);
    assert.equal(attempts, 2);
  });

  it('a file then a directory, under a directory a newer layer keeps: the children after the directory survive', async () => {
    const { tree } = await mergeLikeExtraction([
      [
        { type: 'file', path: 'p', content: 'file' },
        { type: 'dir', path: 'p' },
        { type: 'file', path: 'p/y', content: 'y' },
      ],
      [{ type: 'dir', path: 'p', mode: 0o750 }],
    ]);
    assert.deepEqual([...tree.keys()].sort(), ['p', 'p/y']);
    assert.equal(tree.get('p')?.mode, 0o750);
  });

  it('a newer link whose target is first a directory, then a file in one layer: the link gets the file', async () => {
    const { tree } = await mergeLikeExtraction([
      [
        { type: 'dir', path: 'b' },
        { type: 'file', path: 'b/c' },
        { type: 'file', path: 'b', content: 'file b' },
      ],
      [{ type: 'hardlink', path: 'a', target: 'b' }],
    ]);
    assert.equal(tree.get('a')?.sha256, sha('file b'));
    assert.equal(tree.get('a')?.hardlinkGroup, 'a');
  });

  it('a newer link to a directory that stays a directory is still an error naming both layers', async () => {
    await assert.rejects(
      runMerge([
        [
          { type: 'dir', path: 'b' },
          { type: 'file', path: 'b/c' },
        ],
        [{ type: 'hardlink', path: 'a', target: 'b' }],
      ]),
      /layer sha256:layer0: "b": is a directory, but hard link "a" in layer sha256:layer1 points at it/,
    );
  });

  it('a repeated directory: the later attributes win; an identical repeat costs no second run', async () => {
    const changed = await mergeLikeExtraction([
      [
        { type: 'dir', path: 'a', mode: 0o755, uid: 1 },
        { type: 'file', path: 'a/f' },
        { type: 'dir', path: './a/', mode: 0o700, uid: 2 },
      ],
    ]);
    assert.deepEqual([changed.tree.get('a')?.mode, changed.tree.get('a')?.uid], [0o700, 2]);
    assert.equal(changed.attempts, 2);
    const same = await mergeLikeExtraction([
      [
        { type: 'dir', path: 'a', mode: 0o755 },
        { type: 'file', path: 'a/f' },
        { type: 'dir', path: 'a', mode: 0o755 },
      ],
    ]);
    assert.equal(same.attempts, 1);
    assert.deepEqual(names(same.out), ['a', 'a/f']);
  });

  it('over kept base layers: a file-then-directory repeat hides the kept children with one opaque marker', async () => {
    const { out } = await mergeLikeExtraction(
      [
        [
          { type: 'file', path: 'd', content: 'f' },
          { type: 'dir', path: 'd' },
          { type: 'file', path: 'd/new' },
        ],
      ],
      [
        [
          { type: 'dir', path: 'd' },
          { type: 'file', path: 'd/kept' },
        ],
      ],
    );
    assert.deepEqual(names(out).sort(), ['d', 'd/.wh..wh..opq', 'd/new']);
  });

  it('a merged link into a kept layer that holds its target twice copies the later copy', async () => {
    const { tree } = await mergeLikeExtraction(
      [[{ type: 'hardlink', path: 'l', target: 't' }]],
      [
        [
          { type: 'file', path: 't', content: 'first' },
          { type: 'file', path: 't', content: 'second', xattrs: { 'user.x': 'y' } },
        ],
      ],
    );
    assert.equal(tree.get('l')?.sha256, sha('second'));
    assert.deepEqual(Object.keys(tree.get('l')?.xattrs ?? {}), ['user.x']);
  });
});

describe('rule 7 mechanics: DuplicatePathsError and hints', () => {
  const tarOf = async (entries: TarSpecEntry[]) => {
    const tar = await buildTar(entries);
    return { id: 'sha256:dups', open: () => Readable.from([tar]) };
  };

  it('without hints, the merge fails with the layer, the path and every repeat with its last copy', async () => {
    const layer = await tarOf([
      { type: 'dir', path: 'd' },
      { type: 'file', path: 'f', content: '1' },
      { type: 'whiteout', path: 'gone' },
      { type: 'file', path: 'd/x' },
      { type: 'file', path: 'f', content: '2' },
      { type: 'file', path: 'd', content: 'file now' },
      { type: 'dir', path: 'd' },
    ]);
    const { stream } = mergeLayers([layer]);
    await assert.rejects(buffer(stream), (error: unknown) => {
      assert.ok(error instanceof DuplicatePathsError);
      assert.ok(error instanceof FlattenError && error.kind === 'content');
      assert.equal(error.layerId, 'sha256:dups');
      assert.match(error.message, /^layer sha256:dups: "f" appears twice/);
      assert.ok(!error.message.includes('\n'));
      const expected: LayerDuplicates = new Map([
        ['f', { last: 4, lastIsDir: false, lastNonDir: 4 }],
        ['d', { last: 6, lastIsDir: true, lastNonDir: 5 }],
      ]);
      assert.deepEqual(new Map(error.duplicates), expected);
      // Every member the layer deletes itself: the first d (and d/x with it when the file d comes),
      // the first f, and the file d.
      assert.deepEqual([...(error.duplicates.deletedByLayer ?? [])].sort(), [0, 1, 3, 5]);
      return true;
    });
  });

  it('hints that do not list a repeated path are refused (the layer changed between reads)', async () => {
    const layer = await tarOf([
      { type: 'file', path: 'a' },
      { type: 'file', path: 'b' },
      { type: 'file', path: 'a' },
      { type: 'file', path: 'b' },
    ]);
    const { stream } = mergeLayers([layer], {
      duplicates: new Map([['sha256:dups', new Map([['a', { last: 2, lastIsDir: false, lastNonDir: 2 }]])]]),
    });
    await assert.rejects(buffer(stream), /sha256:dups: "b": the layer changed between two reads/);
  });
});
