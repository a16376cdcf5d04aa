/**
 * Members under symlinked parents (issue 12, docs/containerd-parity.md): the merged layer, extracted,
 * equals the layers applied one by one by the reference, which follows symlinked parents as the
 * kernel and containerd do. Named regressions from the issue, plus the cost rules: an image
 * without such members is read once, one with them is merged again after a headers-only pass.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FlattenError } from '../../../src/errors.ts';
import { applyLayers, cleanPath, extractTar, parseTar } from '../../helpers/reference-extractor.ts';
import type { TarSpecEntry } from '../../helpers/tar-builder.ts';
import { runMerge } from './merge-run.ts';

/** Debian 12's merged /usr, reduced. */
const MERGED_USR: TarSpecEntry[] = [
  { type: 'dir', path: 'usr/' },
  { type: 'dir', path: 'usr/bin/' },
  { type: 'file', path: 'usr/bin/tool', content: 'tool' },
  { type: 'dir', path: 'usr/lib/' },
  { type: 'file', path: 'usr/lib/old.so', content: 'old' },
  { type: 'file', path: 'usr/lib/keep.so', content: 'keep' },
  { type: 'symlink', path: 'bin', target: 'usr/bin' },
  { type: 'symlink', path: 'lib', target: '/usr/lib' },
  { type: 'dir', path: 'etc/' },
  { type: 'file', path: 'etc/passwd', content: 'root:x:0:0' },
];

async function mergedTree(specs: TarSpecEntry[][], lower: TarSpecEntry[][] = []) {
  const run = await runMerge(specs, { lower });
  return { ...run, tree: await extractTar(run.out), expected: await applyLayers([...run.lowerTars, ...run.tars]) };
}

describe('symlinked parents are followed as containerd follows them', () => {
  it('a tar-built layer writing bin/app over merged /usr lands in usr/bin, and the whiteout lib/.wh.old.so deletes usr/lib/old.so', async () => {
    const { tree, expected, out, opens, attempts } = await mergedTree([
      MERGED_USR,
      [
        { type: 'file', path: 'bin/app', content: 'app', mode: 0o755 },
        { type: 'whiteout', path: 'lib/old.so' },
      ],
    ]);
    assert.deepEqual(tree, expected);
    assert.equal(tree.get('usr/bin/app')?.sha256 !== undefined, true);
    assert.equal(tree.has('usr/lib/old.so'), false);
    assert.equal(tree.get('bin')?.linkTarget, 'usr/bin');
    const names = parseTar(out).map((member) => cleanPath(member.name));
    assert.ok(names.includes('usr/bin/app') && !names.includes('bin/app'), names.join(' '));
    // First run stopped at the base's `bin`; a headers-only pass, then the second run.
    assert.equal(attempts, 2);
    assert.deepEqual(opens, [3, 3]);
  });

  it('a -> / then a/etc/passwd in one layer writes etc/passwd (it was dropped silently)', async () => {
    const { tree, expected } = await mergedTree([
      MERGED_USR,
      [
        { type: 'symlink', path: 'a', target: '/' },
        { type: 'file', path: 'a/etc/passwd', content: 'new' },
      ],
    ]);
    assert.deepEqual(tree, expected);
    assert.equal(tree.get('etc/passwd')?.size, 3);
    assert.equal(tree.has('a/etc/passwd'), false);
  });

  it('chained, relative-with-.., and climbing-above-the-root targets; hard links through symlinked parents', async () => {
    const { tree, expected } = await mergedTree([
      MERGED_USR,
      [
        { type: 'symlink', path: 'l2', target: 'lib' },
        { type: 'dir', path: 'opt/' },
        { type: 'symlink', path: 'opt/up', target: '../../../usr' },
      ],
      [
        { type: 'file', path: 'l2/via-chain.so', content: 'c' },
        { type: 'file', path: 'opt/up/bin/via-up', content: 'u' },
        { type: 'hardlink', path: 'bin/tool-link', target: 'lib/../bin/tool' },
        { type: 'hardlink', path: 'etc/tool2', target: 'bin/tool' },
      ],
    ]);
    assert.deepEqual(tree, expected);
    assert.ok(tree.has('usr/lib/via-chain.so'));
    assert.ok(tree.has('usr/bin/via-up'));
    assert.equal(tree.get('etc/tool2')?.hardlinkGroup, tree.get('usr/bin/tool')?.hardlinkGroup);
  });

  it('a dangling symlink as parent creates its target directory; a newer directory in place of the link is not followed', async () => {
    const { tree, expected } = await mergedTree([
      [{ type: 'symlink', path: 'd', target: 'nowhere/deep' }, ...MERGED_USR],
      [{ type: 'file', path: 'd/x', content: 'x' }],
      [
        { type: 'dir', path: 'bin/' },
        { type: 'file', path: 'bin/own', content: 'own' },
      ],
    ]);
    assert.deepEqual(tree, expected);
    assert.ok(tree.has('nowhere/deep/x'));
    assert.equal(tree.get('bin')?.type, 'dir');
    assert.ok(tree.has('bin/own') && !tree.has('usr/bin/own'));
  });

  it('an opaque marker under a symlinked parent empties the real directory', async () => {
    const { tree, expected } = await mergedTree([
      MERGED_USR,
      [
        { type: 'opaque', path: 'lib' },
        { type: 'file', path: 'lib/new.so', content: 'n' },
      ],
    ]);
    assert.deepEqual(tree, expected);
    assert.deepEqual(
      [...tree.keys()].filter((path) => path.startsWith('usr/lib/')),
      ['usr/lib/new.so'],
    );
  });

  it('with kept base layers: markers name the resolved paths', async () => {
    const run = await runMerge(
      [
        [
          { type: 'file', path: 'bin/app', content: 'a' },
          { type: 'whiteout', path: 'lib/old.so' },
        ],
      ],
      { lower: [MERGED_USR] },
    );
    assert.deepEqual(await applyLayers([...run.lowerTars, run.out]), await applyLayers([...run.lowerTars, ...run.tars]));
    const names = parseTar(run.out).map((member) => cleanPath(member.name));
    assert.ok(names.includes('usr/lib/.wh.old.so'), names.join(' '));
  });

  it('with kept base layers: a merged directory replacing a kept symlink is written before the newer members below it', async () => {
    const run = await runMerge(
      [
        [
          { type: 'dir', path: 'bin/', mode: 0o750 },
          { type: 'file', path: 'bin/own', content: 'o' },
        ],
        [{ type: 'file', path: 'bin/newer', content: 'n' }],
      ],
      { lower: [MERGED_USR] },
    );
    const tree = await applyLayers([...run.lowerTars, run.out]);
    assert.deepEqual(tree, await applyLayers([...run.lowerTars, ...run.tars]));
    assert.equal(tree.get('bin')?.type, 'dir');
    assert.equal(tree.get('bin')?.mode, 0o750);
    assert.ok(tree.has('bin/newer') && !tree.has('usr/bin/newer'));
    const names = parseTar(run.out).map((member) => cleanPath(member.name));
    assert.equal(names.filter((name) => name === 'bin').length, 1, names.join(' '));
    assert.ok(names.indexOf('bin') < names.indexOf('bin/newer'), names.join(' '));
  });

  it('a symlink loop among the parents is an error naming the layer and the path', async () => {
    await assert.rejects(
      runMerge([
        [
          { type: 'symlink', path: 'x', target: 'y' },
          { type: 'symlink', path: 'y', target: 'x' },
        ],
        [{ type: 'file', path: 'x/f', content: 'f' }],
      ]),
      (error: unknown) =>
        error instanceof FlattenError &&
        error.kind === 'content' &&
        /layer sha256:layer1: "x\/f": too many levels of symbolic links/.test(error.message),
    );
  });

  it('costs nothing without symlinked parents: one run, each layer opened once', async () => {
    const { tree, expected, opens, attempts } = await mergedTree([
      MERGED_USR,
      [
        { type: 'dir', path: 'usr/' },
        { type: 'dir', path: 'usr/bin/' },
        { type: 'file', path: 'usr/bin/app', content: 'a' },
      ],
    ]);
    assert.deepEqual(tree, expected);
    assert.equal(attempts, 1);
    assert.deepEqual(opens, [1, 1]);
  });
});
