import { usageError } from '../errors.ts';
import { resolveCreated } from '../image/config.ts';
import type { Compression } from '../image/family.ts';
import type { ManifestFamily } from '../image/media-types.ts';
import { parsePlatform, type PlatformSelector } from '../image/platform.ts';
import { DEFAULT_SPEED_LIMIT } from '../registry/speed-guard.ts';
import type { FlattenOptions } from '../flatten.ts';
import type { TransportOptions } from '../transport/open.ts';
import { describeName, type NameKind } from './names.ts';

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
export const MAX_CONCURRENCY = 64;

/** What resolveOptions reads: the option fields of FlattenOptions (src/flatten.ts). */
export type OptionInput = Omit<FlattenOptions, 'signal' | 'onProgress'>;

export interface ResolvedOptions {
  source: string;
  target: string;
  sourceKind: NameKind;
  targetKind: NameKind;
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
  /** One line each, without a prefix; the caller shows them as warnings. */
  warnings: string[];
}

const isWhole = (n: unknown): n is number => typeof n === 'number' && Number.isSafeInteger(n);

function checkPairs(pairs: Record<string, string> | undefined, option: string): void {
  if (pairs === undefined) return;
  if (typeof pairs !== 'object' || pairs === null) throw usageError(`${option} must be an object of key/value strings`);
  for (const [key, value] of Object.entries(pairs)) {
    if (key === '') throw usageError(`${option}: a key must not be empty`);
    if (typeof value !== 'string') throw usageError(`${option} ${key}: the value must be a string, not ${typeof value}`);
  }
}

/** Validates every option and their combinations with the two transports; throws a usage error (exit 2). */
export function resolveOptions(input: OptionInput): ResolvedOptions {
  if (typeof input.source !== 'string' || input.source === '') throw usageError('no source image given');
  if (typeof input.target !== 'string' || input.target === '') throw usageError('no target given (--to TARGET)');
  const sourceKind = describeName(input.source, 'source').kind;
  const targetKind = describeName(input.target, 'target').kind;
  const warnings: string[] = [];
  const toArchive = targetKind === 'docker-archive';
  const ociTarget = targetKind === 'oci' || targetKind === 'oci-archive';

  let compression = input.compression ?? DEFAULTS.compression;
  if (!['gzip', 'zstd', 'none'].includes(compression)) {
    throw usageError(`--compression ${JSON.stringify(compression)} is not one of gzip, zstd, none`);
  }
  let level: number | undefined;
  if (compression !== 'none') {
    const [min, max] = LEVELS[compression];
    if (input.level !== undefined && (!isWhole(input.level) || input.level < min || input.level > max)) {
      throw usageError(`--level ${String(input.level)} is out of range for ${compression} (${min} to ${max})`);
    }
    level = input.level ?? (compression === 'gzip' ? DEFAULTS.gzipLevel : DEFAULTS.zstdLevel);
  } else if (input.level !== undefined) {
    warnings.push(`--level ${String(input.level)} has no effect with --compression none`);
  }

  const format = input.format;
  if (format !== undefined && format !== 'oci' && format !== 'docker') {
    throw usageError(`--format ${JSON.stringify(format)} is not one of oci, docker`);
  }
  if (format === 'docker' && compression === 'zstd' && !toArchive) {
    throw usageError(
      '--compression zstd with --format docker: zstd layers exist only in the OCI format',
      'drop --format docker, or use --compression gzip',
    );
  }
  if (format === 'docker' && ociTarget) {
    throw usageError(
      `--format docker into ${input.target}: an OCI layout holds OCI manifests (skopeo and umoci do not read a Docker manifest there)`,
      'drop --format docker, or write to a registry or a docker-archive: target',
    );
  }
  if (toArchive) {
    // docker-archive.ts stores every layer uncompressed, as docker save does: the merged layer is
    // written plain from the start, so the history entry says what the archive really holds.
    compression = 'none';
    level = undefined;
    if (input.compression !== undefined && input.compression !== 'none') {
      warnings.push(
        `--compression ${input.compression} has no effect on a docker-archive: target, which stores layers uncompressed (as docker save does)`,
      );
    } else if (input.level !== undefined && input.compression !== 'none') {
      warnings.push(`--level ${String(input.level)} has no effect on a docker-archive: target, which stores layers uncompressed`);
    }
    if (format === 'oci') warnings.push("--format oci has no effect on a docker-archive: target, which is always in Docker's format");
  }

  if (input.platforms !== undefined && !Array.isArray(input.platforms)) throw usageError('platforms must be a list of os/arch[/variant]');
  const selectors = (input.platforms ?? []).map(parsePlatform);
  const keepIndex = input.keepIndex === true;
  if (toArchive && selectors.length > 1) {
    throw usageError(
      `${input.target}: a docker archive holds one image, and ${selectors.length} platforms were selected`,
      'give one --platform os/arch',
    );
  }
  if (toArchive && keepIndex) {
    throw usageError(`--keep-index with ${input.target}: a docker archive holds one image, never an index`, 'drop --keep-index');
  }
  if (keepIndex && selectors.length !== 1) {
    warnings.push(
      selectors.length === 0
        ? '--keep-index has no effect without --platform: an index source is written as an index anyway'
        : '--keep-index has no effect with several --platform: their index is written anyway',
    );
  }

  if (input.keepBase !== undefined && input.base !== undefined) {
    throw usageError('--keep-base and --base both choose the layers to keep; give one of them');
  }
  if (input.keepBase !== undefined && (!isWhole(input.keepBase) || input.keepBase < 0)) {
    throw usageError(`--keep-base ${String(input.keepBase)} is not a whole number of layers`);
  }
  if (input.base !== undefined && (typeof input.base !== 'string' || input.base === '')) throw usageError('--base names no image');

  const concurrency = input.concurrency ?? DEFAULTS.concurrency;
  if (!isWhole(concurrency) || concurrency < 1 || concurrency > MAX_CONCURRENCY) {
    throw usageError(`--concurrency ${String(concurrency)} is out of range (1 to ${MAX_CONCURRENCY})`);
  }
  const tempBudget = parseTempBudget(input.tempBudget);
  const created = resolveCreated(input.created, input.sourceDateEpoch);
  checkPairs(input.labels, '--label');
  checkPairs(input.annotations, '--annotation');

  const dryRun = input.dryRun === true;
  const reuse = input.reuse !== false;
  if (dryRun && !reuse) warnings.push('--no-reuse has no effect with --dry-run, which merges and uploads nothing');
  if (dryRun && input.tempDirectory !== undefined) warnings.push('--tmp-dir has no effect with --dry-run, which writes no temp files');
  if (dryRun && input.tempBudget !== undefined) warnings.push('--temp-budget has no effect with --dry-run, which writes no temp files');
  if (dryRun && input.verify === true) warnings.push('--verify has no effect with --dry-run, which writes nothing to verify');

  checkTransport(input.transport);
  warnings.push(...transportWarnings(input, sourceKind, targetKind));
  return {
    source: input.source,
    target: input.target,
    sourceKind,
    targetKind,
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
    warnings,
  };
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
    throw usageError(`--temp-budget ${String(value)} is not a whole number of bytes`);
  }
  const match = typeof value === 'string' ? /^(\d+)\s*([a-z]*)$/i.exec(value.trim()) : null;
  const unit = UNITS[(match?.[2] ?? '').toLowerCase()];
  const bytes = match === null || unit === undefined ? Number.NaN : Number(match[1]) * unit;
  if (!Number.isSafeInteger(bytes)) {
    throw usageError(`--temp-budget ${JSON.stringify(value)} is not a size (bytes, or with KiB, MiB, GiB; or unlimited)`);
  }
  return bytes;
}

/** The numbers the CLI parses from --retries and --timeout, checked for library callers too. */
function checkTransport(transport: TransportOptions | undefined): void {
  if (transport === undefined) return;
  const { timeoutMs, retry } = transport;
  if (timeoutMs !== undefined && !(typeof timeoutMs === 'number' && Number.isFinite(timeoutMs) && timeoutMs > 0)) {
    throw usageError(`--timeout: ${String(timeoutMs)} ms is not a positive time`);
  }
  if (retry?.attempts !== undefined && (!isWhole(retry.attempts) || retry.attempts < 1)) {
    throw usageError(`--retries: ${String(retry.attempts)} attempts is not a whole number of at least 1`);
  }
}

/** Registry options given for sides that are not registries (or not that registry). */
function transportWarnings(input: OptionInput, sourceKind: NameKind, targetKind: NameKind): string[] {
  const transport = input.transport ?? {};
  const warnings: string[] = [];
  if (transport.sourceCredentials !== undefined && sourceKind !== 'registry') {
    warnings.push(`--src-creds has no effect: the source ${input.source} is not a registry`);
  }
  if (transport.targetCredentials !== undefined && targetKind !== 'registry' && !input.dryRun) {
    warnings.push(`--dest-creds has no effect: the target ${input.target} is not a registry`);
  }
  const speed = transport.speedLimit;
  if (speed !== undefined && speed.bytesPerSecond === 0 && speed.seconds !== DEFAULT_SPEED_LIMIT.seconds) {
    warnings.push(`--speed-time ${speed.seconds} has no effect with --speed-limit 0, which turns the low-speed rule off`);
  }
  const registries = new Set<string>();
  for (const [name, kind] of [
    [input.source, sourceKind],
    [input.target, targetKind],
  ] as const) {
    if (kind === 'registry') registries.add(describeName(name, 'source').registry ?? '');
  }
  const named = (host: string): boolean => registries.has(host) || input.base !== undefined;
  for (const host of Object.keys(transport.hosts ?? {})) {
    if (targetKind !== 'registry' || describeName(input.target, 'target').registry !== host) {
      warnings.push(`--upload ${host}=… has no effect: the target is not on ${host}`);
    }
  }
  for (const host of transport.insecureHosts ?? []) {
    if (!named(host)) warnings.push(`--insecure ${host} has no effect: neither the source nor the target is on ${host}`);
  }
  return warnings;
}
