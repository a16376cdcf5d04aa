/**
 * One layer of the merge (docs/design.md section 1): its members in tar order, each placed against
 * what newer layers did (place-member.ts) and written, skipped or remembered by its type
 * (write-directory.ts, write-inode.ts, write-hard-link.ts); then the layer's end (layer-end.ts).
 */
import { DuplicatePathsError, findDuplicatePaths } from './duplicates.ts';
import { endLayer } from './layer-end.ts';
import { createLayerPass, type LayerPass } from './layer-pass.ts';
import type { MergeState } from './merge-state.ts';
import { placeMember } from './place-member.ts';
import { createTarReader } from './tar-reader.ts';
import { writeDirectory } from './write-directory.ts';
import { writeHardLink } from './write-hard-link.ts';
import { writeInode } from './write-inode.ts';

export async function* mergeLayer(state: MergeState, layer: number): AsyncGenerator<Buffer> {
  state.checkAborted();
  const pass = createLayerPass(state, layer);
  const { input } = pass;
  const { output } = state;
  const stream = await input.open();
  const reader = createTarReader(stream, input.id);
  let finished = false;
  try {
    let ordinal = -1;
    for (let header = await reader.next(); header !== undefined; header = await reader.next()) {
      ordinal++;
      if (!pass.kept) state.stats.entriesIn++;
      if ((ordinal & 1023) === 0) state.checkAborted();
      const member = placeMember(pass, header, ordinal);
      if (member === 'marker') {
        await reader.skip();
        continue;
      }
      if (member === 'drop') continue;
      if (member === 'stop') break;
      if (member.isDir) writeDirectory(pass, member);
      else if (header.kind === 'link') writeHardLink(pass, member);
      else yield* writeInode(pass, member, reader);
      if (output.full) yield output.take();
    }
    if (pass.stop !== undefined) {
      stream.destroy();
      throw await repeatedPathsError(pass, pass.stop);
    }
    finished = true;
  } finally {
    if (!finished) stream.destroy();
  }
  state.stats.bytesIn += reader.bytesRead;
  if (!output.empty) yield output.take();
  yield* endLayer(pass);
}

/**
 * Why the merge stopped at a repeated path (rule 7): the layer's repeats, found by a headers-only
 * read, for the next run (merge-to-end.ts); or the stop's own error when the path does not repeat.
 */
async function repeatedPathsError(pass: LayerPass, stop: NonNullable<LayerPass['stop']>): Promise<Error> {
  const duplicates = await findDuplicatePaths(pass.input, pass.state.options.signal, pass.rewrites);
  if (stop.unlessRepeated !== undefined && !duplicates.has(stop.path)) return stop.unlessRepeated;
  return new DuplicatePathsError(pass.input.id, stop.path, duplicates);
}
