/**
 * The streaming rootfs merge (docs/design.md section 1, rules 1-8, and section 3).
 *
 * Layers are read once, newest first (merge-layer.ts). File contents pass from input chunk to
 * output chunk; the only state is a byte of flags per path (path-index.ts), over the run's paths
 * interned as a tree of ids (path-tree.ts), the hard links still waiting for an older target
 * (pending-links.ts), and, for the layer being read, a packed record per member (member-table.ts,
 * found by path through member-index.ts) so later hard links and repeated paths in the same layer
 * can find it (merge-state.ts holds what lives across layers).
 *
 * Output order: each member is written when its layer is read, so within a layer the input's
 * order is kept (parents before children when the input has them), while a directory that only
 * an older layer provides follows the newer members below it. Extractors (GNU tar, Docker,
 * containerd, umoci) create missing parents and apply the directory's attributes when its entry
 * arrives; over kept layers, the directories that must come first do (early-directories.ts).
 * Every hard link follows its target. Markers for kept base layers come last, sorted.
 *
 * Some cases cannot stream in a single pass, and nothing is ever buffered for them:
 * - a hard link whose target appears earlier in the SAME layer while that target is hidden in the
 *   final tree: after that layer the merge reads it again for just those files (reread.ts);
 * - a path twice in one layer whose first copy was already written (rule 7): the merge fails with
 *   DuplicatePathsError and runs again with hints (duplicates.ts, merge-to-end.ts);
 * - a member under a symlinked parent (docs/containerd-parity.md): SymlinkParentsError, then a
 *   run under resolved names (symlink-parents.ts);
 * - a merged directory replacing a kept file or symlink after members below it were written:
 *   EarlyDirectoriesError, then a run that writes it first.
 */
import { Readable } from 'node:stream';
import { FlattenError } from '../errors.ts';
import { EarlyDirectoriesError } from './early-directories.ts';
import { markerNames } from './markers.ts';
import { mergeLayer } from './merge-layer.ts';
import { BATCH_BYTES } from './merge-output.ts';
import { createMergeState, type MergeState } from './merge-state.ts';
import { BLOCK, END_OF_ARCHIVE } from './tar-writer.ts';
import type { LayerInput, MergeOptions, MergeStats } from './types.ts';

export type { LayerInput, MergeOptions, MergeStats } from './types.ts';

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
      yield* runMerge(createMergeState(layers, options, stats));
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

async function* runMerge(state: MergeState): AsyncGenerator<Buffer> {
  for (let layer = state.layers.length - 1; layer >= 0; layer--) yield* mergeLayer(state, layer);
  state.reportMissing(state.pending.remaining(), 'never appears in an older layer');
  if (state.needEarly.size > 0 && state.options.earlyDirectories === undefined) throw new EarlyDirectoriesError(state.needEarly);
  const { output } = state;
  for (const name of markerNames(state.markers)) {
    output.writeHeader({
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
  output.queue(END_OF_ARCHIVE);
  state.stats.paths = state.merged.size;
  yield output.take();
}

export { BLOCK };
