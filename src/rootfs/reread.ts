/**
 * The second read of a layer (docs/design.md rule 4, go-containerregistry #977 shape): a hard link
 * whose target came earlier in the SAME layer, while that target's version is hidden in the final
 * tree (by a newer layer, or by a later copy of the same path in this layer, rule 7). The target's
 * bytes went by before the link was known, so after the layer the merge opens it again and streams
 * just those files, under the first link's name. Nothing is buffered.
 */
import { contentError } from '../errors.ts';
import type { Attributes } from './attributes.ts';
import { displayName } from './display-name.ts';
import { memberPath, type LayerRewrites } from './symlink-parents.ts';
import { createTarReader } from './tar-reader.ts';
import type { MergeOutput } from './merge-output.ts';
import { paddingFor } from './tar-writer.ts';
import type { LayerInput } from './types.ts';

/** A member of the layer whose bytes were skipped but that surviving link names need. */
export interface HiddenTarget {
  /** Position of the member in the layer (every header counts, markers included). */
  ordinal: number;
  path: string;
  attributes: Attributes;
  /** Names to write: the first gets the content, the others become links to it. */
  names: string[];
}

/**
 * Streams the targets' bytes under their first names; the other names become links to it. Headers
 * go through the merge's output (merge-output.ts), so directories that must come first do.
 * `countDropped` says whether the targets' bytes were counted as dropped on the first read (they
 * are merged bytes, not kept-layer bytes).
 */
export async function* rereadHiddenTargets(
  input: LayerInput,
  targets: HiddenTarget[],
  output: MergeOutput,
  stats: { bytesDropped: number },
  countDropped: boolean,
  rewrites?: LayerRewrites,
): AsyncGenerator<Buffer> {
  const byOrdinal = new Map(targets.map((target) => [target.ordinal, target]));
  const last = Math.max(...byOrdinal.keys());
  const layerId = input.id;
  const stream = await input.open();
  const reader = createTarReader(stream, layerId);
  try {
    let ordinal = -1;
    for (let header = await reader.next(); header !== undefined && ordinal < last; header = await reader.next()) {
      ordinal++;
      const target = byOrdinal.get(ordinal);
      if (target === undefined) continue;
      if (memberPath(header, ordinal, rewrites) !== target.path || header.size !== target.attributes.size) {
        throw contentError(`layer ${layerId}: ${displayName(target.path)}: the layer changed between two reads`);
      }
      const [first, ...rest] = target.names as [string, ...string[]];
      output.writeHeader({ ...target.attributes, path: first, linkname: target.attributes.symlinkTarget });
      yield output.take();
      for await (const chunk of reader.body()) {
        output.passThrough(chunk.length);
        yield chunk;
      }
      const pad = paddingFor(target.attributes.size);
      if (pad !== undefined) output.queue(pad);
      output.writeLinks(rest, first, target.attributes);
      if (!output.empty) yield output.take();
      if (countDropped) stats.bytesDropped -= target.attributes.size;
    }
    if (ordinal < last) throw contentError(`layer ${layerId}: the layer changed between two reads (it ended early)`);
  } finally {
    stream.destroy();
  }
}
