/**
 * The run's temp disk budget (docs/temp-budget.md): room is reserved before a layer is spooled, so
 * the bytes on disk never exceed the limit, and what really lies on disk is tracked for its peak.
 * Pure bookkeeping, no I/O.
 */
export interface TempBudget {
  /** Bytes the spools may take at once; Infinity when unlimited. */
  readonly limit: number;
  /** Reserves room for `bytes` if it fits beside what is reserved now. */
  tryReserve(bytes: number): boolean;
  release(bytes: number): void;
  /** Bytes written to, or removed from, a temp file the budget governs. */
  grew(bytes: number): void;
  shrank(bytes: number): void;
  /** Bytes on disk now, and the most there ever were. */
  readonly onDisk: number;
  readonly peak: number;
  /** Layer reads served by fetching the blob again from the source instead of a spool. */
  refetches: number;
}

export function createTempBudget(limit: number): TempBudget {
  let reserved = 0;
  let onDisk = 0;
  let peak = 0;
  return {
    limit,
    tryReserve(bytes) {
      if (reserved + bytes > limit) return false;
      reserved += bytes;
      return true;
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
    refetches: 0,
  };
}
