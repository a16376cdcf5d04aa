import type { Reference } from '../reference/reference.ts';
import { createRegistryClient, type HostOptions, type RegistryClient, type RegistryClientOptions } from '../registry/client.ts';
import type { Credential } from '../registry/credentials/credential.ts';
import type { CredentialProvider } from '../registry/credentials/provider.ts';
import { createCredentialStore } from '../registry/credentials/store.ts';
import type { RetryOptions } from '../registry/retry.ts';
import type { SpeedLimit } from '../registry/speed-guard.ts';
import { openLocalSource, openLocalTarget } from './local.ts';
import { type ImageLocation, parseLocation, sameImageLocation } from './location.ts';
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
  /**
   * Credentials from the embedding program, asked per registry host after `sourceCredentials` /
   * `targetCredentials` and before any config file: a function `(host) => Credential | undefined`
   * or a keychain object `{ resolve(host) }`. An answer is used for that host only.
   */
  credentials?: CredentialProvider;
  /**
   * A registry client to use instead of creating one (createSharedClient): its connection pools
   * and token cache are shared by every source and target opened with it, and it is not closed
   * with them; close it when done. It brings its own settings: the credential and connection
   * options here are not used for what it opens.
   */
  client?: RegistryClient;
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

/** The registry client's settings from the transport options (credentials apart). */
function clientOptions(options: TransportOptions): Omit<RegistryClientOptions, 'credentials'> {
  return {
    ...(options.insecureHosts === undefined ? {} : { insecure: options.insecureHosts }),
    ...(options.retry === undefined ? {} : { retry: options.retry }),
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
    ...(options.speedLimit === undefined ? {} : { speedLimit: options.speedLimit }),
    ...(options.onUploadSession === undefined ? {} : { onUploadSession: options.onUploadSession }),
    ...(options.certsDirectory === undefined ? {} : { certsDirectory: options.certsDirectory }),
    ...(options.onLog === undefined ? {} : { onLog: options.onLog }),
    ...(options.hosts === undefined ? {} : { hosts: options.hosts }),
  };
}

/** Explicit credentials by registry, then the provider, then the config files (registry/credentials/store.ts). */
const credentialStoreFor = (options: TransportOptions, explicit: Readonly<Record<string, Credential>> | undefined) =>
  createCredentialStore({
    ...(explicit === undefined ? {} : { explicit }),
    ...(options.credentialsFile === undefined ? {} : { configFile: options.credentialsFile }),
    ...(options.credentials === undefined ? {} : { provider: options.credentials }),
  });

function registryOptions(options: TransportOptions, reference: Reference, credentials: Credential | undefined): RegistryTransportOptions {
  if (options.client !== undefined) return { client: options.client };
  return {
    ...clientOptions(options),
    credentialStore: credentialStoreFor(options, credentials === undefined ? undefined : { [reference.registry]: credentials }),
  };
}

/**
 * A registry client to pass as `client` to several runs or sides: one connection pool and one
 * token cache per registry for all of them. Credentials: `credentials` (a provider), then
 * `credentialsFile`, then the usual config files; `sourceCredentials`/`targetCredentials` are
 * per side and do not apply here. Close it when done.
 */
export function createSharedClient(options: Omit<TransportOptions, 'client'> = {}): RegistryClient {
  return createRegistryClient({ ...clientOptions(options), credentials: credentialStoreFor(options, undefined) });
}

/**
 * One client for a run's registry source and target, so that one registry gets one pool and one
 * token cache; undefined when the caller gave a client, when fewer than two sides are registries,
 * or when both are on one registry with different explicit credentials (each side then keeps its own).
 */
export function pairClient(
  source: ImageLocation,
  target: ImageLocation | undefined,
  options: TransportOptions,
): RegistryClient | undefined {
  if (options.client !== undefined || source.kind !== 'registry' || target?.kind !== 'registry') return undefined;
  const a = source.reference.registry;
  const b = target.reference.registry;
  const { sourceCredentials, targetCredentials } = options;
  if (a === b && sourceCredentials !== undefined && targetCredentials !== undefined && sourceCredentials !== targetCredentials) {
    return undefined;
  }
  const explicit: Record<string, Credential> = {};
  if (targetCredentials !== undefined) explicit[b] = targetCredentials;
  if (sourceCredentials !== undefined) explicit[a] = sourceCredentials;
  return createRegistryClient({
    ...clientOptions(options),
    credentials: credentialStoreFor(options, Object.keys(explicit).length === 0 ? undefined : explicit),
  });
}

const locationOf = (name: string | ImageLocation): ImageLocation => (typeof name === 'string' ? parseLocation(name) : name);

/** Opened objects remember where they are, so that flatten() can check them as it checks names. */
const located = <T extends ImageSource | ImageTarget>(opened: T, location: ImageLocation): T => Object.assign(opened, { location });

/** `oci:DIR[:TAG]`, `oci-archive:FILE[:TAG]`, `docker-archive:FILE[:NAME:TAG]`, `docker://REF` or a bare registry reference. */
export async function openSource(name: string | ImageLocation, options: TransportOptions = {}): Promise<ImageSource> {
  const location = locationOf(name);
  if (location.kind !== 'registry') return located(await openLocalSource(location.local, options.stagingDirectory), location);
  return located(registrySource(location.reference, registryOptions(options, location.reference, options.sourceCredentials)), location);
}

/** The same names as `openSource` (a docker archive holds one image). */
export async function openTarget(name: string | ImageLocation, options: TransportOptions = {}): Promise<ImageTarget> {
  const location = locationOf(name);
  if (location.kind !== 'registry') return located(await openLocalTarget(location.local, options.onNote), location);
  return located(registryTarget(location.reference, registryOptions(options, location.reference, options.targetCredentials)), location);
}

/**
 * True when writing `target` would overwrite what `source` names: the same registry repository
 * and tag, or the same layout and tag. Writing by digest never overwrites anything.
 */
export const sameLocation = (source: string | ImageLocation, target: string | ImageLocation): boolean =>
  sameImageLocation(locationOf(source), locationOf(target));
