import { type Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { classifyLayer } from './image/layer-types.ts';
import { parseConfig, parseManifest, type ParsedManifest } from './image/parse.ts';
import { formatPlatform } from './image/platform.ts';
import type { Descriptor, HistoryEntry } from './image/types.ts';
import { createDiffIdCheck } from './pipeline/diff-id-check.ts';
import { selectChildren } from './pipeline/select-children.ts';
import { createLayerStore } from './pipeline/layer-store.ts';
import { createTempBudget } from './pipeline/temp-budget.ts';
import { interruptedFailure } from './pipeline/interrupted.ts';
import { createTempDir } from './pipeline/temp-dir.ts';
import { decompressLayer, mergeToEnd, type MergeStats } from './rootfs/index.ts';
import { DEFAULTS } from './options/flatten-options.ts';
import { resolveInspectOptions } from './options/inspect-options.ts';
import { openSource, type TransportOptions } from './transport/open.ts';
import type { ImageSource } from './transport/types.ts';

export interface InspectOptions {
  image: string;
  platforms?: string[];
  /** Skip downloading layers: no figures for what a flatten would drop. */
  manifestsOnly?: boolean;
  transport?: TransportOptions;
  tempDirectory?: string;
  signal?: AbortSignal;
}

export interface InspectedImage {
  platform: string;
  digest: string;
  mediaType: string;
  layers: { digest: string; mediaType: string; size: number; diffId: string }[];
  history: HistoryEntry[];
  totalSize: number;
  /** What merging every layer would give; absent with `manifestsOnly`. */
  flattened?: MergeStats;
}

export interface InspectReport {
  image: string;
  digest: string;
  mediaType: string;
  images: InspectedImage[];
}

/** Layers, sizes, history, and how much a flatten would drop (shadowed or deleted bytes). Writes nothing. */
export async function inspect(options: InspectOptions): Promise<InspectReport> {
  // Every option, before any network or disk work (src/options/inspect-options.ts).
  const { selectors, location } = resolveInspectOptions(options);
  const temp = await createTempDir(options.tempDirectory);
  // Archive sources are unpacked in the run's temp dir, under `tempDirectory`.
  const source = await openSource(location, { ...options.transport, stagingDirectory: temp.path }).catch(async (error: unknown) => {
    await temp.remove().catch(() => undefined);
    throw interruptedFailure(error, options.signal, `inspect of ${options.image}`);
  });
  try {
    const rootRaw = await source.getRootManifest(options.signal);
    const root = parseManifest(rootRaw, source.description);
    const images: { label: string; parsed: ParsedManifest & { kind: 'image' } }[] = [];
    if (root.kind === 'image') images.push({ label: source.description, parsed: root });
    else {
      const children = await selectChildren(source, root, selectors, () => {}, [], options.signal);
      for (const child of children) images.push({ label: formatPlatform(child.descriptor.platform), parsed: child.parsed });
    }
    const inspected: InspectedImage[] = [];
    for (const { label, parsed } of images)
      inspected.push(await inspectImage(source, label, parsed, options.manifestsOnly ? undefined : temp.path, options.signal));
    return { image: options.image, digest: rootRaw.digest, mediaType: root.mediaType, images: inspected };
  } catch (error) {
    throw interruptedFailure(error, options.signal, `inspect of ${options.image}`);
  } finally {
    // Closed first, so that nothing writes in the temp dir while it goes; removed before the
    // promise settles, an aborted run's too.
    await source.close().catch(() => undefined);
    await temp.remove().catch(() => undefined);
  }
}

async function inspectImage(
  source: ImageSource,
  label: string,
  parsed: ParsedManifest & { kind: 'image' },
  directory: string | undefined,
  signal: AbortSignal | undefined,
): Promise<InspectedImage> {
  const layers = parsed.manifest.layers;
  const config = parseConfig(await source.getBlobBytes(parsed.manifest.config, signal), label);
  const diffIds = config.rootfs.diff_ids;
  const result: InspectedImage = {
    platform: label,
    digest: parsed.raw.digest,
    mediaType: parsed.mediaType,
    layers: layers.map((l, i) => ({ digest: l.digest, mediaType: l.mediaType, size: l.size, diffId: diffIds[i] ?? '' })),
    history: (config.history as HistoryEntry[] | undefined) ?? [],
    totalSize: layers.reduce((sum, l) => sum + l.size, 0),
  };
  if (directory === undefined) return result;
  for (const l of layers) classifyLayer(l.mediaType, l.digest, label);
  // A flatten's default temp budget: inspecting a 15 GB image must fit where flattening it does.
  const store = createLayerStore(source, layers, { directory, concurrency: 4, budget: createTempBudget(DEFAULTS.tempBudget), signal });
  const diffIdCheck = createDiffIdCheck(label, layers, diffIds);
  const uncompressed = (index: number): Readable => {
    const descriptor = layers[index] as Descriptor;
    return diffIdCheck.watch(index, decompressLayer(store.open(descriptor), descriptor));
  };
  const layerInputs = layers.map((descriptor, index) => ({ id: descriptor.digest, open: () => uncompressed(index) }));
  try {
    // Runs again with hints when a layer holds a path twice (docs/design.md rule 7), like a flatten does.
    result.flattened = await mergeToEnd(layerInputs, signal === undefined ? {} : { signal }, async (run) => {
      await pipeline(run.stream, new Writable({ write: (_chunk, _encoding, callback) => callback() }));
      return run.stats;
    });
    await diffIdCheck.checkRemaining(uncompressed, signal);
    await store.settled();
  } catch (error) {
    // Aborted: no download may still be writing in the temp dir when it is removed.
    if (signal?.aborted === true) await store.failure();
    throw error;
  }
  return result;
}
