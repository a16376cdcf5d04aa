/**
 * A file, symlink, device or fifo of the layer being read: written with its bytes, or skipped, or
 * written under the name of a link that needs it; in a kept layer, never written, but the links
 * of the merged layers that need it are.
 */
import { attributesOf, type Attributes } from './attributes.ts';
import type { Seen, SkippedInode } from './layer-members.ts';
import type { LayerPass, Member } from './layer-pass.ts';
import { MemberState } from './member-table.ts';
import type { TarReader } from './tar-reader.ts';
import { paddingFor } from './tar-writer.ts';

export async function* writeInode(pass: LayerPass, member: Member, reader: TarReader): AsyncGenerator<Buffer> {
  const { state } = pass;
  const { output } = state;
  const { path, hidden, names } = member;
  const attributes = attributesOf(member.header);
  if (pass.kept && keepInode(pass, member, attributes)) {
    await reader.skip();
    return;
  }
  let ref: Seen;
  if (!hidden || names.length > 0) {
    const outName = hidden ? (names.shift() as string) : path;
    if (!hidden) state.merged.markEmitted(path, false, state.keptTree !== undefined);
    output.writeHeader({ ...attributes, path: outName, linkname: attributes.symlinkTarget });
    if (attributes.size > 0) {
      yield output.take();
      for await (const chunk of reader.body()) {
        output.passThrough(chunk.length);
        yield chunk;
      }
      const pad = paddingFor(attributes.size);
      if (pad !== undefined) output.queue(pad);
    }
    output.writeLinks(names, outName, attributes);
    ref =
      outName === path
        ? pass.table.put(MemberState.WrittenFile, member.ordinal, attributes)
        : { state: 'written', name: outName, attributes };
  } else {
    if (!pass.kept) state.stats.bytesDropped += attributes.size;
    await reader.skip();
    ref = pass.table.put(MemberState.Skipped, member.ordinal, attributes);
  }
  pass.seen.set(path, ref);
}

/**
 * An inode of a kept layer that the merged layers' links need, recorded (true) without writing
 * it: links to it where the kept layers keep it, or a second read after the layer; its bytes are
 * skipped. False for one nothing needs, which is skipped like any hidden inode.
 */
function keepInode(pass: LayerPass, member: Member, attributes: Attributes): boolean {
  const { output } = pass.state;
  const { path, names } = member;
  if (member.keptFinal) {
    // The kept layers keep this inode: links from the merged layers to it stay links to it.
    output.writeLinks(names, path, attributes);
    pass.seen.set(path, pass.table.put(MemberState.KeptFile, member.ordinal, attributes));
    return true;
  }
  if (member.keptName !== undefined) {
    // A newer kept link keeps this hidden version in the final tree: link to it.
    output.writeLinks(names, member.keptName, attributes);
    pass.seen.set(path, { state: 'written', name: member.keptName, attributes });
    return true;
  }
  if (names.length > 0) {
    // A hidden kept inode that merged links need: a later kept link may still keep it in the
    // final tree (then they link to that name); if none does, its bytes are read again after the
    // layer and written under the first name (reread.ts).
    const ref: SkippedInode = { state: 'skipped', ordinal: member.ordinal, path, attributes, names: [...names] };
    pass.secondRead.push(ref);
    pass.seen.set(path, ref);
    return true;
  }
  return false;
}
