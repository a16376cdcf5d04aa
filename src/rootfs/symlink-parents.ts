/**
 * Members whose parent directories are symlinks (docs/containerd-parity.md). containerd's applier
 * resolves a member's parent in the tree as it stands when the member is applied: with
 * `bin -> usr/bin` from an older layer, `bin/app` is written as `usr/bin/app`, and a whiteout
 * `lib/.wh.old.so` deletes `usr/lib/old.so`. The merge reads layers newest first, so it cannot
 * know what older layers hold; instead it watches for the case (parent-watch.ts) and, the first
 * time it occurs, stops with SymlinkParentsError. `resolveSymlinkParents` then reads every
 * layer's headers oldest first, applying them to the set of symlinks that stand
 * (live-symlinks.ts), and lists each member whose resolved name differs from its own; the merge
 * runs again under those names. Images without such members pay nothing but the watch.
 */
import { contentError, FlattenError } from '../errors.ts';
import { displayName } from './display-name.ts';
import { createLiveSymlinks } from './live-symlinks.ts';
import { classifyName, normalisePath } from './paths.ts';
import { resolveMemberPath, SymlinkLoopError } from './resolve-path.ts';
import { forEachHeader } from './layer-headers.ts';
import type { TarHeader } from './tar-reader.ts';
import type { LayerInput } from './types.ts';

/** A member's names as containerd resolves them, where they differ from the normalised ones. */
export interface MemberRewrite {
  path?: string;
  linkname?: string;
}

/** Rewrites of one layer by member ordinal (every header counts). */
export type LayerRewrites = Map<number, MemberRewrite>;

/** Rewrites by layer position: kept layers first, then merged ones, base first (the merge's order). */
export type PathRewrites = Map<number, LayerRewrites>;

/** The merge met a member under a symlinked parent and must run again with resolved names. */
export class SymlinkParentsError extends FlattenError {
  readonly layerId: string;
  readonly path: string;

  constructor(layerId: string, path: string) {
    super('content', `layer ${layerId}: ${displayName(path)} lies under a symlink: the merge must run again with resolved paths`);
    this.name = 'SymlinkParentsError';
    this.layerId = layerId;
    this.path = path;
  }
}

/**
 * A member the merge refuses for what its names point at (a hard link to a directory or to
 * nothing, a name escaping the root). Under unresolved names such a refusal may be wrong (the
 * link's target lies under a symlinked parent, elsewhere), so mergeToEnd first checks whether any
 * name resolves elsewhere and, if one does, merges again under resolved names.
 */
export class MemberError extends FlattenError {
  constructor(message: string) {
    super('content', message);
    this.name = 'MemberError';
  }
}

/** A member's normalised name after rewrites (undefined when it escapes the root). */
export function memberPath(header: TarHeader, ordinal: number, rewrites: LayerRewrites | undefined): string | undefined {
  return rewrites?.get(ordinal)?.path ?? normalisePath(header.name);
}

/**
 * Reads every layer's headers, base first, and returns the members whose names resolve elsewhere.
 * `layers` are in the merge's order: kept layers, then merged ones.
 */
export async function resolveSymlinkParents(layers: LayerInput[], signal?: AbortSignal): Promise<PathRewrites> {
  const live = createLiveSymlinks();
  const rewrites: PathRewrites = new Map();
  const resolve = (input: LayerInput, name: string, path: string): string => {
    if (live.size === 0) return path;
    try {
      return resolveMemberPath(path, live.lookup);
    } catch (error) {
      if (error instanceof SymlinkLoopError) throw contentError(`layer ${input.id}: ${displayName(name)}: ${error.message}`);
      throw error;
    }
  };
  for (let position = 0; position < layers.length; position++) {
    const input = layers[position] as LayerInput;
    const own: LayerRewrites = new Map();
    await forEachHeader(input, signal, (header, ordinal) => {
      const path = normalisePath(header.name);
      if (path === undefined) return; // the merge reports it
      const resolved = resolve(input, header.name, path);
      const rewrite: MemberRewrite = {};
      if (resolved !== path) rewrite.path = resolved;
      if (header.kind === 'link') {
        const target = normalisePath(header.linkname);
        if (target !== undefined && target !== '') {
          const resolvedTarget = resolve(input, header.linkname, target);
          if (resolvedTarget !== target) rewrite.linkname = resolvedTarget;
        }
      }
      if (rewrite.path !== undefined || rewrite.linkname !== undefined) own.set(ordinal, rewrite);

      // What the member does to the links that stand, at once, as containerd applies it: a
      // whiteout deletes what stands, its own layer's links too; an opaque marker spares what
      // its own layer unpacked (layer-survivors.ts).
      const name = classifyName(resolved);
      if (name.kind === 'whiteout') live.removeTree(name.target, Infinity);
      else if (name.kind === 'opaque') live.removeBelow(name.dir, position);
      else if (name.kind === 'content' && resolved !== '') {
        // A directory over a directory keeps what is below it; over a link it replaces the
        // link; every other member replaces whatever stands at its path, subtree included.
        if (header.kind !== 'dir' || live.lookup(resolved) !== undefined) live.removeTree(resolved, Infinity);
        if (header.kind === 'symlink') live.add(resolved, header.linkname, position);
        if (header.kind === 'link') {
          // A hard link to a symlink is a symlink too.
          const target = live.lookup(rewrite.linkname ?? normalisePath(header.linkname) ?? '');
          if (target !== undefined) live.add(resolved, target, position);
        }
      }
    });
    if (own.size > 0) rewrites.set(position, own);
  }
  return rewrites;
}
