/**
 * One layer of the merge (docs/design.md section 1): its members in tar order, each judged against
 * what newer layers did (merge-state.ts) and written, skipped or remembered; then, at the layer's
 * end, its whiteouts and opaque markers take effect on the older layers (rule 1).
 */
import { attributesOf, toOutput } from './attributes.ts';
import { displayName } from './display-name.ts';
import { createOwnLayerView, DuplicatePathsError, findDuplicatePaths, type OwnLayerView } from './duplicates.ts';
import { HIDDEN_DIRECTORY, judgeRepeat, unpack, type DirectoryRef, type InodeRef, type Seen, type SkippedInode } from './layer-members.ts';
import { addMarkerFor } from './markers.ts';
import { createMemberTable, MemberState, type MemberTable } from './member-table.ts';
import type { LinkGroup } from './pending-links.ts';
import type { MergeState } from './merge-state.ts';
import { HAS_EMITTED_CHILD, OPAQUE, PARENT_USED, REPLACED, WHITED_OUT } from './path-index.ts';
import { classifyName, forEachAncestor, isUnder, normalisePath } from './paths.ts';
import { rereadHiddenTargets } from './reread.ts';
import { MemberError, memberPath, SymlinkParentsError, type LayerRewrites } from './symlink-parents.ts';
import { createTarReader, type TarHeader, type TarReader } from './tar-reader.ts';
import { paddingFor } from './tar-writer.ts';
import type { LayerInput } from './types.ts';

/** The layer being read. */
interface LayerPass {
  readonly state: MergeState;
  /** Position in state.layers. */
  readonly layer: number;
  readonly input: LayerInput;
  readonly kept: boolean;
  /** Its members so far, by path. */
  readonly seen: Map<string, Seen>;
  readonly table: MemberTable;
  /** Its repeated paths, when a run before this one found them (rule 7). */
  readonly own: OwnLayerView | undefined;
  readonly rewrites: LayerRewrites | undefined;
  /** Symlinks it made so far: a later member below one lies elsewhere (symlink-parents.ts). */
  readonly symlinks: Set<string>;
  /** Directories its members so far lie in, and those of them it has no directory member for. */
  readonly dirs: Set<string>;
  readonly implicitDirs: Set<string>;
  readonly dirMembers: Set<string>;
  /** Its markers, with their position: they hide the older layers when the layer ends (rule 1). */
  readonly stagedWhiteouts: { target: string; ordinal: number }[];
  readonly stagedOpaques: { dir: string; ordinal: number }[];
  /** Hidden members whose bytes surviving links need: read again after the layer (reread.ts). */
  readonly secondRead: SkippedInode[];
  /** Set when the merge must stop at a repeated path; the error stands if the path does not repeat. */
  stop: { path: string; unlessRepeated: MemberError | undefined } | undefined;
}

/** A content member, placed: its names, and whether it survives to the output. */
interface Member {
  header: TarHeader;
  ordinal: number;
  path: string;
  /** A hard link's target, resolved; '' for other members. */
  linkTarget: string;
  isDir: boolean;
  /** Hidden by a newer layer, or by a later copy in its own layer. */
  hidden: boolean;
  /** A member of a kept layer that stands in the final tree (kept layers are never written). */
  keptFinal: boolean;
  ownHidden: boolean;
  /** Links from newer layers that wait for this version of the path: they get its content. */
  names: string[];
  /** A kept link's name that keeps this version in the final tree, if one does. */
  keptName: string | undefined;
}

export async function* mergeLayer(state: MergeState, layer: number): AsyncGenerator<Buffer> {
  state.checkAborted();
  const input = state.layers[layer] as LayerInput;
  const hints = state.options.duplicates?.get(input.id);
  const pass: LayerPass = {
    state,
    layer,
    input,
    kept: layer < state.keptCount,
    seen: new Map(),
    table: createMemberTable(),
    own: hints === undefined ? undefined : createOwnLayerView(hints),
    rewrites: state.rewrites?.get(layer),
    symlinks: new Set(),
    dirs: new Set(),
    implicitDirs: new Set(),
    dirMembers: new Set(),
    stagedWhiteouts: [],
    stagedOpaques: [],
    secondRead: [],
    stop: undefined,
  };
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
      const duplicates = await findDuplicatePaths(input, state.options.signal, pass.rewrites);
      if (pass.stop.unlessRepeated !== undefined && !duplicates.has(pass.stop.path)) throw pass.stop.unlessRepeated;
      throw new DuplicatePathsError(input.id, pass.stop.path, duplicates);
    }
    finished = true;
  } finally {
    if (!finished) stream.destroy();
  }
  state.stats.bytesIn += reader.bytesRead;
  if (!output.empty) yield output.take();
  // Targets a kept link took over since (writeHardLink) have no names left to write.
  const reread = pass.secondRead.filter((ref) => ref.state === 'skipped' && ref.names.length > 0);
  if (reread.length > 0) yield* rereadHiddenTargets(input, reread, output, state.stats, !pass.kept, pass.rewrites);
  endLayer(pass);
}

/**
 * Works out a member's names and what newer layers and its own layer did to it: 'marker' for a
 * whiteout or opaque marker (staged for the layer's end), 'drop' and 'stop' for a repeated path
 * (rule 7), or the member.
 */
function placeMember(pass: LayerPass, header: TarHeader, ordinal: number): Member | 'marker' | 'drop' | 'stop' {
  const { state, input, kept, own } = pass;
  const { merged, keptTree, pending } = state;
  const rewrite = pass.rewrites?.get(ordinal);
  const path = memberPath(header, ordinal, pass.rewrites);
  if (path === undefined) return refuse(input, header.name, 'name escapes the root');
  if (state.watch && underSymlink(pass, path)) throw new SymlinkParentsError(input.id, path);
  const name = classifyName(path);
  if (name.kind === 'invalid') refuse(input, header.name, name.reason);
  if (name.kind === 'whiteout' || name.kind === 'opaque' || name.kind === 'meta') {
    if (own === undefined && deletesOwnMembers(pass, name)) {
      pass.stop = { path, unlessRepeated: undefined };
      return 'stop';
    }
    if (name.kind === 'whiteout') pass.stagedWhiteouts.push({ target: name.target, ordinal });
    else if (name.kind === 'opaque') pass.stagedOpaques.push({ dir: name.dir, ordinal });
    else state.warn(`layer ${input.id}: dropped AUFS metadata entry ${displayName(header.name)}`);
    return 'marker';
  }
  const isDir = header.kind === 'dir';
  if (!isDir && path === '') refuse(input, header.name, `the root must be a directory, not a ${header.kind}`);
  let linkTarget = '';
  if (header.kind === 'link') {
    const target = rewrite?.linkname ?? normalisePath(header.linkname);
    if (target === undefined) return refuse(input, header.name, `hard link target ${displayName(header.linkname)} escapes the root`);
    if (target === '') refuse(input, header.name, 'hard link to the root directory');
    linkTarget = target;
    if (state.watch && underSymlink(pass, linkTarget)) throw new SymlinkParentsError(input.id, linkTarget);
  }
  if (state.watch && (header.kind === 'symlink' || header.kind === 'link') && path !== '') {
    // Members of newer layers (or earlier ones of this layer) had this path as a parent. A hard
    // link may name a symlink, so it counts as one here.
    if ((merged.flags(path) & PARENT_USED) !== 0) throw new SymlinkParentsError(input.id, path);
    pass.symlinks.add(path);
  }

  // Rule 7: a path twice in one layer. Without hints, a repeat that cannot be merged as it comes
  // stops the merge (DuplicatePathsError); with hints, every copy but the last, and what a later
  // copy of a parent deletes, is hidden by its own layer.
  const ownHidden = own !== undefined && own.hides(path, ordinal);
  const hiddenByNewer = kept || merged.isHidden(path);
  const packed = pass.seen.get(path);
  const previous = packed === undefined ? undefined : unpack(packed, path, pass.table);
  if (previous !== undefined && own === undefined) {
    const repeat = judgeRepeat(previous, isDir ? toOutput(header, path, '') : undefined, path, hiddenByNewer);
    if (repeat === 'drop') return 'drop';
    if (repeat === 'stop') {
      pass.stop = { path, unlessRepeated: undefined };
      return 'stop';
    }
  } else if (previous !== undefined && own?.has(path) === false)
    refuse(input, path, 'the layer changed between two reads (a path now repeats)');
  if (own === undefined) {
    // A non-directory deletes what this layer put below its path before it (layer-survivors.ts).
    if (!isDir && pass.dirs.has(path)) {
      pass.stop = { path, unlessRepeated: undefined };
      return 'stop';
    }
    noteDirectories(pass, path, isDir);
  }
  const hidden = hiddenByNewer || ownHidden;

  // This member may be the version that older-target links were waiting for.
  const waiting = isDir || ownHidden ? [] : pending.takeResolved(path, pass.layer);
  const names = waiting.flatMap((group) => group.names);
  const keptName = waiting.find((group) => group.keptName !== undefined)?.keptName;
  if (isDir && pending.size > 0 && !ownHidden) {
    const links = pending.takeResolved(path, pass.layer).filter((group) => group.names.length > 0);
    const first = links[0];
    if (first !== undefined) {
      const error = new MemberError(
        `layer ${input.id}: ${displayName(path)}: is a directory, but hard link ${displayName(first.link)} in layer ${first.layerId} points at it`,
      );
      // Unless a later copy of the path in this layer is the links' target (rule 7).
      if (own !== undefined) throw error;
      pass.stop = { path, unlessRepeated: error };
      return 'stop';
    }
  }
  if (!isDir && !ownHidden) {
    // A non-directory here removes whatever older layers had below it, even when a newer layer
    // hides this entry itself.
    if (hidden && !kept) merged.add(path, REPLACED);
    state.reportMissing(pending.takeKilled(path, false, pass.layer + 1), 'is under a path an older layer replaced by a non-directory');
  }
  let keptFinal = false;
  if (keptTree !== undefined && kept && !ownHidden) {
    keptFinal = !keptTree.isHidden(path) && !merged.isHidden(path);
    if (!keptTree.isHidden(path)) {
      addMarkerFor(path, merged, state.markers);
      const late = isDir ? undefined : state.lateDirectories.get(path);
      if (late !== undefined) state.needEarly.set(path, late);
    }
    keptTree.markEmitted(path, isDir, false);
  }
  return { header, ordinal, path, linkTarget, isDir, hidden, keptFinal, ownHidden, names, keptName };
}

/**
 * True when a marker deletes members this layer wrote before it (containerd applies markers in
 * tar order): a whiteout of a path the layer wrote or wrote below, an opaque marker above a
 * directory the layer has no member for (layer-survivors.ts).
 */
function deletesOwnMembers(
  pass: LayerPass,
  name: { kind: 'whiteout'; target: string } | { kind: 'opaque'; dir: string } | { kind: 'meta' },
): boolean {
  if (name.kind === 'whiteout') return pass.seen.has(name.target) || pass.dirs.has(name.target);
  if (name.kind === 'opaque' && (name.dir === '' || pass.dirs.has(name.dir))) {
    for (const dir of pass.implicitDirs) if (isUnder(dir, name.dir)) return true;
  }
  return false;
}

/** Records the directories a member lies in, and whether the layer has a member for each. */
function noteDirectories(pass: LayerPass, path: string, isDir: boolean): void {
  if (isDir) pass.dirMembers.add(path);
  for (let slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
    const dir = path.slice(0, slash);
    if (pass.dirs.has(dir)) break;
    pass.dirs.add(dir);
    if (!pass.dirMembers.has(dir)) pass.implicitDirs.add(dir);
  }
}

/** Refuses a member, naming the layer and the path. */
function refuse(input: LayerInput, path: string, what: string): never {
  throw new MemberError(`layer ${input.id}: ${displayName(path)}: ${what}`);
}

/** Marks path's parents as used, and says whether one of them is a symlink of this layer. */
function underSymlink(pass: LayerPass, path: string): boolean {
  pass.state.merged.markParentsUsed(path);
  return pass.symlinks.size > 0 && forEachAncestor(path, (ancestor) => pass.symlinks.has(ancestor));
}

function writeDirectory(pass: LayerPass, member: Member): void {
  const { state } = pass;
  const { path, header } = member;
  if (member.hidden) {
    pass.seen.set(path, HIDDEN_DIRECTORY);
    return;
  }
  const written = toOutput(header, path, '');
  if (state.keptTree !== undefined && (state.merged.flags(path) & HAS_EMITTED_CHILD) !== 0) state.lateDirectories.set(path, written);
  pass.seen.set(path, pass.table.put(MemberState.WrittenDir, member.ordinal, { ...attributesOf(header), size: 0 }));
  state.merged.markEmitted(path, true, state.keptTree !== undefined);
  state.output.writeHeader(written);
}

/** A file, symlink, device or fifo: written with its bytes, or skipped, or written under the name of a link that needs it. */
async function* writeInode(pass: LayerPass, member: Member, reader: TarReader): AsyncGenerator<Buffer> {
  const { state } = pass;
  const { output } = state;
  const { path, hidden, names } = member;
  const attributes = attributesOf(member.header);
  if (member.keptFinal) {
    // The kept layers keep this inode: links from the merged layers to it stay links to it.
    output.writeLinks(names, path, attributes);
    await reader.skip();
    pass.seen.set(path, pass.table.put(MemberState.KeptFile, member.ordinal, attributes));
    return;
  }
  if (pass.kept && member.keptName !== undefined) {
    // A newer kept link keeps this hidden version in the final tree: link to it.
    output.writeLinks(names, member.keptName, attributes);
    await reader.skip();
    pass.seen.set(path, { state: 'written', name: member.keptName, attributes });
    return;
  }
  if (pass.kept && names.length > 0) {
    // A hidden kept inode that merged links need: a later kept link may still keep it in the
    // final tree (then they link to that name); if none does, its bytes are read again after the
    // layer and written under the first name (reread.ts).
    await reader.skip();
    const ref: SkippedInode = { state: 'skipped', ordinal: member.ordinal, path, attributes, names: [...names] };
    pass.secondRead.push(ref);
    pass.seen.set(path, ref);
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

/** A hard link (rule 4): it and the links that waited for it share its target's inode. */
function writeHardLink(pass: LayerPass, member: Member): void {
  const { state } = pass;
  const { path, linkTarget, names } = member;
  if (!member.hidden) {
    state.merged.markEmitted(path, false, state.keptTree !== undefined);
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
  if (keeper !== undefined) {
    if (ref.state === 'pending') {
      // The older target's version is found later: links to it will link to the keeper.
      groupOf(pass, ref).keptName ??= keeper;
    } else if (ref.state === 'skipped') {
      names.unshift(...ref.names.splice(0));
      Object.assign(ref, { state: 'written', name: keeper });
    }
    if (member.keptFinal && ref.state === 'pending' && names.length > 0) {
      // The link's own header carries the inode's attributes as its writer saw them.
      state.output.writeLinks(names.splice(0), path, attributesOf(member.header));
    }
  }
  if (names.length > 0) {
    if (ref.state === 'written') state.output.writeLinks(names, ref.name, ref.attributes);
    else if (ref.state === 'pending') {
      groupOf(pass, ref).names.push(...names);
    } else if (ref.attributes.size === 0 && !pass.kept) {
      // No bytes to re-read: write the hidden inode under the first name now. (In a kept layer a
      // later kept name may still keep the inode: the second read decides.)
      const [first, ...rest] = names as [string, ...string[]];
      state.output.writeHeader({ ...ref.attributes, path: first, linkname: ref.attributes.symlinkTarget });
      state.output.writeLinks(rest, first, ref.attributes);
      Object.assign(ref, { state: 'written', name: first });
    } else {
      if (ref.names.length === 0) pass.secondRead.push(ref);
      ref.names.push(...names);
    }
  }
  pass.seen.set(path, ref);
}

/** The pending group of a link whose target lies in an older layer, made (and registered) on first need. */
function groupOf(pass: LayerPass, ref: Extract<InodeRef, { state: 'pending' }>): LinkGroup {
  if (ref.group === undefined) {
    ref.group = { target: ref.target, horizon: ref.horizon, names: [], layerId: pass.input.id, link: ref.link, ordinal: ref.ordinal };
    pass.state.pending.add(ref.group);
  }
  return ref.group;
}

/** The layer's end: what its repeated paths deleted, then its whiteouts and opaque markers hide the older layers (rule 1). */
function endLayer(pass: LayerPass): void {
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
