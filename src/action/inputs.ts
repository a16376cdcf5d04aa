import { FlattenError, type FlattenOptions, type TransportOptions } from '../index.ts';

type Compression = NonNullable<FlattenOptions['compression']>;
type ManifestFamily = NonNullable<FlattenOptions['format']>;

/** An input the action refuses: exit 2, as the library's usage errors. */
const usageError = (message: string): FlattenError => new FlattenError('usage', message);
import type { ReferrersMode } from '../index.ts';

/**
 * The action's inputs (action.yml) as flatten() options. The runner passes each input as
 * INPUT_<NAME>, the name upper-cased with spaces as underscores and hyphens kept
 * (`keep-base` -> `INPUT_KEEP-BASE`); an input left out is an empty string.
 */
export function readInput(env: NodeJS.ProcessEnv, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/** A list input: one item a line, or comma-separated; blank items dropped. */
const list = (value: string): string[] =>
  value
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');

function wholeNumber(value: string, input: string, min = 0): number {
  if (!/^\d+$/.test(value) || Number(value) < min) throw usageError(`input ${input}: expected a whole number >= ${min}, got "${value}"`);
  return Number(value);
}

function bool(value: string, input: string): boolean {
  if (value === '' || value === 'false') return false;
  if (value === 'true') return true;
  throw usageError(`input ${input}: expected true or false, got "${value}"`);
}

/** `key=value` lines (labels, annotations): a value may hold commas, so one pair a line. */
function pairs(value: string, input: string): Record<string, string> | undefined {
  const lines = value
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  if (lines.length === 0) return undefined;
  const result: Record<string, string> = {};
  for (const line of lines) {
    const at = line.indexOf('=');
    if (at <= 0) throw usageError(`input ${input}: expected key=value, got "${line}"`);
    result[line.slice(0, at)] = line.slice(at + 1);
  }
  return result;
}

function choice<T extends string>(value: string, input: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value))
    throw usageError(`input ${input}: expected one of ${allowed.join(', ')}, got "${value}"`);
  return value as T;
}

/** Every input the action declares, checked, as flatten() options (without signal and progress). */
export function optionsFromInputs(env: NodeJS.ProcessEnv): FlattenOptions {
  const input = (name: string) => readInput(env, name);
  const source = input('source');
  const target = input('target');
  if (source === '') throw usageError('input source is required');
  if (target === '') throw usageError('input target is required');
  const transport: TransportOptions = { insecureHosts: list(input('insecure')) };
  if (input('creds-file') !== '') transport.credentialsFile = input('creds-file');
  if (input('retries') !== '') transport.retry = { attempts: wholeNumber(input('retries'), 'retries') + 1 };
  if (input('timeout') !== '') transport.timeoutMs = wholeNumber(input('timeout'), 'timeout', 1) * 1000;
  const options: FlattenOptions = { source, target, transport };
  if (list(input('platform')).length > 0) options.platforms = list(input('platform'));
  if (bool(input('keep-index'), 'keep-index')) options.keepIndex = true;
  if (input('keep-base') !== '') options.keepBase = wholeNumber(input('keep-base'), 'keep-base');
  if (input('base') !== '') options.base = input('base');
  if (input('compression') !== '') options.compression = choice<Compression>(input('compression'), 'compression', ['gzip', 'zstd', 'none']);
  if (input('level') !== '') options.level = wholeNumber(input('level'), 'level', 1);
  if (input('format') !== '') options.format = choice<ManifestFamily>(input('format'), 'format', ['oci', 'docker']);
  if (input('created') !== '') options.created = input('created');
  if (env.SOURCE_DATE_EPOCH !== undefined && env.SOURCE_DATE_EPOCH !== '') options.sourceDateEpoch = env.SOURCE_DATE_EPOCH;
  const labels = pairs(input('labels'), 'labels');
  if (labels !== undefined) options.labels = labels;
  const annotations = pairs(input('annotations'), 'annotations');
  if (annotations !== undefined) options.annotations = annotations;
  if (bool(input('allow-nondistributable'), 'allow-nondistributable')) options.allowNondistributable = true;
  if (input('concurrency') !== '') options.concurrency = wholeNumber(input('concurrency'), 'concurrency', 1);
  if (bool(input('dry-run'), 'dry-run')) options.dryRun = true;
  if (bool(input('force'), 'force')) options.force = true;
  if (input('reuse') !== '' && !bool(input('reuse'), 'reuse')) options.reuse = false;
  if (input('temp-budget') !== '') options.tempBudget = input('temp-budget');
  if (input('referrers') !== '') options.referrers = choice<ReferrersMode>(input('referrers'), 'referrers', ['auto', 'all', 'none']);
  if (bool(input('provenance'), 'provenance')) options.provenance = true;
  if (input('sign-key') !== '') options.signKey = input('sign-key');
  if (env.RUNNER_TEMP !== undefined && env.RUNNER_TEMP !== '') options.tempDirectory = env.RUNNER_TEMP;
  return options;
}
