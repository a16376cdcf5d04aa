/**
 * The streaming rootfs merge (design.md section 1, rules 1-8, and section 3).
 *
 * Layers are read once, newest first. File contents pass from input chunk to output chunk; the
 * only state is a flags map keyed by path (path-index.ts), the hard links still waiting for an
 * older target (pending-links.ts), and, for the layer being read, a small record per non-directory
 * member so later hard links in the same layer can find their inode.
 *
 * Output order: each member is written when its layer is read, so within a layer the input's
 * order is kept (parents before children when the input has them), while a directory that only
 * an older layer provides follows the newer members below it. Extractors (GNU tar, Docker,
 * containerd, umoci) create missing parents and apply the directory's attributes when its entry
 * arrives. Every hard link follows its target. Markers for kept base layers come last, sorted.
 *
 * One case cannot stream in a single pass: a hard link whose target appears earlier in the SAME
 * layer while a newer layer hides that target (go-containerregistry #977 shape with the link after
 * its target, as tar writers order them). The target's bytes went by before the link was known,
 * so after that layer the merge opens it a second time and streams just those files. Nothing is
 * ever buffered.
 */
import { Readable } from 'node:stream';
import { contentError, FlattenError } from '../errors.ts';
import { addMarkerFor, createMarkerSet, markerNames } from './markers.ts';
import { createPathIndex, OPAQUE, REPLACED, WHITED_OUT, type PathIndex } from './path-index.ts';
import { classifyName, normalisePath } from './paths.ts';
import { createPendingLinks, type LinkGroup } from './pending-links.ts';
import { createTarReader, type TarHeader } from './tar-reader.ts';
import { BLOCK, encodeHeader, END_OF_ARCHIVE, paddingFor, type OutputHeader } from './tar-writer.ts';

export interface LayerInput {
  /** Layer digest (or a name), used in error messages. */
  id: string;
  /**
   * Opens the layer's UNCOMPRESSED tar stream, in the order the merge needs (newest first).
   * Called once per merge, except in one rare case: a layer holding a hard link to a file that
   * comes earlier in the same layer and that a newer layer removes or replaces (see the file
   * comment). Then it is called a second time, after the first stream ended, to re-read just
   * those files' bytes.
   */
  open(): Readable | Promise<Readable>;
}

export interface MergeOptions {
  /**
   * Layers kept below the merged ones (base first). Only their headers are read (plus the bytes
   * of files that a merged hard link needs), to emit exactly the whiteouts/opaque markers needed
   * to hide what the merged layers removed from them.
   */
  lower?: LayerInput[];
  /** What to do with a hard link whose target never appears: 'error' (default) or 'drop' (warn via onWarning). */
  missingLinkTarget?: 'error' | 'drop';
  onWarning?: (message: string) => void;
  signal?: AbortSignal;
}

export interface MergeStats {
  entriesIn: number;
  entriesOut: number;
  bytesIn: number;
  bytesOut: number;
  /** regular-file bytes in the inputs that the output does not carry (shadowed or deleted) */
  bytesDropped: number;
  paths: number;
}

/** Attributes of one inode, as its first written name carries them and its links repeat them. */
type Attributes = Omit<OutputHeader, 'path' | 'linkname'> & { symlinkTarget: string };

/** Where the inode of a non-directory member of the current layer ended up. */
type InodeRef =
  | { state: 'written'; name: string; attributes: Attributes }
  /** Hidden, bytes not written; names that need them are written by the second read. */
  | { state: 'skipped'; ordinal: number; path: string; attributes: Attributes; names: string[] }
  /** A link whose target lies in an older layer; `group` exists once a surviving name needs it. */
  | { state: 'pending'; target: string; horizon: number; link: string; group: LinkGroup | undefined };

const DIRECTORY = 'dir' as const;
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
  const writeHeader = (header: OutputHeader): boolean => {
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
      const message = `layer ${group.layerId}: hard link ${JSON.stringify(group.link)} -> ${JSON.stringify(group.target)}: target ${why}`;
      if (options.missingLinkTarget === 'drop') warn(`${message}; dropped ${group.names.map((name) => JSON.stringify(name)).join(', ')}`);
      else throw contentError(message);
    }
  };

  for (let layer = all.length - 1; layer >= 0; layer--) {
    checkAborted();
    const input = all[layer] as LayerInput;
    const kept = layer < lower.length;
    const fail = (path: string, what: string): never => {
      throw contentError(`layer ${input.id}: ${JSON.stringify(path)}: ${what}`);
    };
    const stagedWhiteouts: string[] = [];
    const stagedOpaques: string[] = [];
    const seen = new Map<string, InodeRef | typeof DIRECTORY>();
    const writtenHere = new Set<string>();
    const secondRead: Extract<InodeRef, { state: 'skipped' }>[] = [];
    const stream = await input.open();
    const reader = createTarReader(stream, input.id);
    let ordinal = -1;
    let finished = false;
    try {
      for (let header = await reader.next(); header !== undefined; header = await reader.next()) {
        ordinal++;
        if (!kept) stats.entriesIn++;
        if ((ordinal & 1023) === 0) checkAborted();
        const path = normalisePath(header.name);
        if (path === undefined) fail(header.name, 'name escapes the root');
        const name = classifyName(path as string);
        if (name.kind === 'invalid') fail(header.name, name.reason);
        if (name.kind === 'whiteout' || name.kind === 'opaque' || name.kind === 'meta') {
          if (name.kind === 'whiteout') stagedWhiteouts.push(name.target);
          else if (name.kind === 'opaque') stagedOpaques.push(name.dir);
          else warn(`layer ${input.id}: dropped AUFS metadata entry ${JSON.stringify(header.name)}`);
          await reader.skip();
          continue;
        }
        const entryPath = path as string;
        const isDir = header.kind === 'dir';
        if (!isDir && entryPath === '') fail(header.name, `the root must be a directory, not a ${header.kind}`);
        let linkTarget = '';
        if (header.kind === 'link') {
          const target = normalisePath(header.linkname);
          if (target === undefined) fail(header.name, `hard link target ${JSON.stringify(header.linkname)} escapes the root`);
          if (target === '') fail(header.name, 'hard link to the root directory');
          linkTarget = target as string;
        }

        // Rule 7: a path twice in one layer. A directory repeated keeps its first (already
        // written) attributes; a non-directory can only be handled while it is not yet written.
        const previous = seen.get(entryPath);
        if (previous !== undefined && writtenHere.has(entryPath)) {
          if (previous === DIRECTORY && isDir) {
            warn(`layer ${input.id}: directory ${JSON.stringify(entryPath)} appears twice; kept the first`);
            continue;
          }
          fail(entryPath, 'appears twice in the layer (image-spec forbids duplicate entries)');
        }
        const hidden = kept || merged.isHidden(entryPath);
        if (!hidden) writtenHere.add(entryPath);

        // This member may be the version that older-target links were waiting for.
        const waiting = isDir ? [] : pending.takeResolved(entryPath, layer);
        const names = waiting.flatMap((group) => group.names);
        if (isDir && pending.size > 0) {
          const links = pending.takeResolved(entryPath, layer).filter((group) => group.names.length > 0);
          if (links.length > 0) fail(entryPath, `is a directory, but hard link ${JSON.stringify(links[0]?.link)} in layer ${links[0]?.layerId} points at it`);
        }
        if (!isDir) {
          // A non-directory here removes whatever older layers had below it, even when a newer
          // layer hides this entry itself.
          if (hidden && !kept) merged.add(entryPath, REPLACED);
          reportMissing(pending.takeKilled(entryPath, false, layer + 1), 'is under a path an older layer replaced by a non-directory');
        }
        if (keptTree !== undefined && kept) {
          if (!keptTree.isHidden(entryPath)) addMarkerFor(entryPath, merged, markers);
          keptTree.markEmitted(entryPath, isDir, false);
        }

        if (isDir) {
          seen.set(entryPath, DIRECTORY);
          if (!hidden) {
            merged.markEmitted(entryPath, true, keptTree !== undefined);
            if (writeHeader(toOutput(header, entryPath, ''))) yield takeBatch();
          }
          continue;
        }

        if (header.kind !== 'link') {
          const attributes = attributesOf(header);
          let ref: InodeRef;
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
            ref = { state: 'written', name: outName, attributes };
          } else {
            if (!kept) stats.bytesDropped += attributes.size;
            await reader.skip();
            ref = { state: 'skipped', ordinal, path: entryPath, attributes, names: [] };
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
        const targetRef = seen.get(linkTarget);
        if (targetRef === DIRECTORY) fail(entryPath, `hard link to directory ${JSON.stringify(linkTarget)}`);
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
      finished = true;
    } finally {
      if (!finished) stream.destroy();
    }
    stats.bytesIn += reader.bytesRead;
    if (batch.length > 0) yield takeBatch();

    if (secondRead.length > 0) yield* rereadHiddenTargets(input, secondRead, stats, kept);

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
 * Second read of a layer: stream the bytes of hidden files that same-layer hard links need,
 * under the first such link's name; the other names become links to it.
 */
async function* rereadHiddenTargets(
  input: LayerInput,
  refs: Extract<InodeRef, { state: 'skipped' }>[],
  stats: MergeStats,
  kept: boolean,
): AsyncGenerator<Buffer> {
  const byOrdinal = new Map(refs.map((ref) => [ref.ordinal, ref]));
  const last = Math.max(...byOrdinal.keys());
  const stream = await input.open();
  const reader = createTarReader(stream, input.id);
  try {
    let ordinal = -1;
    for (let header = await reader.next(); header !== undefined && ordinal < last; header = await reader.next()) {
      ordinal++;
      const ref = byOrdinal.get(ordinal);
      if (ref === undefined) continue;
      if (normalisePath(header.name) !== ref.path || header.size !== ref.attributes.size) {
        throw contentError(`layer ${input.id}: ${JSON.stringify(ref.path)}: the layer changed between two reads`);
      }
      const [first, ...rest] = ref.names as [string, ...string[]];
      const head = encodeHeader({ ...ref.attributes, path: first, linkname: '' });
      stats.entriesOut++;
      stats.bytesOut += head.length;
      yield head;
      for await (const chunk of reader.body()) {
        stats.bytesOut += chunk.length;
        yield chunk;
      }
      const pieces: Buffer[] = [];
      const pad = paddingFor(ref.attributes.size);
      if (pad !== undefined) pieces.push(pad);
      for (const name of rest) pieces.push(encodeHeader({ ...ref.attributes, kind: 'link', size: 0, path: name, linkname: first }));
      stats.entriesOut += rest.length;
      const tail = Buffer.concat(pieces);
      stats.bytesOut += tail.length;
      if (tail.length > 0) yield tail;
      if (!kept) stats.bytesDropped -= ref.attributes.size;
    }
    if (ordinal < last) throw contentError(`layer ${input.id}: the layer changed between two reads (it ended early)`);
  } finally {
    stream.destroy();
  }
}

function attributesOf(header: TarHeader): Attributes {
  return {
    kind: header.kind,
    mode: header.mode,
    uid: header.uid,
    gid: header.gid,
    uname: header.uname,
    gname: header.gname,
    mtime: header.mtime,
    size: header.size,
    devmajor: header.devmajor,
    devminor: header.devminor,
    pax: header.pax,
    symlinkTarget: header.kind === 'symlink' ? header.linkname : '',
  };
}

function toOutput(header: TarHeader, path: string, linkname: string): OutputHeader {
  return { ...attributesOf(header), path, linkname, size: header.kind === 'file' ? header.size : 0 };
}

export { BLOCK };
