import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { byteStringOf } from '../../../src/rootfs/display-name.ts';
import { createMemberIndex } from '../../../src/rootfs/member-index.ts';
import { createNameArena } from '../../../src/rootfs/name-arena.ts';
import { createPathTree, type PathTree } from '../../../src/rootfs/path-tree.ts';
import { seededRandom } from '../../helpers/seeded-random.ts';

const random = seededRandom;

const NAMES = ['a', 'b', 'usr', 'lib', 'x86_64-linux-gnu', byteStringOf('ünï'), '\xff\xfe', 'wide-日本', '', '.wh.a', 'file-1.txt'];

/** Paths made of a few names, some deep, some with empty parts or a leading or trailing slash. */
function randomPaths(count: number, seed: number): string[] {
  const next = random(seed);
  const paths: string[] = [];
  for (let i = 0; i < count; i++) {
    const depth = 1 + Math.floor(next() * 6);
    const parts: string[] = [];
    for (let d = 0; d < depth; d++) parts.push(NAMES[Math.floor(next() * NAMES.length)] as string);
    if (next() < 0.3) parts.push(`n${Math.floor(next() * 500)}`);
    paths.push(parts.join('/'));
  }
  return paths;
}

function parentOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash === -1 ? '' : path.slice(0, slash);
}

/** Checks the tree against a Map from path to id: same path same id, another path another id. */
function checkAgainstMap(tree: PathTree, paths: string[]): void {
  const ids = new Map<string, number>([['', 0]]);
  for (const path of paths) {
    const before = tree.find(path);
    const id = tree.intern(path);
    const known = ids.get(path);
    if (known === undefined) {
      // Another path may have interned this one as an ancestor.
      assert.ok(before === -1 || before === id, `find(${JSON.stringify(path)}) before intern`);
      ids.set(path, id);
    } else {
      assert.equal(id, known, `intern(${JSON.stringify(path)}) again`);
      assert.equal(before, known);
    }
  }
  const seenIds = new Set<number>();
  for (const [path, id] of ids) {
    assert.equal(tree.find(path), id, `find(${JSON.stringify(path)})`);
    assert.ok(!seenIds.has(id), `id ${id} given to two paths`);
    seenIds.add(id);
    assert.equal(tree.pathOf(id), path);
    // The parent's path, not find(parent): "/a" lies below an empty name, not below the root.
    if (path !== '') assert.equal(tree.pathOf(tree.parent(id)), parentOf(path), `parent of ${JSON.stringify(path)}`);
  }
  assert.equal(tree.parent(0), -1);
  assert.ok(tree.size >= ids.size);
}

describe('path tree: paths interned as (parent id, name) nodes', () => {
  it('gives every path one id, finds it again, and walks its parents, across table and arena growth', () => {
    const tree = createPathTree({ initialCapacity: 16 });
    const paths = randomPaths(20_000, 17);
    checkAgainstMap(tree, paths);
    assert.equal(tree.find('never/interned'), -1);
    assert.equal(tree.find('a/never'), -1);
    assert.equal(tree.find(''), 0);
    assert.equal(tree.intern(''), 0);
  });

  it('stays right when every name hashes alike (each lookup probes past the others)', () => {
    const tree = createPathTree({ initialCapacity: 16, mixHash: () => 7 });
    checkAgainstMap(tree, randomPaths(1500, 99));
  });

  it('tells apart names that differ only in a wide char or a byte above 0x7f', () => {
    const tree = createPathTree();
    const names = ['d/é', 'd/\xe9\x00', 'd/\u00e9', 'd/\u01e9', 'd/\u0100', 'd/\x00\x01', 'd/\x01'];
    const ids = names.map((name) => tree.intern(name));
    assert.equal(new Set(ids).size, new Set(names).size);
    names.forEach((name, i) => {
      assert.equal(tree.find(name), ids[i]);
      assert.equal(tree.pathOf(ids[i] as number), name);
    });
  });

  it('keeps paths that differ only in empty parts apart ("a/b", "a//b", "/a/b", "a/b/")', () => {
    const tree = createPathTree();
    const names = ['a/b', 'a//b', '/a/b', 'a/b/', 'a', '/a'];
    const ids = names.map((name) => tree.intern(name));
    assert.equal(new Set(ids).size, names.length);
    names.forEach((name, i) => {
      assert.equal(tree.find(name), ids[i], name);
    });
  });

  it('refuses an id it never gave', () => {
    const tree = createPathTree();
    assert.throws(() => tree.parent(5), RangeError);
    assert.throws(() => tree.pathOf(-1), RangeError);
  });
});

describe('member index: a layer members by path, on the tree', () => {
  it('answers like a Map from path to handle or object, objects replaced in place', () => {
    const tree = createPathTree({ initialCapacity: 16 });
    const index = createMemberIndex<{ state: string }>(tree);
    const model = new Map<string, number | { state: string }>();
    const next = random(5);
    const paths = randomPaths(3000, 23);
    for (const path of paths) {
      const roll = next();
      const value = roll < 0.7 ? Math.floor(next() * (2 ** 31 - 1)) : { state: `s${Math.floor(roll * 100)}` };
      index.set(path, value);
      model.set(path, value);
      const probe = paths[Math.floor(next() * paths.length)] as string;
      assert.equal(index.has(probe), model.has(probe));
      assert.equal(index.get(probe), model.get(probe));
    }
    for (const [path, value] of model) assert.equal(index.get(path), value);
    assert.equal(index.size, model.size);
    assert.equal(index.get('not/a/member'), undefined);
    assert.equal(index.has('not/a/member'), false);
    // Lookups do not add paths to the tree.
    assert.equal(tree.find('not/a/member'), -1);
    assert.equal(index.get('a'), model.get('a'));
  });

  it('keeps handle 0 apart from no member, and refuses a handle that is negative, fractional or too large', () => {
    const index = createMemberIndex<object>(createPathTree());
    index.set('x', 0);
    assert.equal(index.get('x'), 0);
    assert.equal(index.has('x'), true);
    assert.throws(() => index.set('y', -1), RangeError);
    assert.throws(() => index.set('y', 1.5), RangeError);
    index.set('z', 2 ** 31 - 2);
    assert.equal(index.get('z'), 2 ** 31 - 2);
    assert.throws(() => index.set('y', 2 ** 31 - 1), RangeError);
  });
});

describe('name arena: names as bytes in fixed pages', () => {
  it('gives back every name across page ends, long headers, wide chars and a name larger than a page', () => {
    const arena = createNameArena();
    const names = ['', 'a', 'x'.repeat(127), 'y'.repeat(128), 'z'.repeat(20_000), '\xff\x00\x80', 'wide-日本', `${'w'.repeat(300_000)}日`];
    for (let i = 0; i < 30_000; i++) names.push(`file-${i}.txt`);
    const refs = names.map((name) => arena.add(`/${name}/`, 1, name.length + 1));
    names.forEach((name, i) => {
      const ref = refs[i] as number;
      assert.equal(arena.text(ref), name);
      assert.equal(arena.equals(ref, `[${name}]`, 1, name.length + 1), true);
      assert.equal(arena.equals(ref, `${name}!`, 0, name.length + 1), false);
      if (name.length > 0) assert.equal(arena.equals(ref, `${name.slice(0, -1)}?`, 0, name.length), false);
      const codes = arena.fold(ref, 0, (sum, code) => sum + code);
      assert.equal(
        codes,
        [...name].reduce((sum, char) => sum + (char.codePointAt(0) as number), 0),
      );
    });
    assert.ok(arena.bytes >= 300_000 * 2 + 20_000, `${arena.bytes} bytes of pages`);
    assert.throws(() => arena.text(2 ** 31), RangeError);
  });
});
