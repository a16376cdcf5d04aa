/** The merge's inputs, options and stats (the public shape of src/rootfs). */
import type { Readable } from 'node:stream';
import type { DuplicateHints } from './duplicates.ts';
import type { EarlyDirectories } from './early-directories.ts';
import type { PathRewrites } from './symlink-parents.ts';

export interface LayerInput {
  /** Layer digest (or a name), used in error messages and to key duplicate hints. */
  id: string;
  /**
   * Opens the layer's UNCOMPRESSED tar stream, in the order the merge needs (newest first).
   * Called once per merge, except in rare cases, each after the previous stream ended or was
   * destroyed: a layer holding a hard link to a file that comes earlier in the same layer and is
   * hidden in the final tree (reread.ts) is read again for just those files' bytes; a layer
   * holding a path twice whose first copy was already written is read again, headers only, to
   * list its duplicates (duplicates.ts) before the merge fails with DuplicatePathsError.
   */
  open(): Readable | Promise<Readable>;
}

export interface MergeOptions {
  /**
   * Layers kept below the merged ones (base first). Only their headers are read (plus the bytes
   * of files that a merged hard link needs), to emit exactly the whiteouts/opaque markers needed
   * to hide what the merged layers removed from them.
   */
  lower?: LayerInput[];
  /** What to do with a hard link whose target never appears: 'error' (default) or 'drop' (warn via onWarning). */
  missingLinkTarget?: 'error' | 'drop';
  /**
   * Paths that appear more than once in a layer, from DuplicatePathsError of an earlier run
   * (docs/design.md rule 7). Every copy but the last is then treated as hidden by its own layer.
   * mergeToEnd (merge-to-end.ts) fills this in and runs the merge again.
   */
  duplicates?: DuplicateHints;
  /**
   * Members whose names resolve elsewhere because a parent directory is a symlink when they are
   * applied (symlink-parents.ts). mergeToEnd fills this in and runs the merge again the first time
   * the merge meets one; when it is given, the merge no longer watches for them.
   */
  resolvedPaths?: PathRewrites;
  /**
   * Directories to write ahead of the members below them, because a kept layer has a file or a
   * symlink where they stand (early-directories.ts). mergeToEnd fills this in.
   */
  earlyDirectories?: EarlyDirectories;
  onWarning?: (message: string) => void;
  signal?: AbortSignal;
}

export interface MergeStats {
  entriesIn: number;
  entriesOut: number;
  bytesIn: number;
  bytesOut: number;
  /** regular-file bytes in the inputs that the output does not carry (shadowed or deleted) */
  bytesDropped: number;
  paths: number;
}
