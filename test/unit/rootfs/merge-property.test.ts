/**
 * Property: for random layer stacks over a small path alphabet (files, dirs, symlinks, hard links,
 * whiteouts and opaque markers anywhere in their tar, type changes, mode/owner changes, and paths
 * repeated inside one layer, rule 7), the merged layer extracts to the same tree as applying the
 * layers one by one with the reference.
 *
 * Replay a failure with the seed/path fast-check prints: FC_SEED=<seed> FC_PATH=<path>.
 * FC_RUNS sets the number of cases (default 1000).
 */
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { mergeToEnd } from '../../../src/rootfs/index.ts';
import { applyLayers, cleanPath, extractTar, parseTar } from '../../helpers/reference-extractor.ts';
import { buildTarSync, type TarSpecEntry } from '../../helpers/tar-builder.ts';
import type { Tree } from '../../helpers/tree-types.ts';

const PATHS = ['a', 'b', 'a/c', 'a/d', 'b/c', 'a/c/e', 'a/c/f'];
const CONTENTS = ['', 'x', 'hello world', 'y'.repeat(700)];
const MODES = [0o644, 0o755, 0o4755, 0o600, 0o1777];
const UIDS = [0, 1000, 3_000_000];
// Relative, absolute, climbing above the root, chained through another link, pointing at the
// root or at the link's own directory, and dangling ones.
const SYMLINK_TARGETS = ['a', '/usr/lib64', '../../etc/passwd', 'c/e', '/a', '../a/c', '.', '/', 'b', 'a/c/e'];

/** `again === 0` (one time in four) lets the op repeat a path its layer already holds (rule 7). */
type Op =
  | {
      op: 'file';
      path: number;
      content: number;
      mode: number;
      uid: number;
      xattr: boolean;
      dotSlash: boolean;
      again: number;
      through: boolean;
    }
  | { op: 'dir'; path: number; mode: number; uid: number; dotSlash: boolean; again: number; through: boolean }
  | { op: 'symlink'; path: number; target: number; again: number; through: boolean }
  | { op: 'hardlink'; path: number; target: number; again: number; through: boolean }
  | { op: 'whiteout'; path: number; at: number }
  | { op: 'opaque'; path: number; at: number }
  | { op: 'root'; mode: number };

const pathIndex = fc.nat({ max: PATHS.length - 1 });
const again = fc.nat({ max: 3 });
/** Whether the op goes under a symlinked parent as it stands, instead of replacing it by a directory. */
const through = fc.boolean();
const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      op: fc.constant('file' as const),
      path: pathIndex,
      content: fc.nat({ max: CONTENTS.length - 1 }),
      mode: fc.nat({ max: MODES.length - 1 }),
      uid: fc.nat({ max: UIDS.length - 1 }),
      xattr: fc.boolean(),
      dotSlash: fc.boolean(),
      again,
      through,
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      op: fc.constant('dir' as const),
      path: pathIndex,
      mode: fc.nat({ max: MODES.length - 1 }),
      uid: fc.nat({ max: UIDS.length - 1 }),
      dotSlash: fc.boolean(),
      again,
      through,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('symlink' as const),
      path: pathIndex,
      target: fc.nat({ max: SYMLINK_TARGETS.length - 1 }),
      again,
      through,
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({ op: fc.constant('hardlink' as const), path: pathIndex, target: fc.nat({ max: 20 }), again, through }),
  },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('whiteout' as const), path: pathIndex, at: fc.nat({ max: 20 }) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('opaque' as const), path: fc.nat({ max: PATHS.length }), at: fc.nat({ max: 20 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('root' as const), mode: fc.nat({ max: MODES.length - 1 }) }) },
);
const stackArb = fc.array(fc.array(opArb, { maxLength: 9 }), { minLength: 1, maxLength: 5 });

type Kind = 'dir' | 'other' | 'link';

/** Turn random ops into valid layers, tracking the tree so links always have a target. */
function toLayers(stack: Op[][]): TarSpecEntry[][] {
  const model = new Map<string, Kind>();
  const targets = new Map<string, string>();
  /** Where a member named `name` lands: its parents followed through the model's symlinks; undefined in a loop. */
  const land = (name: string): string | undefined => {
    const slash = name.lastIndexOf('/');
    if (slash === -1) return name;
    let done: string[] = [];
    let todo = name.slice(0, slash).split('/');
    for (let hops = 0; todo.length > 0; ) {
      const part = todo.shift() as string;
      if (part === '' || part === '.') continue;
      if (part === '..') {
        done.pop();
        continue;
      }
      const at = [...done, part].join('/');
      const target = model.get(at) === 'link' ? targets.get(at) : undefined;
      if (target === undefined) {
        done.push(part);
        continue;
      }
      if (++hops > 40) return undefined;
      if (target.startsWith('/')) done = [];
      todo = [...target.split('/'), ...todo];
    }
    return [...done, name.slice(slash + 1)].join('/');
  };
  const remove = (path: string): void => {
    for (const key of [...model.keys()]) if (key === path || key.startsWith(`${path}/`)) model.delete(key);
  };
  return stack.map((ops) => {
    const entries: TarSpecEntry[] = [];
    const used = new Set<string>();
    /**
     * Markers act where they stand, as containerd applies them: a whiteout deletes what stands
     * (the layer's own members too), an opaque marker what the layer has not unpacked below it.
     */
    const marker = (op: Extract<Op, { op: 'whiteout' | 'opaque' }>): void => {
      if (op.op === 'whiteout') {
        const path = PATHS[op.path] as string;
        const landing = land(path);
        if (landing === undefined) return;
        entries.push({ type: 'whiteout', path });
        remove(landing);
        return;
      }
      const dir = op.path === PATHS.length ? '' : (PATHS[op.path] as string);
      const landing = dir === '' ? '' : land(`${dir}/x`)?.slice(0, -2);
      if (landing === undefined || (landing !== '' && model.get(landing) !== 'dir')) return;
      entries.push({ type: 'opaque', path: dir });
      const prefix = landing === '' ? '' : `${landing}/`;
      for (const key of [...model.keys()]) {
        if (!key.startsWith(prefix) || key === landing) continue;
        const parts = key.slice(prefix.length).split('/');
        if (!parts.every((_, i) => used.has(prefix + parts.slice(0, i + 1).join('/')))) model.delete(key);
      }
    };
    const conflicts = (path: string): boolean => {
      for (const other of used) if (other === path || other.startsWith(`${path}/`) || path.startsWith(`${other}/`)) return true;
      return false;
    };
    const ensureParents = (path: string): boolean => {
      const parts = path.split('/');
      for (let i = 1; i < parts.length; i++) {
        const parent = parts.slice(0, i).join('/');
        if (model.get(parent) === 'dir') continue;
        if (used.has(parent) || [...used].some((other) => other.startsWith(`${parent}/`) && model.get(parent) !== undefined)) return false;
        remove(parent);
        model.set(parent, 'dir');
        used.add(parent);
        entries.push({ type: 'dir', path: parent, mode: 0o755 });
      }
      return true;
    };
    /** A repeat is valid when the path's parents are still directories of the layer's tree. */
    const repeatable = (path: string): boolean => {
      const parts = path.split('/');
      for (let i = 1; i < parts.length; i++) if (model.get(parts.slice(0, i).join('/')) !== 'dir') return false;
      return true;
    };
    for (const op of ops) {
      if (op.op === 'whiteout' || op.op === 'opaque') {
        marker(op);
        continue;
      }
      if (op.op === 'root') {
        entries.push({ type: 'dir', path: './', mode: MODES[op.mode] as number });
        continue;
      }
      // With `through`, the member is named as the op says and the model follows the symlinks
      // among its parents to where it lands; otherwise those parents become directories first.
      const name = PATHS[op.path] as string;
      const landing = op.through ? land(name) : name;
      if (landing === undefined || landing === '') continue;
      const path = landing;
      // Later copies replace earlier ones (a directory over a directory changes attributes); a
      // non-directory copy deletes what the layer put below it, so nothing is added there later.
      const repeat = op.again === 0 && used.has(path) && repeatable(path);
      if (op.op === 'dir') {
        if (!repeat && (used.has(path) || [...used].some((other) => path.startsWith(`${other}/`) && model.get(other) !== 'dir'))) continue;
        if (!repeat && !ensureParents(path)) continue;
        if (model.get(path) !== 'dir') remove(path);
        model.set(path, 'dir');
        used.add(path);
        entries.push({
          type: 'dir',
          path: op.dotSlash ? `./${name}` : name,
          mode: MODES[op.mode] as number,
          uid: UIDS[op.uid] as number,
          gid: UIDS[op.uid] as number,
        });
        continue;
      }
      if (!repeat && conflicts(path)) continue;
      if (!repeat && !ensureParents(path)) continue;
      let target = '';
      if (op.op === 'hardlink') {
        const candidates = [...model.entries()]
          .filter(([key, kind]) => kind !== 'dir' && key !== path && !key.startsWith(`${path}/`))
          .map(([key]) => key)
          .sort();
        if (candidates.length === 0) continue;
        target = candidates[op.target % candidates.length] as string;
      }
      remove(path);
      // A hard link to a symlink is a symlink too.
      const linkTo =
        op.op === 'symlink'
          ? (SYMLINK_TARGETS[op.target] as string)
          : op.op === 'hardlink' && model.get(target) === 'link'
            ? targets.get(target)
            : undefined;
      model.set(path, linkTo === undefined ? 'other' : 'link');
      if (linkTo !== undefined) targets.set(path, linkTo);
      used.add(path);
      if (op.op === 'file') {
        entries.push({
          type: 'file',
          path: op.dotSlash ? `./${name}` : name,
          content: CONTENTS[op.content] as string,
          mode: MODES[op.mode] as number,
          uid: UIDS[op.uid] as number,
          gid: 7,
          ...(op.xattr ? { xattrs: { 'security.capability': new Uint8Array([1, 0, 0, 2, 0x20, 0, 0, 0, 0xff]) } } : {}),
        });
      } else if (op.op === 'symlink') {
        entries.push({ type: 'symlink', path: name, target: SYMLINK_TARGETS[op.target] as string });
      } else {
        entries.push({ type: 'hardlink', path: name, target: op.path % 2 === 0 ? target : `/${target}` });
      }
    }
    return entries;
  });
}

async function merge(tars: Buffer[], lower: Buffer[] = []): Promise<Buffer> {
  const input = (tar: Buffer, i: number) => ({ id: `layer-${i}`, open: () => Readable.from([tar]) });
  const kept = (tar: Buffer, i: number) => ({ id: `kept-${i}`, open: () => Readable.from([tar]) });
  return mergeToEnd(tars.map(input), { lower: lower.map(kept) }, async (run) => {
    const out = await buffer(run.stream);
    await run.stats;
    return out;
  });
}

/**
 * The reference's tree; 'loop' when a symlink loop stops extraction (containerd fails there too);
 * stacks that are not valid images (a hard link whose target went elsewhere, a file used as a
 * directory: extraction fails) are skipped.
 */
async function referenceOrSkip(tars: Buffer[]): Promise<Tree | 'loop'> {
  try {
    return await applyLayers(tars);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/too many levels of symbolic links/.test(message)) return 'loop';
    fc.pre(!/no such file|is not a directory/.test(message));
    throw error;
  }
}

const params = {
  numRuns: Number(process.env.FC_RUNS ?? 1000),
  ...(process.env.FC_SEED === undefined ? {} : { seed: Number(process.env.FC_SEED) }),
  ...(process.env.FC_PATH === undefined ? {} : { path: process.env.FC_PATH }),
};

describe('merge property: merged output extracts to the same tree as applying every layer', () => {
  it('matches the reference, holds each path once, has no whiteouts, and is deterministic', async () => {
    await fc.assert(
      fc.asyncProperty(stackArb, async (stack) => {
        const tars = toLayers(stack).map((entries) => buildTarSync(entries));
        const expected = await referenceOrSkip(tars);
        if (expected === 'loop') {
          await assert.rejects(merge(tars), /too many levels of symbolic links/);
          return;
        }
        const out = await merge(tars);
        assert.deepEqual(await extractTar(out), expected);
        const names = parseTar(out).map((member) => cleanPath(member.name));
        assert.equal(new Set(names).size, names.length, `duplicate paths in output: ${names.join(', ')}`);
        assert.ok(!names.some((name) => name.split('/').pop()?.startsWith('.wh.')), 'whiteout in output');
        assert.ok((await merge(tars)).equals(out), 'output bytes differ between two runs');
      }),
      params,
    );
  });

  it('with kept lower layers: lower + merged layer applied == all layers applied, markers not nested', async () => {
    await fc.assert(
      fc.asyncProperty(stackArb, fc.nat(), async (stack, cut) => {
        const tars = toLayers(stack).map((entries) => buildTarSync(entries));
        const split = cut % (tars.length + 1);
        const lower = tars.slice(0, split);
        const expected = await referenceOrSkip(tars);
        if (expected === 'loop') return;
        const out = await merge(tars.slice(split), lower);
        // Links from the merged layer into kept layers become copies, so inode groups may differ.
        assert.deepEqual(await applyLayers([...lower, out]), expected);
        const markers = parseTar(out)
          .map((member) => cleanPath(member.name))
          .filter((name) => name.split('/').pop()?.startsWith('.wh.'))
          .map((name) => {
            const slash = name.lastIndexOf('/');
            const base = name.slice(slash + 1);
            const dir = slash === -1 ? '' : name.slice(0, slash);
            return base === '.wh..wh..opq' ? dir : `${dir === '' ? '' : `${dir}/`}${base.slice(4)}`;
          });
        for (const a of markers) {
          for (const b of markers) {
            if (a !== b) assert.ok(!(a === '' || b.startsWith(`${a}/`)), `marker for ${b} is nested under marker for ${a}`);
          }
        }
      }),
      { ...params, numRuns: Math.ceil(params.numRuns / 2) },
    );
  });
});
