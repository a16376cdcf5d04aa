/** Named cases, one describe per rule of design.md section 1 and section 3. */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { FlattenError } from '../../../src/errors.ts';
import { applyLayers, cleanPath, extractTar, parseTar } from '../../helpers/reference-extractor.ts';
import type { TarSpecEntry } from '../../helpers/tar-builder.ts';
import { runMerge } from './merge-run.ts';

const names = (tar: Buffer): string[] => parseTar(tar).map((member) => cleanPath(member.name));

async function assertMergeMatchesReference(specs: TarSpecEntry[][]): Promise<Buffer> {
  const { out, tars } = await runMerge(specs);
  assert.deepEqual(await extractTar(out), await applyLayers(tars));
  return out;
}

const contentErrorMatching =
  (pattern: RegExp) =>
  (error: unknown): boolean => {
    assert.ok(error instanceof FlattenError, `expected FlattenError, got ${String(error)}`);
    assert.equal(error.kind, 'content');
    assert.match(error.message, pattern);
    assert.ok(!error.message.includes('\n'), 'message is one line');
    return true;
  };

describe('rule 1: markers act where they stand in their tar, as containerd applies them', () => {
  it('a whiteout after a same-layer file deletes that file too (containerd; the image spec would keep it)', async () => {
    const out = await assertMergeMatchesReference([
      [
        { type: 'file', path: 'x', content: 'old' },
        { type: 'file', path: 'y' },
      ],
      [
        { type: 'file', path: 'x', content: 'new' },
        { type: 'whiteout', path: 'x' },
      ],
    ]);
    assert.deepEqual(names(out), ['y']);
  });
  it('a whiteout before a same-layer file leaves that file', async () => {
    const out = await assertMergeMatchesReference([
      [{ type: 'file', path: 'x', content: 'old' }],
      [
        { type: 'whiteout', path: 'x' },
        { type: 'file', path: 'x', content: 'new' },
      ],
    ]);
    assert.deepEqual(names(out), ['x']);
  });
  it('an opaque marker deletes the same-layer members in directories the layer has no entry for (a tar made from a file list)', async () => {
    const out = await assertMergeMatchesReference([
      [
        { type: 'dir', path: 'd' },
        { type: 'dir', path: 'd/sub' },
        { type: 'file', path: 'd/sub/old' },
      ],
      [
        { type: 'file', path: 'd/sub/listed' },
        { type: 'file', path: 'd/implicit/listed' },
        { type: 'dir', path: 'd/own' },
        { type: 'file', path: 'd/own/kept' },
        { type: 'file', path: 'd/kept' },
        { type: 'opaque', path: 'd' },
        { type: 'file', path: 'd/sub/after' },
      ],
    ]);
    assert.deepEqual(names(out).sort(), ['d', 'd/kept', 'd/own', 'd/own/kept', 'd/sub/after']);
  });
  it('a hard link made before a same-layer whiteout of its target keeps the inode', async () => {
    const out = await assertMergeMatchesReference([
      [{ type: 'file', path: 'a', content: 'kept by the link' }],
      [
        { type: 'hardlink', path: 'b', target: 'a' },
        { type: 'whiteout', path: 'a' },
      ],
    ]);
    assert.deepEqual(names(out), ['b']);
  });
  it('an opaque marker at the end of its tar hides only older children', async () => {
    const out = await assertMergeMatchesReference([
      [
        { type: 'dir', path: 'd' },
        { type: 'file', path: 'd/old' },
      ],
      [
        { type: 'dir', path: 'd' },
        { type: 'file', path: 'd/new' },
        { type: 'opaque', path: 'd' },
      ],
    ]);
    assert.deepEqual(names(out).sort(), ['d', 'd/new']);
  });
  it('opaque markers are matched exactly: .wh..wh..opqX does not erase the directory', async () => {
    const warnings: string[] = [];
    const { out } = await runMerge(
      [
        [
          { type: 'dir', path: 'd' },
          { type: 'file', path: 'd/keep' },
        ],
        [{ type: 'file', path: 'd/.wh..wh..opqX' }],
      ],
      { onWarning: (message) => warnings.push(message) },
    );
    assert.deepEqual(names(out).sort(), ['d', 'd/keep']);
    assert.match(warnings.join('\n'), /AUFS metadata/);
  });
});

describe('rule 2: an entry is skipped when it or an ancestor is emitted as a non-directory, whited out, or under an opaque directory, by a newer layer', () => {
  it('directory replaced by a regular file hides the old subtree (docker-squash #253)', async () => {
    const out = await assertMergeMatchesReference([
      [
        { type: 'dir', path: 'a' },
        { type: 'file', path: 'a/b', content: 'x' },
      ],
      [{ type: 'file', path: 'a', content: 'now a file' }],
    ]);
    assert.deepEqual(names(out), ['a']);
  });
  it('directory replaced by a symlink, and a file replaced by a directory', async () => {
    await assertMergeMatchesReference([
      [
        { type: 'dir', path: 'a' },
        { type: 'file', path: 'a/b' },
        { type: 'file', path: 'f' },
      ],
      [
        { type: 'symlink', path: 'a', target: '/elsewhere' },
        { type: 'dir', path: 'f' },
        { type: 'file', path: 'f/g' },
      ],
    ]);
  });
  it('a hidden non-directory still deletes the older subtree below it', async () => {
    const out = await assertMergeMatchesReference([
      [
        { type: 'dir', path: 'a' },
        { type: 'file', path: 'a/old' },
      ],
      [{ type: 'file', path: 'a' }],
      [{ type: 'dir', path: 'a', mode: 0o700 }],
    ]);
    assert.deepEqual(names(out), ['a']);
  });
  it('a directory re-created after a whiteout shows only its new children (go-containerregistry PR #2191)', async () => {
    const out = await assertMergeMatchesReference([
      [
        { type: 'dir', path: 'a' },
        { type: 'file', path: 'a/old' },
      ],
      [
        { type: 'whiteout', path: 'a' },
        { type: 'dir', path: 'a' },
        { type: 'file', path: 'a/new' },
      ],
    ]);
    assert.deepEqual(names(out).sort(), ['a', 'a/new']);
  });
  it('the newest directory metadata wins and the directory is written once', async () => {
    const { out } = await runMerge([
      [{ type: 'dir', path: 'a', mode: 0o755, uid: 1 }],
      [{ type: 'dir', path: './a/', mode: 0o700, uid: 2 }],
    ]);
    const members = parseTar(out);
    assert.equal(members.length, 1);
    assert.equal(members[0]?.mode, 0o700);
    assert.equal(members[0]?.uid, 2);
  });
});

describe('rule 3: whiteout files and opaque markers never appear in the output', () => {
  it('drops markers whose targets do not exist and markers that did their work', async () => {
    const out = await assertMergeMatchesReference([
      [
        { type: 'file', path: 'x' },
        { type: 'dir', path: 'd' },
        { type: 'file', path: 'd/y' },
      ],
      [
        { type: 'whiteout', path: 'x' },
        { type: 'whiteout', path: 'ghost' },
        { type: 'opaque', path: 'd' },
      ],
    ]);
    assert.deepEqual(names(out), ['d']);
  });
});

describe('rule 4: a hard link names its target as it was when its layer was applied', () => {
  it('target in the same layer: written as a link after it', async () => {
    const out = await assertMergeMatchesReference([
      [
        { type: 'file', path: 't', content: 'data' },
        { type: 'hardlink', path: 'l', target: 't' },
      ],
    ]);
    assert.deepEqual(names(out), ['t', 'l']);
  });
  it('target in an older layer that survives: the link is held and written right after the target', async () => {
    const out = await assertMergeMatchesReference([
      [
        { type: 'file', path: 't', content: 'data' },
        { type: 'file', path: 'other' },
      ],
      [{ type: 'hardlink', path: 'l', target: 't' }],
    ]);
    const order = names(out);
    assert.equal(order.indexOf('l'), order.indexOf('t') + 1);
  });
  it('target created then removed by a newer layer keeps its content under the link (go-containerregistry #977)', async () => {
    const { out, tars, opens } = await runMerge([
      [
        { type: 'file', path: 'bin/perl5', content: 'perl', mode: 0o755 },
        { type: 'hardlink', path: 'bin/perl', target: 'bin/perl5' },
      ],
      [{ type: 'whiteout', path: 'bin/perl5' }],
    ]);
    const tree = await extractTar(out);
    assert.deepEqual(tree, await applyLayers(tars));
    assert.equal(tree.get('bin/perl')?.type, 'file');
    assert.equal(tree.get('bin/perl')?.mode, 0o755);
    // The target's bytes went by before the link was seen: the layer is read a second time.
    assert.deepEqual(opens, [2, 1]);
  });
  it('link to a target overwritten by a newer layer keeps the old content (go-containerregistry #2002)', async () => {
    const { out, tars } = await runMerge([
      [{ type: 'file', path: 't1', content: 'one' }],
      [{ type: 'hardlink', path: 't2', target: 't1' }],
      [
        { type: 'file', path: 't1', content: 'three' },
        { type: 'hardlink', path: 't3', target: 't1' },
      ],
    ]);
    const tree = await extractTar(out);
    assert.deepEqual(tree, await applyLayers(tars));
    assert.equal(tree.get('t2')?.sha256, createHash('sha256').update('one').digest('hex'));
    assert.equal(tree.get('t1')?.sha256, createHash('sha256').update('three').digest('hex'));
    assert.equal(tree.get('t3')?.hardlinkGroup, 't1');
  });
  it('further links to a hidden target become links to the first surviving link', async () => {
    const { out, tars, opens } = await runMerge([
      [{ type: 'file', path: 't', content: 'data' }],
      [
        { type: 'hardlink', path: 'l1', target: 't' },
        { type: 'hardlink', path: 'l2', target: 't' },
      ],
      [{ type: 'whiteout', path: 't' }],
    ]);
    const tree = await extractTar(out);
    assert.deepEqual(tree, await applyLayers(tars));
    assert.equal(tree.get('l2')?.hardlinkGroup, 'l1');
    assert.deepEqual(opens, [1, 1, 1]);
  });
  it('link chains across layers resolve to the file they reach', async () => {
    await assertMergeMatchesReference([
      [{ type: 'file', path: 't', content: 'data' }],
      [{ type: 'hardlink', path: 'l1', target: 't' }],
      [
        { type: 'hardlink', path: 'l2', target: 'l1' },
        { type: 'file', path: 'l1', content: 'replaced' },
      ],
    ]);
  });
  it('a link header carries its target mode, uid, gid and mtime', async () => {
    const { out } = await runMerge([
      [{ type: 'file', path: 't', content: 'data', mode: 0o4750, uid: 5, gid: 6, mtime: 1234 }],
      [{ type: 'hardlink', path: 'l', target: 't', mode: 0o600, uid: 9, gid: 9, mtime: 99 }],
    ]);
    const link = parseTar(out).find((member) => member.name === 'l');
    assert.deepEqual([link?.typeflag, link?.mode, link?.uid, link?.gid], ['1', 0o4750, 5, 6]);
  });
  it('a link whose target never appears is an error naming the layer and both paths', async () => {
    await assert.rejects(
      runMerge([[{ type: 'file', path: 'x' }], [{ type: 'hardlink', path: 'l', target: 'missing' }]]),
      contentErrorMatching(/sha256:layer1.*"l".*"missing"/),
    );
  });
  it("missingLinkTarget 'drop' drops the link with a warning", async () => {
    const warnings: string[] = [];
    const { out } = await runMerge(
      [
        [
          { type: 'hardlink', path: 'l', target: 'missing' },
          { type: 'file', path: 'x' },
        ],
      ],
      {
        missingLinkTarget: 'drop',
        onWarning: (message) => warnings.push(message),
      },
    );
    assert.deepEqual(names(out), ['x']);
    assert.match(warnings.join(''), /"l" -> "missing"/);
  });
  it('a link to a directory is an error', async () => {
    await assert.rejects(
      runMerge([
        [
          { type: 'dir', path: 'd' },
          { type: 'hardlink', path: 'l', target: 'd' },
        ],
      ]),
      contentErrorMatching(/hard link to directory "d"/),
    );
  });
});

describe('rule 5: keep every tar attribute that extraction uses', () => {
  it('keeps setuid/sticky modes, big ids, names, xattrs, long names, devices, fifos, empty files', async () => {
    const long = `deep/${'n'.repeat(120)}/${'m'.repeat(150)}/file`;
    const { out } = await runMerge([
      [
        { type: 'file', path: 'suid', content: 'x', mode: 0o4755, uid: 3_000_000, gid: 2_500_000, uname: 'u'.repeat(40), gname: 'g' },
        { type: 'dir', path: 'tmp', mode: 0o1777 },
        { type: 'file', path: 'cap', content: 'y', xattrs: { 'security.capability': new Uint8Array([1, 0, 0, 2, 0x20, 0, 0, 0, 0xff]) } },
        { type: 'file', path: long, content: 'z' },
        { type: 'symlink', path: 'ln', target: `/${'t'.repeat(200)}` },
        { type: 'char', path: 'dev/null', devmajor: 1, devminor: 3 },
        { type: 'block', path: 'dev/sda', devmajor: 8, devminor: 0 },
        { type: 'fifo', path: 'pipe' },
        { type: 'file', path: 'empty' },
        { type: 'file', path: 'precise', content: 'p', mtime: 1_700_000_000.25 },
      ],
    ]);
    const members = new Map(parseTar(out).map((member) => [cleanPath(member.name), member]));
    const suid = members.get('suid');
    assert.deepEqual(
      [suid?.mode, suid?.uid, suid?.gid, suid?.pax.get('uname')?.toString()],
      [0o4755, 3_000_000, 2_500_000, 'u'.repeat(40)],
    );
    assert.equal(members.get('tmp')?.mode, 0o1777);
    assert.deepEqual([...(members.get('cap')?.pax.get('SCHILY.xattr.security.capability') ?? [])], [1, 0, 0, 2, 0x20, 0, 0, 0, 0xff]);
    assert.equal(members.get(long)?.body.toString(), 'z');
    assert.equal(members.get('ln')?.linkname, `/${'t'.repeat(200)}`);
    assert.deepEqual(
      [members.get('dev/null')?.typeflag, members.get('dev/null')?.devmajor, members.get('dev/null')?.devminor],
      ['3', 1, 3],
    );
    assert.equal(members.get('dev/sda')?.typeflag, '4');
    assert.equal(members.get('pipe')?.typeflag, '6');
    assert.equal(members.get('empty')?.size, 0);
    assert.equal(members.get('precise')?.pax.get('mtime')?.toString(), '1700000000.25');
  });
});

describe('rule 6: untrusted input is rejected with an error naming the layer digest and the path', () => {
  it('a name that escapes the root', async () => {
    await assert.rejects(
      runMerge([[{ type: 'file', path: 'a/../../etc/passwd' }]]),
      contentErrorMatching(/sha256:layer0.*"a\/\.\.\/\.\.\/etc\/passwd".*escapes the root/),
    );
  });
  it('a hard link target that escapes the root', async () => {
    await assert.rejects(
      runMerge([[{ type: 'hardlink', path: 'l', target: '../../etc/shadow' }]]),
      contentErrorMatching(/sha256:layer0.*"l".*escapes the root/),
    );
  });
  it('a bare .wh. whiteout', async () => {
    await assert.rejects(runMerge([[{ type: 'file', path: 'd/.wh.' }]]), contentErrorMatching(/sha256:layer0.*"d\/\.wh\.".*bare whiteout/));
  });
  it('absolute names are normalised, absolute and .. symlink targets are kept as data, a root . entry is legal', async () => {
    const out = await assertMergeMatchesReference([
      [
        { type: 'dir', path: '.', mode: 0o755 },
        { type: 'file', path: '/etc/hosts', content: 'h' },
        { type: 'symlink', path: 'lib64', target: '/usr/lib64' },
        { type: 'symlink', path: 'up', target: '../../x' },
      ],
    ]);
    assert.deepEqual(names(out), ['', 'etc/hosts', 'lib64', 'up']);
  });
});

describe('rule 7: duplicate paths inside one layer', () => {
  it('a repeated directory is written once', async () => {
    const { out } = await runMerge([
      [
        { type: 'dir', path: '.' },
        { type: 'dir', path: './' },
        { type: 'dir', path: 'a' },
        { type: 'dir', path: './a' },
      ],
    ]);
    assert.deepEqual(names(out), ['', 'a']);
  });
  it('a repeated non-directory that was already written: the later one wins, written once (more cases in duplicates.test.ts)', async () => {
    const out = await assertMergeMatchesReference([
      [
        { type: 'file', path: 'x', content: '1' },
        { type: 'file', path: './x', content: '2' },
      ],
    ]);
    assert.deepEqual(names(out), ['x']);
    assert.equal(parseTar(out)[0]?.body.toString(), '2');
  });
  it('a repeated path hidden by a newer layer is simply skipped', async () => {
    await assertMergeMatchesReference([
      [
        { type: 'file', path: 'x', content: '1' },
        { type: 'file', path: 'x', content: '2' },
      ],
      [{ type: 'file', path: 'x', content: '3' }],
    ]);
  });
});

describe('section 3: keeping base layers: the merged layer carries exactly the markers needed', () => {
  it('re-emits a whiteout for a kept file deleted above, and nothing for files that were not', async () => {
    const { out, lowerTars } = await runMerge(
      [
        [
          { type: 'whiteout', path: 'etc/old' },
          { type: 'file', path: 'etc/new' },
        ],
      ],
      {
        lower: [
          [
            { type: 'dir', path: 'etc' },
            { type: 'file', path: 'etc/old' },
            { type: 'file', path: 'etc/keep' },
          ],
        ],
      },
    );
    assert.deepEqual(names(out).sort(), ['etc/.wh.old', 'etc/new']);
    const tree = await applyLayers([...lowerTars, out]);
    assert.deepEqual([...tree.keys()].sort(), ['etc', 'etc/keep', 'etc/new']);
  });
  it('a kept directory deleted then re-created above gets one opaque marker, no nested markers', async () => {
    const { out } = await runMerge(
      [
        [{ type: 'whiteout', path: 'd' }],
        [
          { type: 'dir', path: 'd' },
          { type: 'file', path: 'd/new' },
        ],
      ],
      {
        lower: [
          [
            { type: 'dir', path: 'd' },
            { type: 'dir', path: 'd/sub' },
            { type: 'file', path: 'd/sub/x' },
            { type: 'file', path: 'd/y' },
          ],
        ],
      },
    );
    assert.deepEqual(names(out).sort(), ['d', 'd/.wh..wh..opq', 'd/new']);
  });
  it('a merged hard link into a kept layer stays a link to the kept file, which stands in the final tree', async () => {
    const { out, lowerTars, tars } = await runMerge([[{ type: 'hardlink', path: 'l', target: 't' }]], {
      lower: [[{ type: 'file', path: 't', content: 'kept bytes' }]],
    });
    assert.deepEqual(
      parseTar(out).map((member) => [member.name, member.typeflag, member.linkname]),
      [['l', '1', 't']],
    );
    const merged = await applyLayers([...lowerTars, out]);
    assert.deepEqual(merged, await applyLayers([...lowerTars, ...tars]));
    assert.equal(merged.get('l')?.hardlinkGroup, 'l');
  });

  it('a merged hard link into a kept file that the merged layers replace becomes a copy of the kept bytes', async () => {
    const { out, lowerTars, tars } = await runMerge(
      [[{ type: 'hardlink', path: 'l', target: 't' }], [{ type: 'file', path: 't', content: 'newer' }]],
      {
        lower: [[{ type: 'file', path: 't', content: 'kept bytes' }]],
      },
    );
    const copy = parseTar(out).find((member) => member.name === 'l');
    assert.equal(copy?.typeflag, '0');
    assert.equal(copy?.body.toString(), 'kept bytes');
    assert.deepEqual(await applyLayers([...lowerTars, out]), await applyLayers([...lowerTars, ...tars]));
  });
});
