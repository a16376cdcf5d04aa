import { InvalidArgumentError } from 'commander';
import type { Credential, HostOptions } from '../index.ts';
import { usageError } from './usage-error.ts';

/** `k=v` pairs from repeatable options (`--label`, `--annotation`). */
export function parseKeyValues(values: readonly string[], option: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const value of values) {
    const at = value.indexOf('=');
    if (at <= 0) throw usageError(`${option} ${JSON.stringify(value)} is not of the form key=value`);
    result[value.slice(0, at)] = value.slice(at + 1);
  }
  return result;
}

export function parseWholeNumber(value: string, option: string, min = 0, max = Number.MAX_SAFE_INTEGER): number {
  if (!/^\d+$/.test(value)) throw usageError(`${option} ${JSON.stringify(value)} is not a whole number`);
  const n = Number(value);
  if (n < min || n > max) throw usageError(`${option} ${value} is out of range (${min} to ${max})`);
  return n;
}

/** A positive duration in seconds, fractions allowed (`--timeout 0.5`). */
export function parseSeconds(value: string, option: string): number {
  const seconds = /^\d+(\.\d+)?$/.test(value) ? Number(value) : Number.NaN;
  if (!(seconds > 0)) throw usageError(`${option} ${JSON.stringify(value)} is not a positive number of seconds`);
  return seconds;
}

export function parseChoice<T extends string>(value: string, option: string, choices: readonly T[]): T {
  if (!(choices as readonly string[]).includes(value)) {
    throw usageError(`${option} ${JSON.stringify(value)} is not one of ${choices.join(', ')}`);
  }
  return value as T;
}

/** `--src-creds USER:SECRET`: the secret may contain ':'. */
export function parseUserSecret(value: string, flag: string): Credential {
  const colon = value.indexOf(':');
  if (colon <= 0) throw usageError(`${flag} must be USER:SECRET (the user part is missing or there is no ':')`);
  return { kind: 'basic', username: value.slice(0, colon), password: value.slice(colon + 1) };
}

export const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

/**
 * `--insecure HOST`: a value that is an option (`--insecure --to X`, a crane habit) is refused
 * rather than taken as the host, which would leave --to unset.
 */
export const collectHost = (value: string, previous: string[] = []): string[] => {
  if (value.startsWith('-')) throw new InvalidArgumentError(`it takes a registry HOST[:PORT], not the option ${value}`);
  return collect(value, previous);
};

const STRATEGIES = ['auto', 'monolithic', 'streamed', 'chunked'] as const;

/**
 * `--upload HOST=STRATEGY[:MiB]`: how blobs are pushed to one registry (GHCR rejects chunks over
 * 4 MiB, Artifact Registry takes no chunks at all: the defaults cope, this overrides them).
 */
export function parseUploadSettings(values: readonly string[]): Record<string, HostOptions> {
  const hosts: Record<string, HostOptions> = {};
  for (const [host, setting] of Object.entries(parseKeyValues(values, '--upload'))) {
    const [strategy = '', size] = setting.split(':');
    const upload: HostOptions['upload'] = { strategy: parseChoice(strategy, `--upload ${host}=`, STRATEGIES) };
    if (size !== undefined)
      upload.chunkSize = parseWholeNumber(size, `--upload ${host}=${strategy}: chunk size in MiB`, 1, 1024) * 1024 * 1024;
    hosts[host] = { upload };
  }
  return hosts;
}
