/**
 * The run's temp disk budget (docs/temp-budget.md): room is reserved before a layer is spooled, so
 * the bytes on disk never exceed the limit, and what really lies on disk is tracked for its peak.
 * Pure bookkeeping, no I/O.
 */
export interface TempBudget {
  /** Bytes the spools may take at once; Infinity when unlimited. */
  readonly limit: number;
  /**
   * Reserves room for `bytes` if it fits beside what is reserved now. Unless `reclaim` is false,
   * the reclaimers are first asked to free spools nobody needs (they return false when they have
   * nothing left to free).
   */
  tryReserve(bytes: number, reclaim?: boolean): boolean;
  /** A way to free room (a layer store deleting the spools the merge has read); returns the remover. */
  addReclaimer(reclaim: () => boolean): () => void;
  release(bytes: number): void;
  /** Bytes written to, or removed from, a temp file the budget governs. */
  grew(bytes: number): void;
  shrank(bytes: number): void;
  /** Bytes on disk now, and the most there ever were. */
  readonly onDisk: number;
  readonly peak: number;
  /**
   * The run's peak temp use, given what its temp dir holds now (spools included): spools are
   * deleted as soon as nothing needs them, so it is their peak plus whatever else lies there.
   */
  peakWith(dirBytes: number): number;
  /** Layer reads served by fetching the blob again from the source instead of a spool. */
  refetches: number;
}

export function createTempBudget(limit: number): TempBudget {
  let reserved = 0;
  let onDisk = 0;
  let peak = 0;
  const reclaimers = new Set<() => boolean>();
  const reclaim = (): boolean => {
    for (const reclaimer of reclaimers) if (reclaimer()) return true;
    return false;
  };
  return {
    limit,
    tryReserve(bytes, reclaiming = true) {
      if (bytes > limit) return false;
      while (reserved + bytes > limit) if (!reclaiming || !reclaim()) return false;
      reserved += bytes;
      return true;
    },
    addReclaimer(reclaimer) {
      reclaimers.add(reclaimer);
      return () => reclaimers.delete(reclaimer);
    },
    release(bytes) {
      reserved -= bytes;
    },
    grew(bytes) {
      onDisk += bytes;
      if (onDisk > peak) peak = onDisk;
    },
    shrank(bytes) {
      onDisk -= bytes;
    },
    get onDisk() {
      return onDisk;
    },
    get peak() {
      return peak;
    },
    peakWith(dirBytes) {
      return Math.max(0, dirBytes - onDisk) + peak;
    },
    refetches: 0,
  };
}
