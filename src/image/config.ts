import is from '@sindresorhus/is';
import { optionError } from '../errors.ts';
import type { HistoryEntry } from './types.ts';

export interface FlattenConfigOptions {
  /** How many of the oldest layers are kept as they are (0: every layer is merged). */
  keptLayers: number;
  /** diff_ids of the kept layers, base first (taken from the source config). */
  keptDiffIds: readonly string[];
  /** diff_id (sha256 of the uncompressed tar) of the merged layer. */
  mergedDiffId: string;
  /** Digest of the source image manifest, recorded in the appended history entry. */
  sourceDigest: string;
  /** How many layers were merged into one. */
  mergedLayerCount: number;
  /** RFC 3339 time for `created` and the appended history entry; default: the source's `created`. */
  created?: string;
  /** How the merged layer is compressed (`describeCompression`), recorded in the history entry. */
  layerFormat?: string;
  /** Labels to add to (or replace in) `config.Labels`. */
  labels?: Readonly<Record<string, string>>;
}

/**
 * The flattened image's config, from the source's raw config. Only `rootfs.diff_ids`, `history`,
 * and what an option asks for change; every other field, known or not, is kept as it was
 * (docs/design.md section 2). Pure: the input is not modified.
 */
export function flattenConfig(source: Readonly<Record<string, unknown>>, options: FlattenConfigOptions): Record<string, unknown> {
  const config: Record<string, unknown> = structuredClone(source) as Record<string, unknown>;
  const created = options.created ?? (is.string(config.created) ? config.created : undefined);
  if (options.created !== undefined) config.created = options.created;

  const rootfs = config.rootfs as Record<string, unknown>;
  rootfs.diff_ids = [...options.keptDiffIds, options.mergedDiffId];

  const history = is.array(config.history) ? (config.history as HistoryEntry[]) : [];
  config.history = [...markMergedEntriesEmpty(history, options.keptLayers), appendedEntry(options, created)];

  if (options.labels !== undefined && Object.keys(options.labels).length > 0) {
    const runtime = is.plainObject(config.config) ? config.config : {};
    const labels = is.plainObject(runtime.Labels) ? runtime.Labels : {};
    runtime.Labels = { ...labels, ...options.labels };
    config.config = runtime;
  }
  return config;
}

/**
 * Every source entry is kept, in order. Entries that produced a layer count towards the layer
 * index; those past the kept base had their layer merged, so they become `empty_layer`.
 */
function markMergedEntriesEmpty(history: readonly HistoryEntry[], keptLayers: number): HistoryEntry[] {
  let layerIndex = 0;
  return history.map((entry) => {
    if (entry.empty_layer === true) return { ...entry };
    const kept = layerIndex < keptLayers;
    layerIndex += 1;
    return kept ? { ...entry } : { ...entry, empty_layer: true };
  });
}

function appendedEntry(options: FlattenConfigOptions, created: string | undefined): HistoryEntry {
  const entry: HistoryEntry = {};
  if (created !== undefined) entry.created = created;
  entry.created_by = `oci-flatten: merged ${options.mergedLayerCount} layer${options.mergedLayerCount === 1 ? '' : 's'} of ${options.sourceDigest}`;
  entry.comment = options.layerFormat === undefined ? 'flattened by oci-flatten' : `flattened by oci-flatten (${options.layerFormat})`;
  return entry;
}

/** The time for `options.created`: an RFC 3339 string, `now`, or SOURCE_DATE_EPOCH seconds. */
export function resolveCreated(
  value: string | undefined,
  sourceDateEpoch: string | undefined,
  now: () => Date = () => new Date(),
): string | undefined {
  if (value === 'now') return rfc3339(now());
  if (value !== undefined) {
    if (!RFC3339.test(value) || Number.isNaN(Date.parse(value))) {
      throw optionError('created', `options.created ${JSON.stringify(value)} is not an RFC 3339 time (e.g. 2024-05-01T12:00:00Z) or "now"`);
    }
    return value;
  }
  if (sourceDateEpoch !== undefined && sourceDateEpoch !== '') {
    if (!/^\d+$/.test(sourceDateEpoch)) {
      throw optionError('sourceDateEpoch', `options.sourceDateEpoch ${JSON.stringify(sourceDateEpoch)} is not a whole number of seconds`);
    }
    return rfc3339(new Date(Number(sourceDateEpoch) * 1000));
  }
  return undefined;
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

const rfc3339 = (date: Date): string => date.toISOString().replace(/\.\d{3}Z$/, 'Z');
