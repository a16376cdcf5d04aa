import { parseReference, registryHost } from '../reference/reference.ts';
import type { HostOptions } from '../registry/client.ts';
import type { Credential } from '../registry/credentials/credential.ts';
import { createCredentialStore } from '../registry/credentials/store.ts';
import type { RetryOptions } from '../registry/retry.ts';
import type { SpeedLimit } from '../registry/speed-guard.ts';
import { isLocalName, openLocalSource, openLocalTarget, parseLocalName } from './local.ts';
import { registrySource, registryTarget, type RegistryTransportOptions } from './registry.ts';
import type { ImageSource, ImageTarget } from './types.ts';

/** Options for every transport a name can open; each transport takes what concerns it. */
export interface TransportOptions {
  /** `--src-creds`: used for the source's registry only. */
  sourceCredentials?: Credential;
  /** `--dest-creds`: used for the target's registry only. */
  targetCredentials?: Credential;
  /** A Docker config.json consulted before the usual places. */
  credentialsFile?: string;
  /** Registry hosts allowed plain HTTP or unverified TLS. */
  insecureHosts?: string[];
  retry?: Partial<RetryOptions>;
  /** Per-request timeout: connect, response headers, and silence while a body streams (default 60 s). */
  timeoutMs?: number;
  /** Low-speed rule: a body slower than this for that long is stalled and retried (default 1 KiB/s for 30 s; a field left out keeps its default). */
  speedLimit?: Partial<SpeedLimit>;
  /** Docker's per-registry CA directory, `DIR/HOST[:PORT]/ca.crt` (default /etc/docker/certs.d). */
  certsDirectory?: string;
  /** Per-registry settings, e.g. `{ 'ghcr.io': { upload: { strategy: 'chunked', chunkSize: 4 << 20 } } }`. */
  hosts?: Readonly<Record<string, HostOptions>>;
  /** HTTP-level log lines (credentials redacted). */
  onLog?: (line: string) => void;
  /** Where archive sources are unpacked: the run's temp dir (under --tmp-dir); default the OS temp dir. */
  stagingDirectory?: string;
  /** Lines for the user from a transport (a wait for another run's lock on an OCI layout). */
  onNote?: (message: string) => void;
  /** Hears registry upload sessions open and close (src/pipeline/upload-journal.ts). */
  onUploadSession?: (event: { registry: string; location: string; open: boolean }) => void;
}

const DOCKER_PREFIX = 'docker://';

function registryOptions(options: TransportOptions, credentials: TransportOptions['sourceCredentials']): RegistryTransportOptions {
  return {
    ...(options.insecureHosts === undefined ? {} : { insecure: options.insecureHosts }),
    ...(options.retry === undefined ? {} : { retry: options.retry }),
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
    ...(options.speedLimit === undefined ? {} : { speedLimit: options.speedLimit }),
    ...(options.onUploadSession === undefined ? {} : { onUploadSession: options.onUploadSession }),
    ...(options.certsDirectory === undefined ? {} : { certsDirectory: options.certsDirectory }),
    ...(options.onLog === undefined ? {} : { onLog: options.onLog }),
    ...(options.hosts === undefined ? {} : { hosts: options.hosts }),
    ...(credentials === undefined ? {} : { credentials }),
    ...(options.credentialsFile === undefined ? {} : { credentialStore: createCredentialStore({ configFile: options.credentialsFile }) }),
  };
}

/** `oci:DIR[:TAG]`, `oci-archive:FILE[:TAG]`, `docker://REF` or a bare registry reference. */
export async function openSource(name: string, options: TransportOptions = {}): Promise<ImageSource> {
  if (isLocalName(name)) return openLocalSource(name, options.stagingDirectory);
  const reference = parseReference(name.startsWith(DOCKER_PREFIX) ? name.slice(DOCKER_PREFIX.length) : name);
  return registrySource(reference, registryOptions(options, options.sourceCredentials));
}

/** The same names as `openSource`, plus `docker-archive:FILE[:NAME:TAG]`. */
export async function openTarget(name: string, options: TransportOptions = {}): Promise<ImageTarget> {
  if (isLocalName(name)) return openLocalTarget(name, options.onNote);
  const reference = parseReference(name.startsWith(DOCKER_PREFIX) ? name.slice(DOCKER_PREFIX.length) : name);
  return registryTarget(reference, registryOptions(options, options.targetCredentials));
}

/**
 * True when writing `target` would overwrite what `source` names: the same registry repository
 * and tag, or the same layout and tag. Writing by digest never overwrites anything.
 */
export function sameLocation(source: string, target: string): boolean {
  if (isLocalName(source) || isLocalName(target)) {
    if (!isLocalName(source) || !isLocalName(target)) return false;
    const a = parseLocalName(source);
    const b = parseLocalName(target);
    return a.transport === b.transport && a.path.replace(/\/+$/, '') === b.path.replace(/\/+$/, '') && a.tag === b.tag;
  }
  const strip = (name: string) => (name.startsWith(DOCKER_PREFIX) ? name.slice(DOCKER_PREFIX.length) : name);
  const a = parseReference(strip(source));
  const b = parseReference(strip(target));
  return (
    registryHost(a.registry) === registryHost(b.registry) &&
    a.repository === b.repository &&
    b.tag !== undefined &&
    b.digest === undefined &&
    a.tag === b.tag
  );
}
