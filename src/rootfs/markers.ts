/**
 * Whiteouts and opaque markers the merged layer must carry when base layers are kept below it
 * (docs/design.md section 3): exactly those that hide what the merged layers removed from the kept
 * layers, at the shallowest path that does it, so no marker is nested under another
 * (nested markers made `docker load` fail on docker-squash output). Pure: decisions only.
 */
import { EMITTED_DIR, EMITTED_OTHER, HAS_EMITTED_CHILD, OPAQUE, REPLACED, WHITED_OUT, type PathIndex } from './path-index.ts';
import { forEachAncestor, joinPath, OPAQUE_MARKER, parentOf, WHITEOUT_PREFIX } from './paths.ts';

export interface MarkerSet {
  /** Paths to delete with `.wh.NAME`. */
  whiteouts: Set<string>;
  /** Directories whose kept children are hidden with `DIR/.wh..wh..opq`. */
  opaques: Set<string>;
}

export function createMarkerSet(): MarkerSet {
  return { whiteouts: new Set(), opaques: new Set() };
}

/**
 * A path that exists in the kept layers' tree: record the marker (if any) that hides it under the
 * merged layer, given what the merged layers did (`merged`).
 */
export function addMarkerFor(path: string, merged: PathIndex, markers: MarkerSet): void {
  const decide = (at: string, isSelf: boolean): boolean => {
    const bits = merged.flags(at);
    if ((bits & EMITTED_OTHER) !== 0) return true; // replaced by a written non-directory
    if ((bits & WHITED_OUT) !== 0) {
      if (isSelf && (bits & EMITTED_DIR) !== 0) return true; // directory over directory: attributes only
      // Something of the merged layer lives at or below `at`: deleting it would delete that too.
      if ((bits & (EMITTED_DIR | HAS_EMITTED_CHILD)) !== 0) markers.opaques.add(at);
      else markers.whiteouts.add(at);
      return true;
    }
    if ((bits & (OPAQUE | REPLACED)) !== 0 && !isSelf) {
      markers.opaques.add(at);
      return true;
    }
    return false;
  };
  if (forEachAncestor(path, (ancestor) => decide(ancestor, false))) return;
  decide(path, true);
}

/** Marker member names in a deterministic order (sorted by the path they act on). */
export function markerNames(markers: MarkerSet): string[] {
  const names: [string, string][] = [];
  for (const path of markers.whiteouts) {
    const slash = path.lastIndexOf('/');
    names.push([path, joinPath(parentOf(path), `${WHITEOUT_PREFIX}${path.slice(slash + 1)}`)]);
  }
  for (const dir of markers.opaques) names.push([dir, joinPath(dir, OPAQUE_MARKER)]);
  names.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  return names.map(([, name]) => name);
}
