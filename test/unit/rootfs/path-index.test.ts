import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  createPathIndex,
  EMITTED_DIR,
  EMITTED_OTHER,
  HAS_EMITTED_CHILD,
  OPAQUE,
  PARENT_USED,
  type PathIndex,
  REPLACED,
  WHITED_OUT,
} from '../../../src/rootfs/path-index.ts';
import { createPathTree } from '../../../src/rootfs/path-tree.ts';
import { seededRandom } from '../../helpers/seeded-random.ts';

/**
 * The index as it was before the path tree: one Map from path string to flags, ancestors found by
 * slicing the path. The tree-backed index must answer every call the same.
 */
function mapIndex(): PathIndex {
  const map = new Map<string, number>();
  const flags = (path: string): number => map.get(path) ?? 0;
  const parentOrUndefined = (path: string): string | undefined => {
    if (path === '') return undefined;
    const slash = path.lastIndexOf('/');
    return slash === -1 ? '' : path.slice(0, slash);
  };
  const hides = EMITTED_OTHER | WHITED_OUT | OPAQUE | REPLACED;
  return {
    flags,
    add(path, bits) {
      map.set(path, flags(path) | bits);
    },
    isHidden(path) {
      if (map.size === 0) return false;
      if ((flags(path) & (EMITTED_OTHER | WHITED_OUT | EMITTED_DIR)) !== 0) return true;
      for (let parent = parentOrUndefined(path); parent !== undefined; parent = parentOrUndefined(parent))
        if ((flags(parent) & hides) !== 0) return true;
      return false;
    },
    markEmitted(path, isDir, trackChildren) {
      map.set(path, flags(path) | (isDir ? EMITTED_DIR : EMITTED_OTHER));
      if (!trackChildren) return;
      for (let parent = parentOrUndefined(path); parent !== undefined; parent = parentOrUndefined(parent)) {
        const bits = flags(parent);
        if ((bits & HAS_EMITTED_CHILD) !== 0) break;
        map.set(parent, bits | HAS_EMITTED_CHILD);
      }
    },
    markParentsUsed(path) {
      for (let parent = parentOrUndefined(path); parent !== undefined && parent !== ''; parent = parentOrUndefined(parent)) {
        const bits = flags(parent);
        if ((bits & PARENT_USED) !== 0) break;
        map.set(parent, bits | PARENT_USED);
      }
    },
    get size() {
      return map.size;
    },
  };
}

const random = seededRandom;

/** Runs the same random calls on both indexes (two sharing one tree, as the merge's do) and compares every answer. */
function differential(seed: number, calls: number, mixHash?: (hash: number) => number): void {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const names = ['', 'etc', 'usr', 'lib', 'bin', 'a', 'b', 'c'];
  const path = (): string => {
    const depth = Math.floor(next() * 5);
    const parts: string[] = [];
    for (let i = 0; i < depth; i++) parts.push(pick(names.slice(1)));
    return parts.join('/');
  };
  const tree = createPathTree({ initialCapacity: 16, ...(mixHash === undefined ? {} : { mixHash }) });
  const pairs: [PathIndex, PathIndex][] = [
    [createPathIndex(tree), mapIndex()],
    [createPathIndex(tree), mapIndex()],
  ];
  const bits = [EMITTED_DIR, EMITTED_OTHER, WHITED_OUT, OPAQUE, REPLACED, HAS_EMITTED_CHILD, PARENT_USED];
  for (let call = 0; call < calls; call++) {
    const [tested, model] = pick(pairs);
    const at = path();
    const what = `call ${call} at ${JSON.stringify(at)}`;
    const roll = next();
    if (roll < 0.15) {
      const bit = pick(bits);
      tested.add(at, bit);
      model.add(at, bit);
    } else if (roll < 0.35) {
      const isDir = next() < 0.5;
      const track = next() < 0.5;
      tested.markEmitted(at, isDir, track);
      model.markEmitted(at, isDir, track);
    } else if (roll < 0.5) {
      tested.markParentsUsed(at);
      model.markParentsUsed(at);
    } else if (roll < 0.75) assert.equal(tested.isHidden(at), model.isHidden(at), `isHidden, ${what}`);
    else assert.equal(tested.flags(at), model.flags(at), `flags, ${what}`);
    assert.equal(tested.size, model.size, `size, ${what}`);
  }
}

describe('path index on a path tree: answers as the Map of paths did', () => {
  for (const seed of [1, 2, 3, 42]) it(`random calls, seed ${seed}`, () => differential(seed, 20_000));
  it('random calls with every name hashing alike', () => differential(7, 5000, () => 3));

  it('hides a subtree below a non-directory, a whiteout or an opaque directory, not beside it', () => {
    const index = createPathIndex();
    assert.equal(index.isHidden('a/b'), false);
    index.markEmitted('a/b', false, true);
    assert.equal(index.isHidden('a/b'), true);
    assert.equal(index.isHidden('a/b/c/d'), true);
    assert.equal(index.isHidden('a/bc'), false);
    assert.equal(index.flags('a') & HAS_EMITTED_CHILD, HAS_EMITTED_CHILD);
    index.add('x', OPAQUE);
    assert.equal(index.isHidden('x'), false);
    assert.equal(index.isHidden('x/y'), true);
    index.markParentsUsed('p/q/r');
    assert.equal(index.flags('p/q'), PARENT_USED);
    assert.equal(index.flags(''), HAS_EMITTED_CHILD);
    // a/b, a, the root, x, p/q and p: the root counts once it has a flag.
    assert.equal(index.size, 6);
  });
});
