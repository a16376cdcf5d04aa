/**
 * The streaming rootfs merge (design.md section 1, rules 1-8, and section 3).
 *
 * Layers are read once, newest first. File contents pass from input chunk to output chunk; the
 * only state is a flags map keyed by path (path-index.ts), the hard links still waiting for an
 * older target (pending-links.ts), and, for the layer being read, a packed record per member
 * (member-table.ts) so later hard links and repeated paths in the same layer can find it.
 *
 * Output order: each member is written when its layer is read, so within a layer the input's
 * order is kept (parents before children when the input has them), while a directory that only
 * an older layer provides follows the newer members below it. Extractors (GNU tar, Docker,
 * containerd, umoci) create missing parents and apply the directory's attributes when its entry
 * arrives. Every hard link follows its target. Markers for kept base layers come last, sorted.
 *
 * Two cases cannot stream in a single pass, and nothing is ever buffered for them:
 * - a hard link whose target appears earlier in the SAME layer while that target is hidden in the
 *   final tree: after that layer the merge reads it again for just those files (reread.ts);
 * - a path twice in one layer whose first copy was already written (rule 7): the merge fails with
 *   DuplicatePathsError and runs again with hints (duplicates.ts, merge-to-end.ts).
 */
import { Readable } from 'node:stream';
import { FlattenError } from '../errors.ts';
import { displayName } from './display-name.ts';
import { EarlyDirectoriesError, type EarlyDirectories } from './early-directories.ts';
import { attributesOf, sameAttributes, toOutput, type Attributes } from './attributes.ts';
import { createOwnLayerView, DuplicatePathsError, findDuplicatePaths } from './duplicates.ts';
import { addMarkerFor, createMarkerSet, markerNames } from './markers.ts';
import { createMemberTable, MemberState, type MemberTable } from './member-table.ts';
import { createPathIndex, HAS_EMITTED_CHILD, OPAQUE, PARENT_USED, REPLACED, WHITED_OUT, type PathIndex } from './path-index.ts';
import { classifyName, forEachAncestor, normalisePath } from './paths.ts';
import { createPendingLinks, type LinkGroup } from './pending-links.ts';
import { rereadHiddenTargets } from './reread.ts';
import { MemberError, memberPath, SymlinkParentsError } from './symlink-parents.ts';
import { createTarReader } from './tar-reader.ts';
import { BLOCK, encodeHeader, END_OF_ARCHIVE, paddingFor, type OutputHeader } from './tar-writer.ts';
import type { LayerInput, MergeOptions, MergeStats } from './types.ts';

export type { LayerInput, MergeOptions, MergeStats } from './types.ts';

/** Where the inode of a non-directory member of the current layer ended up. */
type InodeRef =
  | { state: 'written'; name: string; attributes: Attributes }
  /** Hidden, bytes not written; names that need them are written by the second read. */
  | { state: 'skipped'; ordinal: number; path: string; attributes: Attributes; names: string[] }
  /** A link whose target lies in an older layer; `group` exists once a surviving name needs it. */
  | { state: 'pending'; target: string; horizon: number; link: string; group: LinkGroup | undefined };

/** A directory member of the current layer; `written` is its output header when it went out. */
type DirectoryRef = { state: 'dir'; written: OutputHeader | undefined };
const HIDDEN_DIRECTORY: DirectoryRef = { state: 'dir', written: undefined };
/**
 * A member of the layer being read, as the merge remembers it: most are a packed record in the
 * layer's member table (a handle), the rarer states an object.
 */
type Seen = number | InodeRef | DirectoryRef;

/** The object form of a member the layer's map holds, unpacking a packed record. */
function unpack(seen: Seen, path: string, table: MemberTable): InodeRef | DirectoryRef {
  if (typeof seen !== 'number') return seen;
  const { state, ordinal, attributes } = table.get(seen);
  if (state === MemberState.WrittenDir) return { state: 'dir', written: { ...attributes, path, linkname: '' } };
  if (state === MemberState.WrittenFile) return { state: 'written', name: path, attributes };
  return { state: 'skipped', ordinal, path, attributes, names: [] };
}
const BATCH_BYTES = 64 * 1024;

/** layers are in manifest order (base first). Returns the merged layer as an uncompressed tar stream, plus stats that are complete when the stream ends. */
export function mergeLayers(layers: LayerInput[], options: MergeOptions = {}): { stream: Readable; stats: Promise<MergeStats> } {
  const stats: MergeStats = { entriesIn: 0, entriesOut: 0, bytesIn: 0, bytesOut: 0, bytesDropped: 0, paths: 0 };
  let settle!: { resolve: (value: MergeStats) => void; reject: (error: unknown) => void };
  const done = new Promise<MergeStats>((resolve, reject) => {
    settle = { resolve, reject };
  });
  done.catch(() => undefined); // the stream reports the same error; awaiting stats is optional
  async function* produce(): AsyncGenerator<Buffer> {
    try {
      yield* runMerge(layers, options, stats);
      settle.resolve(stats);
    } catch (error) {
      settle.reject(error);
      throw error;
    } finally {
      settle.reject(new FlattenError('interrupted', 'merge stopped before its output was read to the end'));
    }
  }
  const stream = Readable.from(produce(), { objectMode: false, highWaterMark: BATCH_BYTES });
  return { stream, stats: done };
}

async function* runMerge(layers: LayerInput[], options: MergeOptions, stats: MergeStats): AsyncGenerator<Buffer> {
  const lower = options.lower ?? [];
  const all = [...lower, ...layers];
  const merged = createPathIndex();
  const keptTree = lower.length > 0 ? createPathIndex() : undefined;
  const markers = createMarkerSet();
  const pending = createPendingLinks();
  const warn = options.onWarning ?? (() => undefined);
  const signal = options.signal;
  // Without resolved names, watch for members that a symlinked parent would redirect.
  const rewrites = options.resolvedPaths;
  const watch = rewrites === undefined;
  let batch: Buffer[] = [];
  let batchBytes = 0;

  const checkAborted = (): void => {
    if (signal?.aborted === true) throw new FlattenError('interrupted', 'merge aborted', { cause: signal.reason });
  };
  /** Queue a small piece of output; returns true when the batch should be flushed. */
  const queue = (piece: Buffer): boolean => {
    batch.push(piece);
    batchBytes += piece.length;
    stats.bytesOut += piece.length;
    return batchBytes >= BATCH_BYTES;
  };
  const takeBatch = (): Buffer => {
    const out = batch.length === 1 ? (batch[0] as Buffer) : Buffer.concat(batch, batchBytes);
    batch = [];
    batchBytes = 0;
    return out;
  };
  // Kept layers below: directories written after members below them (early-directories.ts).
  const early = options.earlyDirectories;
  const writtenEarly = new Set<string>();
  const lateDirectories: EarlyDirectories = new Map();
  const needEarly: EarlyDirectories = new Map();
  const writeEarlyParents = (path: string): void => {
    forEachAncestor(path, (ancestor) => {
      const header = early?.get(ancestor);
      if (header === undefined || writtenEarly.has(ancestor)) return;
      writtenEarly.add(ancestor);
      stats.entriesOut++;
      queue(encodeHeader(header));
    });
  };
  const writeHeader = (header: OutputHeader): boolean => {
    if (early !== undefined && early.size > 0) {
      writeEarlyParents(header.path);
      if (header.kind === 'dir' && writtenEarly.has(header.path)) return batchBytes >= BATCH_BYTES;
    }
    stats.entriesOut++;
    return queue(encodeHeader(header));
  };
  const linkHeader = (name: string, target: string, attributes: Attributes): OutputHeader => ({
    ...attributes,
    kind: 'link',
    size: 0,
    path: name,
    linkname: target,
  });
  /** Links to an inode already written: plain headers after it. */
  const writeLinks = (names: string[], target: string, attributes: Attributes): void => {
    for (const name of names) writeHeader(linkHeader(name, target, attributes));
  };
  const reportMissing = (groups: LinkGroup[], why: string): void => {
    for (const group of groups) {
      if (group.names.length === 0) continue;
      const message = `layer ${group.layerId}: hard link ${displayName(group.link)} -> ${displayName(group.target)}: target ${why}`;
      if (options.missingLinkTarget === 'drop') warn(`${message}; dropped ${group.names.map((name) => displayName(name)).join(', ')}`);
      else throw new MemberError(message);
    }
  };

  for (let layer = all.length - 1; layer >= 0; layer--) {
    checkAborted();
    const input = all[layer] as LayerInput;
    const kept = layer < lower.length;
    const fail = (path: string, what: string): never => {
      throw new MemberError(`layer ${input.id}: ${displayName(path)}: ${what}`);
    };
    const stagedWhiteouts: string[] = [];
    const stagedOpaques: string[] = [];
    const seen = new Map<string, Seen>();
    const table = createMemberTable();
    const secondRead: Extract<InodeRef, { state: 'skipped' }>[] = [];
    const hints = options.duplicates?.get(input.id);
    const layerRewrites = rewrites?.get(layer);
    // Symlinks this layer has made so far: a later member of the layer below one is redirected.
    const layerSymlinks = new Set<string>();
    const underSymlink = (path: string): boolean => {
      merged.markParentsUsed(path);
      return layerSymlinks.size > 0 && forEachAncestor(path, (ancestor) => layerSymlinks.has(ancestor));
    };
    const own = hints === undefined ? undefined : createOwnLayerView(hints);
    const stream = await input.open();
    const reader = createTarReader(stream, input.id);
    let ordinal = -1;
    // Set when the merge must stop: the path, and the error to report if the path turns out not
    // to repeat in the layer.
    let duplicateAt: string | undefined;
    let unlessRepeated: FlattenError | undefined;
    let finished = false;
    try {
      for (let header = await reader.next(); header !== undefined; header = await reader.next()) {
        ordinal++;
        if (!kept) stats.entriesIn++;
        if ((ordinal & 1023) === 0) checkAborted();
        const rewrite = layerRewrites?.get(ordinal);
        const path = memberPath(header, ordinal, layerRewrites);
        if (path === undefined) fail(header.name, 'name escapes the root');
        if (watch && underSymlink(path as string)) throw new SymlinkParentsError(input.id, path as string);
        const name = classifyName(path as string);
        if (name.kind === 'invalid') fail(header.name, name.reason);
        if (name.kind === 'whiteout' || name.kind === 'opaque' || name.kind === 'meta') {
          if (name.kind === 'whiteout') stagedWhiteouts.push(name.target);
          else if (name.kind === 'opaque') stagedOpaques.push(name.dir);
          else warn(`layer ${input.id}: dropped AUFS metadata entry ${displayName(header.name)}`);
          await reader.skip();
          continue;
        }
        const entryPath = path as string;
        const isDir = header.kind === 'dir';
        if (!isDir && entryPath === '') fail(header.name, `the root must be a directory, not a ${header.kind}`);
        let linkTarget = '';
        if (header.kind === 'link') {
          const target = rewrite?.linkname ?? normalisePath(header.linkname);
          if (target === undefined) fail(header.name, `hard link target ${displayName(header.linkname)} escapes the root`);
          if (target === '') fail(header.name, 'hard link to the root directory');
          linkTarget = target as string;
          if (watch && underSymlink(linkTarget)) throw new SymlinkParentsError(input.id, linkTarget);
        }
        if (watch && (header.kind === 'symlink' || header.kind === 'link') && entryPath !== '') {
          // Members of newer layers (or earlier ones of this layer) had this path as a parent. A
          // hard link may name a symlink, so it counts as one here.
          if ((merged.flags(entryPath) & PARENT_USED) !== 0) throw new SymlinkParentsError(input.id, entryPath);
          layerSymlinks.add(entryPath);
        }

        // Rule 7: a path twice in one layer. Without hints, a repeat that cannot be merged as it
        // comes stops the merge (DuplicatePathsError below); with hints, every copy but the last,
        // and what a later copy of a parent deletes, is hidden by its own layer.
        const ownHidden = own !== undefined && own.hides(entryPath, ordinal);
        const hiddenByNewer = kept || merged.isHidden(entryPath);
        const packed = seen.get(entryPath);
        const previous = packed === undefined ? undefined : unpack(packed, entryPath, table);
        if (previous !== undefined && own === undefined) {
          const repeat = judgeRepeat(previous, isDir ? toOutput(header, entryPath, '') : undefined, entryPath, hiddenByNewer);
          if (repeat === 'drop') continue;
          if (repeat === 'stop') {
            duplicateAt = entryPath;
            break;
          }
        } else if (previous !== undefined && own?.has(entryPath) === false) fail(entryPath, 'the layer changed between two reads (a path now repeats)');
        const hidden = hiddenByNewer || ownHidden;

        // This member may be the version that older-target links were waiting for.
        const waiting = isDir || ownHidden ? [] : pending.takeResolved(entryPath, layer);
        const names = waiting.flatMap((group) => group.names);
        if (isDir && pending.size > 0 && !ownHidden) {
          const links = pending.takeResolved(entryPath, layer).filter((group) => group.names.length > 0);
          if (links.length > 0) {
            const message = `layer ${input.id}: ${displayName(entryPath)}: is a directory, but hard link ${displayName(links[0]?.link ?? "")} in layer ${links[0]?.layerId} points at it`;
            // Unless a later copy of the path in this layer is the links' target (rule 7).
            if (own !== undefined) throw new MemberError(message);
            duplicateAt = entryPath;
            unlessRepeated = new MemberError(message);
            break;
          }
        }
        if (!isDir && !ownHidden) {
          // A non-directory here removes whatever older layers had below it, even when a newer
          // layer hides this entry itself.
          if (hidden && !kept) merged.add(entryPath, REPLACED);
          reportMissing(pending.takeKilled(entryPath, false, layer + 1), 'is under a path an older layer replaced by a non-directory');
        }
        if (keptTree !== undefined && kept && !ownHidden) {
          if (!keptTree.isHidden(entryPath)) {
            addMarkerFor(entryPath, merged, markers);
            const late = isDir ? undefined : lateDirectories.get(entryPath);
            if (late !== undefined) needEarly.set(entryPath, late);
          }
          keptTree.markEmitted(entryPath, isDir, false);
        }

        if (isDir) {
          if (hidden) seen.set(entryPath, HIDDEN_DIRECTORY);
          else {
            const written = toOutput(header, entryPath, '');
            if (keptTree !== undefined && (merged.flags(entryPath) & HAS_EMITTED_CHILD) !== 0) lateDirectories.set(entryPath, written);
            seen.set(entryPath, table.put(MemberState.WrittenDir, ordinal, { ...attributesOf(header), size: 0 }));
            merged.markEmitted(entryPath, true, keptTree !== undefined);
            if (writeHeader(written)) yield takeBatch();
          }
          continue;
        }

        if (header.kind !== 'link') {
          const attributes = attributesOf(header);
          let ref: Seen;
          if (!hidden || names.length > 0) {
            const outName = hidden ? (names.shift() as string) : entryPath;
            if (!hidden) merged.markEmitted(entryPath, false, keptTree !== undefined);
            writeHeader({ ...attributes, path: outName, linkname: attributes.symlinkTarget });
            if (attributes.size > 0) {
              yield takeBatch();
              for await (const chunk of reader.body()) {
                stats.bytesOut += chunk.length;
                yield chunk;
              }
              const pad = paddingFor(attributes.size);
              if (pad !== undefined) queue(pad);
            }
            writeLinks(names, outName, attributes);
            ref = outName === entryPath ? table.put(MemberState.WrittenFile, ordinal, attributes) : { state: 'written', name: outName, attributes };
          } else {
            if (!kept) stats.bytesDropped += attributes.size;
            await reader.skip();
            ref = table.put(MemberState.Skipped, ordinal, attributes);
          }
          seen.set(entryPath, ref);
          if (batchBytes >= BATCH_BYTES) yield takeBatch();
          continue;
        }

        // A hard link: it and the links that waited for it share its target's inode.
        if (!hidden) {
          merged.markEmitted(entryPath, false, keptTree !== undefined);
          names.unshift(entryPath);
        }
        const packedTarget = seen.get(linkTarget);
        const targetRef = packedTarget === undefined ? undefined : unpack(packedTarget, linkTarget, table);
        // Links may name it again, or change it (more names, written now): one object from here on.
        if (typeof packedTarget === 'number') seen.set(linkTarget, targetRef as InodeRef | DirectoryRef);
        if (targetRef?.state === 'dir') fail(entryPath, `hard link to directory ${displayName(linkTarget)}`);
        const ref: InodeRef = (targetRef as InodeRef | undefined) ?? {
          state: 'pending',
          target: linkTarget,
          horizon: layer,
          link: entryPath,
          group: undefined,
        };
        if (names.length > 0) {
          if (ref.state === 'written') writeLinks(names, ref.name, ref.attributes);
          else if (ref.state === 'pending') {
            if (ref.group === undefined) {
              ref.group = { target: ref.target, horizon: ref.horizon, names: [], layerId: input.id, link: ref.link };
              pending.add(ref.group);
            }
            ref.group.names.push(...names);
          } else if (ref.attributes.size === 0) {
            // No bytes to re-read: write the hidden inode under the first name now.
            const [first, ...rest] = names as [string, ...string[]];
            writeHeader({ ...ref.attributes, path: first, linkname: ref.attributes.symlinkTarget });
            writeLinks(rest, first, ref.attributes);
            Object.assign(ref, { state: 'written', name: first });
          } else {
            if (ref.names.length === 0) secondRead.push(ref);
            ref.names.push(...names);
          }
        }
        seen.set(entryPath, ref);
        if (batchBytes >= BATCH_BYTES) yield takeBatch();
      }
      if (duplicateAt !== undefined) {
        stream.destroy();
        const duplicates = await findDuplicatePaths(input, signal, layerRewrites);
        if (unlessRepeated !== undefined && !duplicates.has(duplicateAt)) throw unlessRepeated;
        throw new DuplicatePathsError(input.id, duplicateAt, duplicates);
      }
      finished = true;
    } finally {
      if (!finished) stream.destroy();
    }
    stats.bytesIn += reader.bytesRead;
    if (batch.length > 0) yield takeBatch();

    if (secondRead.length > 0) yield* rereadHiddenTargets(input, secondRead, stats, !kept, layerRewrites);

    // Rule 7: a non-directory copy deleted what older layers had below a path whose last copy
    // is a directory.
    for (const dir of own?.replacedDirectories() ?? []) {
      (kept ? keptTree : merged)?.add(dir, REPLACED);
      reportMissing(pending.takeKilled(dir, false, layer + 1), `is under a path layer ${input.id} replaced by a non-directory`);
    }

    // Rule 1: this layer's whiteouts and opaque markers now hide the older layers.
    for (const target of stagedWhiteouts) {
      reportMissing(pending.takeKilled(target, true, layer), `was deleted by a whiteout in layer ${input.id}`);
    }
    for (const dir of stagedOpaques) {
      reportMissing(pending.takeKilled(dir, false, layer), `was hidden by an opaque directory in layer ${input.id}`);
    }
    const index: PathIndex | undefined = kept ? keptTree : merged;
    for (const target of stagedWhiteouts) index?.add(target, WHITED_OUT);
    for (const dir of stagedOpaques) index?.add(dir, OPAQUE);
  }

  reportMissing(pending.remaining(), 'never appears in an older layer');
  if (needEarly.size > 0 && early === undefined) throw new EarlyDirectoriesError(needEarly);

  for (const name of markerNames(markers)) {
    writeHeader({
      path: name,
      kind: 'file',
      linkname: '',
      mode: 0o644,
      uid: 0,
      gid: 0,
      uname: '',
      gname: '',
      mtime: 0,
      size: 0,
      devmajor: 0,
      devminor: 0,
      pax: undefined,
    });
  }
  queue(END_OF_ARCHIVE);
  stats.paths = merged.size;
  yield takeBatch();
}

/**
 * A second copy of a path in a layer merged without hints: 'drop' it (a directory identical to the
 * one written), 'merge' it as usual (both copies hidden by newer layers, the first one left no
 * trace in the output, and extraction would not delete anything else), or 'stop' the merge.
 */
function judgeRepeat(previous: InodeRef | DirectoryRef, directory: OutputHeader | undefined, path: string, hiddenByNewer: boolean): 'drop' | 'merge' | 'stop' {
  if (previous.state === 'dir' && directory !== undefined) {
    if (previous.written === undefined) return 'merge';
    return sameAttributes(previous.written, directory) ? 'drop' : 'stop';
  }
  if (previous.state === 'skipped' && previous.path === path && directory === undefined && hiddenByNewer) return 'merge';
  return 'stop';
}

export { BLOCK };
