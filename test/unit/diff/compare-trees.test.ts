import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { describe, it } from 'node:test';
import { applyLayer } from '../../../src/diff/apply-layer.ts';
import { compareTrees } from '../../../src/diff/compare-trees.ts';
import { describeDifference } from '../../../src/diff/describe-difference.ts';
import { emptyTree, type FsTree } from '../../../src/diff/fs-tree.ts';
import { createTarReader } from '../../../src/rootfs/tar-reader.ts';
import { buildTarSync, type TarSpecEntry } from '../../helpers/tar-builder.ts';

async function treeOf(entries: TarSpecEntry[]): Promise<FsTree> {
  const tree = emptyTree();
  await applyLayer(tree, createTarReader(Readable.from([buildTarSync(entries)]), 'layer'), 'layer');
  return tree;
}

describe('compareTrees', () => {
  it('reports each attribute that differs, in walk order, and nothing for equal entries', async () => {
    const a = await treeOf([
      { type: 'dir', path: 'd' },
      { type: 'file', path: 'd/f', content: 'same', mtime: 100 },
      { type: 'symlink', path: 'l', target: 'd/f' },
      { type: 'char', path: 'null', devmajor: 1, devminor: 3 },
      { type: 'file', path: 'a-b', content: 'x', uid: 1 },
      { type: 'fifo', path: 'p' },
    ]);
    const b = await treeOf([
      { type: 'dir', path: 'd', mode: 0o2775 },
      { type: 'file', path: 'd/f', content: 'same', mtime: 200.5 },
      { type: 'symlink', path: 'l', target: 'd/g' },
      { type: 'char', path: 'null', devmajor: 1, devminor: 5 },
      { type: 'file', path: 'a-b', content: 'y', uid: 2 },
      { type: 'file', path: 'p' },
      { type: 'file', path: 'new\n' },
    ]);
    const { differences, entriesA, entriesB } = compareTrees(a, b);
    assert.equal(entriesA, 6);
    assert.equal(entriesB, 7);
    assert.deepEqual(differences.map(describeDifference), [
      '~ "a-b": uid 1 -> 2, content sha256:2d711642b726… (1 bytes) -> sha256:a1fce4363854… (1 bytes)',
      '~ "d": mode 0755 -> 2775',
      '~ "l": symlink target "d/f" -> "d/g"',
      '+ "new\\x0a"',
      '~ "null": device 1:3 -> 1:5',
      '~ "p": type fifo -> file',
    ]);
    // mtime only with `times`, and only for non-directories; 200.5 comes from a PAX record.
    const timed = compareTrees(a, b, { times: true }).differences.find((d) => d.path === 'd/f');
    assert.deepEqual(timed?.changes, [{ field: 'mtime', a: '100', b: '200.5' }]);
  });

  it('a tree equals itself', async () => {
    const a = await treeOf([
      { type: 'file', path: 'f', xattrs: { 'user.x': '1' } },
      { type: 'hardlink', path: 'g', target: 'f' },
    ]);
    assert.deepEqual(compareTrees(a, a, { times: true }).differences, []);
  });
});
