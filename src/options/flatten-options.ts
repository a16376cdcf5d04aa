import { optionError } from '../errors.ts';
import { resolveCreated } from '../image/config.ts';
import type { Compression } from '../image/family.ts';
import type { ManifestFamily } from '../image/media-types.ts';
import { parsePlatform, type PlatformSelector } from '../image/platform.ts';
import { DEFAULT_TIMEOUT_MS } from '../registry/client.ts';
import { DEFAULT_RETRY } from '../registry/retry.ts';
import { DEFAULT_SPEED_LIMIT } from '../registry/speed-guard.ts';
import type { FlattenOptions } from '../flatten.ts';
import type { TransportOptions } from '../transport/open.ts';
import type { ImageLocation } from '../transport/location.ts';
import { describeName, type NameKind } from './names.ts';
import { REFERRERS_MODES, type ReferrersMode } from '../referrers/types.ts';

/**
 * The one options model of a flatten: flatten() and the CLI both go through `resolveOptions`, so
 * defaults live here only and a bad value is refused (exit 2) before any network or disk work,
 * whoever the caller is. Every option either applies, is refused with the reason, or, when it is
 * merely redundant, yields a one-line warning: none is silently ignored (issue 18).
 */

/** Defaults, in one place (README's options table states the same). */
export const DEFAULTS = Object.freeze({
  compression: 'gzip' as Compression,
  /** gzip 6: the fastest level within 3% of gzip -9's size (README, Performance). */
  gzipLevel: 6,
  /** zstd's own default. */
  zstdLevel: 3,
  concurrency: 4,
  /** --temp-budget: bytes of temp disk the spools may take at once (docs/temp-budget.md, bench/README.md). */
  tempBudget: 512 * 1024 * 1024,
});

/** Levels each compression takes, as `--help` and the README state them. */
export const LEVELS: Readonly<Record<Exclude<Compression, 'none'>, readonly [number, number]>> = { gzip: [1, 9], zstd: [1, 19] };
/** The most layer downloads a run keeps in flight (`concurrency`). */
export const MAX_CONCURRENCY = 64;

/**
 * The transport's defaults, as the registry client applies them when an option is left out
 * (src/registry/client.ts, retry.ts, speed-guard.ts): gathered here so that help texts and
 * documentation state the numbers the code uses.
 */
export const TRANSPORT_DEFAULTS = Object.freeze({
  /** Attempts of a failed registry request, the first included (`retry.attempts`). */
  attempts: DEFAULT_RETRY.attempts,
  timeoutMs: DEFAULT_TIMEOUT_MS,
  speedLimit: Object.freeze({ ...DEFAULT_SPEED_LIMIT }),
});

/** What resolveOptions reads: the option fields of FlattenOptions (src/flatten.ts), each side by its name. */
export type OptionInput = Omit<FlattenOptions, 'signal' | 'onProgress' | 'source' | 'target'> & { source: string; target: string };

/** A side's transport, or `object`: an ImageSource/ImageTarget of the caller's own, to which no name rule applies. */
export type SideKind = NameKind | 'object';

/** A side as resolveOptions knows it: its kind and, for a name (or an object opened by one), the name parsed. */
export interface SideInfo {
  kind: SideKind;
  location?: ImageLocation | undefined;
}

export interface ResolvedOptions {
  source: string;
  target: string;
  sourceKind: SideKind;
  targetKind: SideKind;
  /** Each side's name, parsed once here; undefined for an object of the caller's own. */
  sourceLocation: ImageLocation | undefined;
  targetLocation: ImageLocation | undefined;
  selectors: PlatformSelector[];
  keepIndex: boolean;
  keepBase: number | undefined;
  base: string | undefined;
  compression: Compression;
  /** Undefined for `none`. */
  level: number | undefined;
  format: ManifestFamily | undefined;
  created: string | undefined;
  concurrency: number;
  /** Bytes; Infinity for unlimited. */
  tempBudget: number;
  dryRun: boolean;
  reuse: boolean;
  referrers: ReferrersMode;
  provenance: boolean;
  /** One line each, without a prefix; the caller shows them as warnings. */
  warnings: string[];
}

const UPLOAD_STRATEGIES: readonly string[] = ['auto', 'monolithic', 'streamed', 'chunked'];

const isWhole = (n: unknown): n is number => typeof n === 'number' && Number.isSafeInteger(n);

function checkPairs(pairs: Record<string, string> | undefined, field: 'labels' | 'annotations'): void {
  if (pairs === undefined) return;
  const option = `options.${field}`;
  if (typeof pairs !== 'object' || pairs === null) throw optionError(field, `${option} must be an object of key/value strings`);
  for (const [key, value] of Object.entries(pairs)) {
    if (key === '') throw optionError(field, `${option}: a key must not be empty`);
    if (typeof value !== 'string') throw optionError(field, `${option} ${key}: the value must be a string, not ${typeof value}`);
  }
}

/** Validates every option and their combinations with the two transports; throws a usage error (exit 2). */
export function resolveOptions(input: OptionInput, known: { source?: SideInfo; target?: SideInfo } = {}): ResolvedOptions {
  if (typeof input.source !== 'string' || input.source === '') throw optionError('source', 'no source image given (options.source)');
  if (typeof input.target !== 'string' || input.target === '') throw optionError('target', 'no target given (options.target)');
  // A side given as an opened object has its kind already; a name is classified (with hints) here.
  const sourceSide: SideInfo = known.source ?? describeName(input.source, 'source');
  const targetSide: SideInfo = known.target ?? describeName(input.target, 'target');
  const sourceKind = sourceSide.kind;
  const targetKind = targetSide.kind;
  const warnings: string[] = [];
  const toArchive = targetKind === 'docker-archive';
  const ociTarget = targetKind === 'oci' || targetKind === 'oci-archive';

  let compression = input.compression ?? DEFAULTS.compression;
  if (!['gzip', 'zstd', 'none'].includes(compression)) {
    throw optionError('compression', `options.compression ${JSON.stringify(compression)} is not one of gzip, zstd, none`);
  }
  let level: number | undefined;
  if (compression !== 'none') {
    const [min, max] = LEVELS[compression];
    if (input.level !== undefined && (!isWhole(input.level) || input.level < min || input.level > max)) {
      throw optionError('level', `options.level ${String(input.level)} is out of range for ${compression} (${min} to ${max})`);
    }
    level = input.level ?? (compression === 'gzip' ? DEFAULTS.gzipLevel : DEFAULTS.zstdLevel);
  } else if (input.level !== undefined) {
    warnings.push(`options.level ${String(input.level)} has no effect with options.compression none`);
  }

  const format = input.format;
  if (format !== undefined && format !== 'oci' && format !== 'docker') {
    throw optionError('format', `options.format ${JSON.stringify(format)} is not one of oci, docker`);
  }
  if (format === 'docker' && compression === 'zstd' && !toArchive) {
    throw optionError(
      'compression',
      'options.compression zstd with options.format docker: zstd layers exist only in the OCI format',
      'drop options.format docker, or use options.compression gzip',
    );
  }
  if (format === 'docker' && ociTarget) {
    throw optionError(
      'format',
      `options.format docker into ${input.target}: an OCI layout holds OCI manifests (skopeo and umoci do not read a Docker manifest there)`,
      'drop options.format docker, or write to a registry or a docker-archive: target',
    );
  }
  if (toArchive) {
    // docker-archive.ts stores every layer uncompressed, as docker save does: the merged layer is
    // written plain from the start, so the history entry says what the archive really holds.
    compression = 'none';
    level = undefined;
    if (input.compression !== undefined && input.compression !== 'none') {
      warnings.push(
        `options.compression ${input.compression} has no effect on a docker-archive: target, which stores layers uncompressed (as docker save does)`,
      );
    } else if (input.level !== undefined && input.compression !== 'none') {
      warnings.push(`options.level ${String(input.level)} has no effect on a docker-archive: target, which stores layers uncompressed`);
    }
    if (format === 'oci') warnings.push("options.format oci has no effect on a docker-archive: target, which is always in Docker's format");
  }

  if (input.platforms !== undefined && !Array.isArray(input.platforms))
    throw optionError('platforms', 'options.platforms must be a list of os/arch[/variant]');
  const selectors = (input.platforms ?? []).map((text) => parsePlatform(text, 'platforms'));
  const keepIndex = input.keepIndex === true;
  if (toArchive && selectors.length > 1) {
    throw optionError(
      'platforms',
      `${input.target}: a docker archive holds one image, and ${selectors.length} platforms were selected`,
      'give one options.platforms os/arch',
    );
  }
  if (toArchive && keepIndex) {
    throw optionError(
      'keepIndex',
      `options.keepIndex with ${input.target}: a docker archive holds one image, never an index`,
      'drop options.keepIndex',
    );
  }
  if (keepIndex && selectors.length !== 1) {
    warnings.push(
      selectors.length === 0
        ? 'options.keepIndex has no effect without options.platforms: an index source is written as an index anyway'
        : 'options.keepIndex has no effect with several options.platforms: their index is written anyway',
    );
  }

  if (input.keepBase !== undefined && input.base !== undefined) {
    throw optionError('keepBase', 'options.keepBase and options.base both choose the layers to keep; give one of them');
  }
  if (input.keepBase !== undefined && (!isWhole(input.keepBase) || input.keepBase < 0)) {
    throw optionError('keepBase', `options.keepBase ${String(input.keepBase)} is not a whole number of layers`);
  }
  if (input.base !== undefined && (typeof input.base !== 'string' || input.base === ''))
    throw optionError('base', 'options.base names no image');

  const concurrency = input.concurrency ?? DEFAULTS.concurrency;
  if (!isWhole(concurrency) || concurrency < 1 || concurrency > MAX_CONCURRENCY) {
    throw optionError('concurrency', `options.concurrency ${String(concurrency)} is out of range (1 to ${MAX_CONCURRENCY})`);
  }
  const tempBudget = parseTempBudget(input.tempBudget);
  const created = resolveCreated(input.created, input.sourceDateEpoch);
  checkPairs(input.labels, 'labels');
  checkPairs(input.annotations, 'annotations');

  for (const field of ['keepIndex', 'force', 'reuse', 'dryRun', 'verify', 'allowNondistributable', 'provenance'] as const) {
    const value: unknown = input[field];
    if (value !== undefined && typeof value !== 'boolean') {
      throw optionError(field, `options.${field} must be true or false, not ${JSON.stringify(value)}`);
    }
  }
  if (input.tempDirectory !== undefined && (typeof input.tempDirectory !== 'string' || input.tempDirectory === '')) {
    throw optionError('tempDirectory', 'options.tempDirectory names no directory');
  }
  const dryRun = input.dryRun === true;
  const reuse = input.reuse !== false;
  if (dryRun && !reuse) warnings.push('options.reuse false has no effect with options.dryRun, which merges and uploads nothing');
  if (dryRun && input.tempDirectory !== undefined)
    warnings.push('options.tempDirectory has no effect with options.dryRun, which writes no temp files');
  if (dryRun && input.tempBudget !== undefined)
    warnings.push('options.tempBudget has no effect with options.dryRun, which writes no temp files');
  if (dryRun && input.verify === true) warnings.push('options.verify has no effect with options.dryRun, which writes nothing to verify');

  const referrers = input.referrers ?? 'auto';
  if (!REFERRERS_MODES.includes(referrers)) {
    throw optionError('referrers', `options.referrers ${JSON.stringify(referrers)} is not one of ${REFERRERS_MODES.join(', ')}`);
  }
  const provenance = input.provenance === true;
  if (input.signKey !== undefined && (typeof input.signKey !== 'string' || input.signKey === '')) {
    throw optionError('signKey', 'options.signKey names no key file');
  }
  warnings.push(...referrerWarnings(input, targetKind, dryRun));

  checkTransport(input.transport);
  warnings.push(...transportWarnings(input, sourceSide, targetSide));
  return {
    source: input.source,
    target: input.target,
    sourceKind,
    targetKind,
    sourceLocation: sourceSide.location,
    targetLocation: targetSide.location,
    selectors,
    keepIndex,
    keepBase: input.keepBase,
    base: input.base,
    compression,
    level,
    format,
    created,
    concurrency,
    tempBudget,
    dryRun,
    reuse,
    referrers,
    provenance,
    warnings,
  };
}

/** --referrers and --provenance where nothing can be attached (docs/referrers.md). */
function referrerWarnings(input: OptionInput, targetKind: SideKind, dryRun: boolean): string[] {
  const given = [
    input.referrers !== undefined ? `options.referrers ${input.referrers}` : '',
    input.provenance === true ? 'options.provenance' : '',
    input.signKey !== undefined ? 'options.signKey' : '',
  ].filter((option) => option !== '' && option !== 'options.referrers none');
  if (given.length === 0) return [];
  // A dry run still reports what options.referrers would do with what is attached; it adds nothing.
  if (dryRun) {
    return given
      .filter((option) => !option.startsWith('options.referrers'))
      .map((option) => `${option} has no effect with options.dryRun, which writes nothing to attach`);
  }
  if (targetKind === 'docker-archive' || targetKind === 'oci-archive') {
    return given.map((option) => `${option} has no effect on a ${targetKind}: target, which holds no referrers`);
  }
  if (targetKind !== 'registry' && input.signKey !== undefined) {
    const where = targetKind === 'object' ? 'a target object' : `an ${targetKind}: target`;
    return [`options.signKey has no effect on ${where}: cosign reads signatures from registries (sign after copying it to one)`];
  }
  return [];
}

const UNITS: Readonly<Record<string, number>> = {
  '': 1,
  b: 1,
  k: 1024,
  kib: 1024,
  m: 1024 ** 2,
  mib: 1024 ** 2,
  g: 1024 ** 3,
  gib: 1024 ** 3,
};

/**
 * `--temp-budget`: a whole number of bytes, a size with a binary unit (`64MiB`, `1g`), or
 * `unlimited` (Infinity). 0 spools nothing: every layer streams.
 */
export function parseTempBudget(value: number | string | undefined): number {
  if (value === undefined) return DEFAULTS.tempBudget;
  if (value === 'unlimited' || value === Number.POSITIVE_INFINITY) return Number.POSITIVE_INFINITY;
  if (typeof value === 'number') {
    if (isWhole(value) && value >= 0) return value;
    throw optionError('tempBudget', `options.tempBudget ${String(value)} is not a whole number of bytes`);
  }
  const match = typeof value === 'string' ? /^(\d+)\s*([a-z]*)$/i.exec(value.trim()) : null;
  const unit = UNITS[(match?.[2] ?? '').toLowerCase()];
  const bytes = match === null || unit === undefined ? Number.NaN : Number(match[1]) * unit;
  if (!Number.isSafeInteger(bytes)) {
    throw optionError(
      'tempBudget',
      `options.tempBudget ${JSON.stringify(value)} is not a size (bytes, or with KiB, MiB, GiB; or unlimited)`,
    );
  }
  return bytes;
}

/** The numbers of the transport options (the CLI's --retries, --timeout, --speed-limit, --speed-time), checked for library callers too. */
export function checkTransport(transport: TransportOptions | undefined): void {
  if (transport === undefined) return;
  const { timeoutMs, retry, speedLimit, insecureHosts, hosts } = transport;
  if (insecureHosts !== undefined && (!Array.isArray(insecureHosts) || insecureHosts.some((host) => typeof host !== 'string'))) {
    throw optionError('transport.insecureHosts', 'options.transport.insecureHosts must be a list of HOST[:PORT]');
  }
  for (const [host, settings] of Object.entries(hosts ?? {})) {
    const strategy = settings.upload?.strategy;
    if (strategy !== undefined && !UPLOAD_STRATEGIES.includes(strategy)) {
      throw optionError(
        'transport.hosts',
        `options.transport.hosts ${host}=${String(strategy)}: the strategy is not one of ${UPLOAD_STRATEGIES.join(', ')}`,
      );
    }
    const chunkSize = settings.upload?.chunkSize;
    if (chunkSize !== undefined && (!isWhole(chunkSize) || chunkSize < 1)) {
      throw optionError(
        'transport.hosts',
        `options.transport.hosts ${host}: chunk size ${String(chunkSize)} is not a whole number of bytes`,
      );
    }
  }
  const bytesPerSecond = speedLimit?.bytesPerSecond;
  if (bytesPerSecond !== undefined && (!isWhole(bytesPerSecond) || bytesPerSecond < 0)) {
    throw optionError(
      'transport.speedLimit.bytesPerSecond',
      `options.transport.speedLimit.bytesPerSecond ${String(bytesPerSecond)} is not a whole number of bytes (0 turns the rule off)`,
    );
  }
  const seconds = speedLimit?.seconds;
  if (seconds !== undefined && !(typeof seconds === 'number' && Number.isFinite(seconds) && seconds > 0)) {
    throw optionError('transport.speedLimit.seconds', `options.transport.speedLimit.seconds ${String(seconds)} is not a positive time`);
  }
  if (timeoutMs !== undefined && !(typeof timeoutMs === 'number' && Number.isFinite(timeoutMs) && timeoutMs > 0)) {
    throw optionError('transport.timeoutMs', `options.transport.timeoutMs: ${String(timeoutMs)} ms is not a positive time`);
  }
  if (retry?.attempts !== undefined && (!isWhole(retry.attempts) || retry.attempts < 1)) {
    throw optionError(
      'transport.retry.attempts',
      `options.transport.retry.attempts: ${String(retry.attempts)} attempts is not a whole number of at least 1`,
    );
  }
}

/** Registry options given for sides that are not registries (or not that registry). */
function transportWarnings(input: OptionInput, sourceSide: SideInfo, targetSide: SideInfo): string[] {
  const transport = input.transport ?? {};
  const sourceKind = sourceSide.kind;
  const targetKind = targetSide.kind;
  const registryOf = (side: SideInfo): string | undefined =>
    side.location?.kind === 'registry' ? side.location.reference.registry : undefined;
  const warnings: string[] = [];
  if (transport.sourceCredentials !== undefined && sourceKind !== 'registry') {
    warnings.push(`options.transport.sourceCredentials has no effect: the source ${input.source} is not a registry`);
  }
  if (transport.targetCredentials !== undefined && targetKind !== 'registry' && !input.dryRun) {
    warnings.push(`options.transport.targetCredentials has no effect: the target ${input.target} is not a registry`);
  }
  const speed = transport.speedLimit;
  if (speed !== undefined && speed.bytesPerSecond === 0 && speed.seconds !== undefined) {
    warnings.push(
      `options.transport.speedLimit.seconds ${speed.seconds} has no effect with options.transport.speedLimit.bytesPerSecond 0, which turns the low-speed rule off`,
    );
  }
  const registries = new Set<string>();
  for (const side of [sourceSide, targetSide]) {
    if (side.kind === 'registry') registries.add(registryOf(side) ?? '');
  }
  const named = (host: string): boolean => registries.has(host) || input.base !== undefined;
  for (const host of Object.keys(transport.hosts ?? {})) {
    if (targetKind !== 'registry' || registryOf(targetSide) !== host) {
      warnings.push(`options.transport.hosts ${host}=… has no effect: the target is not on ${host}`);
    }
  }
  for (const host of transport.insecureHosts ?? []) {
    if (!named(host))
      warnings.push(`options.transport.insecureHosts ${host} has no effect: neither the source nor the target is on ${host}`);
  }
  return warnings;
}
