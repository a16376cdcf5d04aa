/** A directory member of the layer being read: written, or remembered as hidden. Pure: it only queues output. */
import { attributesOf, toOutput } from './attributes.ts';
import { HIDDEN_DIRECTORY } from './layer-members.ts';
import type { LayerPass, Member } from './layer-pass.ts';
import { MemberState } from './member-table.ts';
import { HAS_EMITTED_CHILD } from './path-index.ts';

export function writeDirectory(pass: LayerPass, member: Member): void {
  const { state } = pass;
  const { path, header } = member;
  if (member.hidden) {
    pass.seen.set(path, HIDDEN_DIRECTORY);
    return;
  }
  const written = toOutput(header, path, '');
  // Over kept layers, a directory written after members below it may have to come first (early-directories.ts).
  if (state.keptTree !== undefined && (state.merged.flags(path) & HAS_EMITTED_CHILD) !== 0) state.lateDirectories.set(path, written);
  pass.seen.set(path, pass.table.put(MemberState.WrittenDir, member.ordinal, { ...attributesOf(header), size: 0 }));
  state.merged.markEmitted(path, true, state.keptTree !== undefined);
  state.output.writeHeader(written);
}
