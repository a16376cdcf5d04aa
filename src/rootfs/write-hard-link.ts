/**
 * A hard link of the layer being read (docs/design.md rule 4): it and the links that waited for it
 * share its target's inode, written now, after the target's second read, or when an older layer
 * brings the target (pending-links.ts). Pure: it only queues output.
 */
import { attributesOf } from './attributes.ts';
import { displayName } from './display-name.ts';
import { type DirectoryRef, type InodeRef, unpack } from './layer-members.ts';
import { type LayerPass, type Member, refuse } from './layer-pass.ts';
import type { LinkGroup } from './pending-links.ts';

type PendingInode = Extract<InodeRef, { state: 'pending' }>;

export function writeHardLink(pass: LayerPass, member: Member): void {
  const { path, linkTarget, names } = member;
  if (!member.hidden) {
    pass.state.merged.markEmitted(path, false, pass.state.keptTree !== undefined);
    names.unshift(path);
  }
  const packedTarget = pass.seen.get(linkTarget);
  const targetRef = packedTarget === undefined ? undefined : unpack(packedTarget, linkTarget, pass.table);
  // Links may name it again, or change it (more names, written now): one object from here on.
  if (typeof packedTarget === 'number') pass.seen.set(linkTarget, targetRef as InodeRef | DirectoryRef);
  if (targetRef?.state === 'dir') refuse(pass.input, path, `hard link to directory ${displayName(linkTarget)}`);
  const ref: InodeRef = (targetRef as InodeRef | undefined) ?? {
    state: 'pending',
    target: linkTarget,
    horizon: pass.layer,
    link: path,
    ordinal: member.ordinal,
    group: undefined,
  };
  // Kept layers are never written, but a kept name that stands in the final tree keeps its inode
  // there: links from the merged layers to that inode stay links, to that name (this link's, or a
  // newer kept link's that named the same version).
  const keeper = member.keptFinal ? path : member.keptName;
  if (keeper !== undefined) keepInode(pass, member, ref, keeper);
  if (names.length > 0) giveNames(pass, ref, names);
  pass.seen.set(path, ref);
}

/** The inode a kept name keeps in the final tree: the links that need it link to `keeper`. */
function keepInode(pass: LayerPass, member: Member, ref: InodeRef, keeper: string): void {
  const { names } = member;
  if (ref.state === 'pending') {
    // The older target's version is found later: links to it will link to the keeper.
    groupOf(pass, ref).keptName ??= keeper;
  } else if (ref.state === 'skipped') {
    names.unshift(...ref.names.splice(0));
    Object.assign(ref, { state: 'written', name: keeper });
  }
  if (member.keptFinal && ref.state === 'pending' && names.length > 0) {
    // The link's own header carries the inode's attributes as its writer saw them.
    pass.state.output.writeLinks(names.splice(0), member.path, attributesOf(member.header));
  }
}

/** Names that share the inode: links to where it was written, or kept for when its bytes come. */
function giveNames(pass: LayerPass, ref: InodeRef, names: string[]): void {
  const { output } = pass.state;
  if (ref.state === 'written') output.writeLinks(names, ref.name, ref.attributes);
  else if (ref.state === 'pending') {
    groupOf(pass, ref).names.push(...names);
  } else if (ref.attributes.size === 0 && !pass.kept) {
    // No bytes to re-read: write the hidden inode under the first name now. (In a kept layer a
    // later kept name may still keep the inode: the second read decides.)
    const [first, ...rest] = names as [string, ...string[]];
    output.writeHeader({ ...ref.attributes, path: first, linkname: ref.attributes.symlinkTarget });
    output.writeLinks(rest, first, ref.attributes);
    Object.assign(ref, { state: 'written', name: first });
  } else {
    if (ref.names.length === 0) pass.secondRead.push(ref);
    ref.names.push(...names);
  }
}

/** The pending group of a link whose target lies in an older layer, made (and registered) on first need. */
function groupOf(pass: LayerPass, ref: PendingInode): LinkGroup {
  if (ref.group === undefined) {
    ref.group = { target: ref.target, horizon: ref.horizon, names: [], layerId: pass.input.id, link: ref.link, ordinal: ref.ordinal };
    pass.state.pending.add(ref.group);
  }
  return ref.group;
}
