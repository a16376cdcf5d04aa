/**
 * Where a member of the layer being read stands (docs/design.md section 1): its names, what newer
 * layers and its own layer did to it (rules 1 and 7), the links from newer layers it satisfies,
 * and whether a kept layer's member stays in the final tree. Pure: no I/O.
 */
import { toOutput } from './attributes.ts';
import { displayName } from './display-name.ts';
import { judgeRepeat, unpack } from './layer-members.ts';
import { type LayerPass, type Member, refuse } from './layer-pass.ts';
import { addMarkerFor } from './markers.ts';
import { PARENT_USED, type PathIndex, REPLACED } from './path-index.ts';
import { classifyName, forEachAncestor, isUnder, type NameClass, normalisePath } from './paths.ts';
import { MemberError, memberPath, SymlinkParentsError } from './symlink-parents.ts';
import type { TarHeader } from './tar-reader.ts';

type MarkerName = Extract<NameClass, { kind: 'whiteout' | 'opaque' | 'meta' }>;

/**
 * Works out a member's names and what newer layers and its own layer did to it: 'marker' for a
 * whiteout or opaque marker (staged for the layer's end), 'drop' and 'stop' for a repeated path
 * (rule 7), or the member.
 */
export function placeMember(pass: LayerPass, header: TarHeader, ordinal: number): Member | 'marker' | 'drop' | 'stop' {
  const { state, input, kept, own } = pass;
  const path = memberPath(header, ordinal, pass.rewrites);
  if (path === undefined) return refuse(input, header.name, 'name escapes the root');
  if (state.watch && underSymlink(pass, path)) throw new SymlinkParentsError(input.id, path);
  const name = classifyName(path);
  if (name.kind === 'invalid') refuse(input, header.name, name.reason);
  if (name.kind === 'whiteout' || name.kind === 'opaque' || name.kind === 'meta') return stageMarker(pass, name, path, header, ordinal);
  const isDir = header.kind === 'dir';
  if (!isDir && path === '') refuse(input, header.name, `the root must be a directory, not a ${header.kind}`);
  const linkTarget = header.kind === 'link' ? hardLinkTarget(pass, header, ordinal) : '';
  if (state.watch && (header.kind === 'symlink' || header.kind === 'link') && path !== '') {
    // Members of newer layers (or earlier ones of this layer) had this path as a parent. A hard
    // link may name a symlink, so it counts as one here.
    if ((state.merged.flags(path) & PARENT_USED) !== 0) throw new SymlinkParentsError(input.id, path);
    pass.symlinks.add(path);
  }

  // Rule 7: a path twice in one layer. Without hints, a repeat that cannot be merged as it comes
  // stops the merge (DuplicatePathsError); with hints, every copy but the last, and what a later
  // copy of a parent deletes, is hidden by its own layer.
  const ownHidden = own?.hides(path, ordinal) === true;
  const hiddenByNewer = kept || state.merged.isHidden(path);
  const repeat = judgeOwnCopies(pass, header, path, isDir, hiddenByNewer);
  if (repeat !== undefined) return repeat;
  const hidden = hiddenByNewer || ownHidden;

  // This member may be the version that older-target links were waiting for.
  const { pending } = state;
  const waiting = isDir || ownHidden ? [] : pending.takeResolved(path, pass.layer);
  const names = waiting.flatMap((group) => group.names);
  const keptName = waiting.find((group) => group.keptName !== undefined)?.keptName;
  if (isDir && pending.size > 0 && !ownHidden && linkedAsFile(pass, path)) return 'stop';
  if (!isDir && !ownHidden) replaceOlder(pass, path, hidden);
  const keptFinal = state.keptTree !== undefined && kept && !ownHidden && placeKept(pass, state.keptTree, path, isDir);
  return { header, ordinal, path, linkTarget, isDir, hidden, keptFinal, ownHidden, names, keptName };
}

/** Stops the merge at a repeated path (rule 7); `unlessRepeated` is thrown if the path turns out not to repeat. */
function stopAt(pass: LayerPass, path: string, unlessRepeated?: MemberError): 'stop' {
  pass.stop = { path, unlessRepeated };
  return 'stop';
}

/** A whiteout or opaque marker is staged for the layer's end (rule 1); AUFS metadata is dropped. */
function stageMarker(pass: LayerPass, name: MarkerName, path: string, header: TarHeader, ordinal: number): 'marker' | 'stop' {
  if (pass.own === undefined && deletesOwnMembers(pass, name)) return stopAt(pass, path);
  if (name.kind === 'whiteout') pass.stagedWhiteouts.push({ target: name.target, ordinal });
  else if (name.kind === 'opaque') pass.stagedOpaques.push({ dir: name.dir, ordinal });
  else pass.state.warn(`layer ${pass.input.id}: dropped AUFS metadata entry ${displayName(header.name)}`);
  return 'marker';
}

/**
 * True when a marker deletes members this layer wrote before it (containerd applies markers in
 * tar order): a whiteout of a path the layer wrote or wrote below, an opaque marker above a
 * directory the layer has no member for (layer-survivors.ts).
 */
function deletesOwnMembers(pass: LayerPass, name: MarkerName): boolean {
  if (name.kind === 'whiteout') return pass.seen.has(name.target) || pass.dirs.has(name.target);
  if (name.kind === 'opaque' && (name.dir === '' || pass.dirs.has(name.dir))) {
    for (const dir of pass.implicitDirs) if (isUnder(dir, name.dir)) return true;
  }
  return false;
}

/** A hard link's target, resolved and checked: inside the root, not the root, not under a symlink of this layer. */
function hardLinkTarget(pass: LayerPass, header: TarHeader, ordinal: number): string {
  const { input } = pass;
  const target = pass.rewrites?.get(ordinal)?.linkname ?? normalisePath(header.linkname);
  if (target === undefined) return refuse(input, header.name, `hard link target ${displayName(header.linkname)} escapes the root`);
  if (target === '') refuse(input, header.name, 'hard link to the root directory');
  if (pass.state.watch && underSymlink(pass, target)) throw new SymlinkParentsError(input.id, target);
  return target;
}

/** Marks path's parents as used, and says whether one of them is a symlink of this layer. */
function underSymlink(pass: LayerPass, path: string): boolean {
  pass.state.merged.markParentsUsed(path);
  return pass.symlinks.size > 0 && forEachAncestor(path, (ancestor) => pass.symlinks.has(ancestor));
}

/**
 * Rule 7 without hints: a second copy of a path is dropped, merged as it comes (undefined), or
 * stops the merge; so does a non-directory over what the layer put below its path. With hints,
 * a repeat the hints do not know means the layer changed between two reads.
 */
function judgeOwnCopies(
  pass: LayerPass,
  header: TarHeader,
  path: string,
  isDir: boolean,
  hiddenByNewer: boolean,
): 'drop' | 'stop' | undefined {
  const { own } = pass;
  const packed = pass.seen.get(path);
  const previous = packed === undefined ? undefined : unpack(packed, path, pass.table);
  if (previous !== undefined && own === undefined) {
    const repeat = judgeRepeat(previous, isDir ? toOutput(header, path, '') : undefined, path, hiddenByNewer);
    if (repeat === 'drop') return 'drop';
    if (repeat === 'stop') return stopAt(pass, path);
  } else if (previous !== undefined && own?.has(path) === false)
    refuse(pass.input, path, 'the layer changed between two reads (a path now repeats)');
  if (own === undefined) {
    // A non-directory deletes what this layer put below its path before it (layer-survivors.ts).
    if (!isDir && pass.dirs.has(path)) return stopAt(pass, path);
    noteDirectories(pass, path, isDir);
  }
  return undefined;
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

/**
 * A directory that hard links from newer layers point at: an error, which stops the merge unless
 * a later copy of the path in this layer is the links' target (rule 7). False when none does.
 */
function linkedAsFile(pass: LayerPass, path: string): boolean {
  const links = pass.state.pending.takeResolved(path, pass.layer).filter((group) => group.names.length > 0);
  const first = links[0];
  if (first === undefined) return false;
  const error = new MemberError(
    `layer ${pass.input.id}: ${displayName(path)}: is a directory, but hard link ${displayName(first.link)} in layer ${first.layerId} points at it`,
  );
  if (pass.own !== undefined) throw error;
  stopAt(pass, path, error);
  return true;
}

/** A non-directory here removes whatever older layers had below it, even when a newer layer hides this entry itself. */
function replaceOlder(pass: LayerPass, path: string, hidden: boolean): void {
  const { state } = pass;
  if (hidden && !pass.kept) state.merged.add(path, REPLACED);
  state.reportMissing(state.pending.takeKilled(path, false, pass.layer + 1), 'is under a path an older layer replaced by a non-directory');
}

/**
 * A member of a kept layer: recorded in the kept tree, with the marker the merged layer needs
 * above it and the early directory it needs, if any; true when it stands in the final tree.
 */
function placeKept(pass: LayerPass, keptTree: PathIndex, path: string, isDir: boolean): boolean {
  const { state } = pass;
  const keptFinal = !keptTree.isHidden(path) && !state.merged.isHidden(path);
  if (!keptTree.isHidden(path)) {
    addMarkerFor(path, state.merged, state.markers);
    const late = isDir ? undefined : state.lateDirectories.get(path);
    if (late !== undefined) state.needEarly.set(path, late);
  }
  keptTree.markEmitted(path, isDir, false);
  return keptFinal;
}
