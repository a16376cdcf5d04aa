/**
 * The second read of a layer (design.md rule 4, go-containerregistry #977 shape): a hard link
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
import { encodeHeader, paddingFor } from './tar-writer.ts';
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

export interface RereadCounters {
  entriesOut: number;
  bytesOut: number;
  bytesDropped: number;
}

/**
 * Streams the targets' bytes under their first names; the other names become links to it.
 * `countDropped` says whether the targets' bytes were counted as dropped on the first read (they
 * are merged bytes, not kept-layer bytes).
 */
export async function* rereadHiddenTargets(
  input: LayerInput,
  targets: HiddenTarget[],
  stats: RereadCounters,
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
      const head = encodeHeader({ ...target.attributes, path: first, linkname: '' });
      stats.entriesOut++;
      stats.bytesOut += head.length;
      yield head;
      for await (const chunk of reader.body()) {
        stats.bytesOut += chunk.length;
        yield chunk;
      }
      const pieces: Buffer[] = [];
      const pad = paddingFor(target.attributes.size);
      if (pad !== undefined) pieces.push(pad);
      for (const name of rest) pieces.push(encodeHeader({ ...target.attributes, kind: 'link', size: 0, path: name, linkname: first }));
      stats.entriesOut += rest.length;
      const tail = Buffer.concat(pieces);
      stats.bytesOut += tail.length;
      if (tail.length > 0) yield tail;
      if (countDropped) stats.bytesDropped -= target.attributes.size;
    }
    if (ordinal < last) throw contentError(`layer ${layerId}: the layer changed between two reads (it ended early)`);
  } finally {
    stream.destroy();
  }
}
