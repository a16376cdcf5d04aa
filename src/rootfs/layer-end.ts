/**
 * The end of a layer (docs/design.md section 1): the hidden members surviving links need are read
 * again (reread.ts); then what its repeated paths deleted, and its whiteouts and opaque markers,
 * hide the older layers (rule 1), and links still waiting for a target they deleted are reported.
 */
import type { LayerPass } from './layer-pass.ts';
import { OPAQUE, REPLACED, WHITED_OUT } from './path-index.ts';
import { rereadHiddenTargets } from './reread.ts';

export async function* endLayer(pass: LayerPass): AsyncGenerator<Buffer> {
  const { state, input } = pass;
  // Targets a kept link took over since (write-hard-link.ts) have no names left to write.
  const reread = pass.secondRead.filter((ref) => ref.state === 'skipped' && ref.names.length > 0);
  if (reread.length > 0) yield* rereadHiddenTargets(input, reread, state.output, state.stats, !pass.kept, pass.rewrites);
  hideOlderLayers(pass);
}

/** What the layer's repeated paths deleted, then its whiteouts and opaque markers hide the older layers (rule 1). */
function hideOlderLayers(pass: LayerPass): void {
  const { state, input, layer, kept } = pass;
  // Rule 7: a non-directory copy deleted what older layers had below a path whose last copy is a
  // directory.
  for (const dir of pass.own?.replacedDirectories() ?? []) {
    (kept ? state.keptTree : state.merged)?.add(dir, REPLACED);
    state.reportMissing(state.pending.takeKilled(dir, false, layer + 1), `is under a path layer ${input.id} replaced by a non-directory`);
  }
  for (const { target, ordinal } of pass.stagedWhiteouts) {
    state.reportMissing(state.pending.takeKilled(target, true, layer, ordinal), `was deleted by a whiteout in layer ${input.id}`);
  }
  for (const { dir, ordinal } of pass.stagedOpaques) {
    state.reportMissing(state.pending.takeKilled(dir, false, layer, ordinal), `was hidden by an opaque directory in layer ${input.id}`);
  }
  const index = kept ? state.keptTree : state.merged;
  for (const { target } of pass.stagedWhiteouts) index?.add(target, WHITED_OUT);
  for (const { dir } of pass.stagedOpaques) index?.add(dir, OPAQUE);
}
