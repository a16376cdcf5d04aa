import type { Readable } from 'node:stream';
import type { Descriptor, RawManifest } from '../image/types.ts';
import { createAuthorizer } from './auth.ts';
import { repositoryScope } from './challenge.ts';
import { type BlobStats, fetchBlob, fetchBlobBytes, headBlob } from './blobs.ts';
import { createConnections } from './connection.ts';
import { DEFAULT_SPEED_LIMIT, type SpeedLimit } from './speed-guard.ts';
import { RegistryError } from './errors.ts';
import { descriptorUrls, fetchFromUrls } from './external.ts';
import type { CredentialStore } from './credentials/store.ts';
import { createHttp, type HttpStats } from './http.ts';
import { fetchManifest, headManifest, type RepositoryRef, storeManifest } from './manifests.ts';
import { DEFAULT_RETRY, type RetryOptions } from './retry.ts';

/** How long a registry connection may stay silent (connect, headers, body) before it is given up. */
export const DEFAULT_TIMEOUT_MS = 60_000;
import {
  DEFAULT_UPLOAD,
  streamBlob,
  streamsWhileProducing,
  type StreamedUpload,
  type UploadOutcome,
  type UploadSettings,
  type UploadStats,
  uploadBlob,
  checkPushAccess,
} from './upload.ts';

export type { RepositoryRef } from './manifests.ts';

/** Settings for one registry, by its name as written in references (`127.0.0.1:5000`, `ghcr.io`). */
export interface HostOptions {
  /** Allow plain HTTP and unverified TLS. */
  insecure?: boolean;
  upload?: Partial<UploadSettings>;
}

export interface RegistryClientOptions {
  /** Where credentials come from (createCredentialStore); anonymous when absent. */
  credentials?: CredentialStore;
  /** Registries allowed plain HTTP or unverified TLS (loopback is allowed HTTP anyway, HTTPS tried first). */
  insecure?: readonly string[];
  hosts?: Readonly<Record<string, HostOptions>>;
  retry?: Partial<RetryOptions>;
  /** Headers and body inactivity timeout, and connect timeout (default 60 s). */
  timeoutMs?: number;
  /** The low-speed rule for response bodies (default 1 KiB/s for 30 s; bytesPerSecond 0 turns it off). */
  speedLimit?: Partial<SpeedLimit>;
  /** Hears upload sessions open and close (src/pipeline/upload-journal.ts). */
  onUploadSession?: (event: { registry: string; location: string; open: boolean }) => void;
  /** HTTP-level detail: method, URL without secrets, status. Never Authorization. */
  onLog?: (line: string) => void;
  /** Docker's per-registry CA directory (default /etc/docker/certs.d). */
  certsDirectory?: string;
  userAgent?: string;
}

export interface RegistryStats extends HttpStats, BlobStats, UploadStats {}

/**
 * A registry client: connection pools, the scheme each registry answers on, and bearer tokens,
 * kept per registry. Sources and targets opened with the same client share them; make one with
 * createSharedClient (src/transport/open.ts) and close it when done.
 */
export interface RegistryClient {
  /** Best effort, once: DELETE an upload session (one a killed run left open); true when the registry cancelled it. */
  cancelUpload(registry: string, location: string): Promise<boolean>;
  getManifest(repo: RepositoryRef, reference: string, signal?: AbortSignal): Promise<RawManifest>;
  headManifest(
    repo: RepositoryRef,
    reference: string,
    signal?: AbortSignal,
  ): Promise<{ digest: string | undefined; mediaType: string | undefined; size: number | undefined } | undefined>;
  /** PUT under a tag or a digest. */
  putManifest(repo: RepositoryRef, reference: string, manifest: RawManifest, signal?: AbortSignal): Promise<void>;
  /** True when the registry has the blob in this repository. */
  hasBlob(repo: RepositoryRef, digest: string, signal?: AbortSignal): Promise<boolean>;
  /**
   * A stream that errors unless the bytes match the descriptor's size and digest. A blob the
   * repository does not have (404) is fetched from the descriptor's `urls`, without credentials
   * (non-distributable layers live there).
   */
  getBlob(repo: RepositoryRef, descriptor: Descriptor, signal?: AbortSignal): Promise<Readable>;
  getBlobBytes(repo: RepositoryRef, descriptor: Descriptor, signal?: AbortSignal): Promise<Uint8Array>;
  /** Mount from `mountFrom` (a repository on the same registry) when possible, else upload. */
  putBlob(
    repo: RepositoryRef,
    descriptor: Descriptor,
    open: () => Readable | Promise<Readable>,
    options?: { mountFrom?: string; signal?: AbortSignal },
  ): Promise<UploadOutcome>;
  /**
   * Upload a blob while it is still being produced (see upload/stream-blob.ts). Not attempted
   * (`not-stored`, reason `disabled`) when the host's upload strategy is chunked or monolithic.
   * A failed attempt is remembered: a later putBlob of the same digest counts it against the
   * retry budget.
   */
  streamBlob(
    repo: RepositoryRef,
    open: () => Readable,
    final: Promise<Descriptor>,
    options?: { signal?: AbortSignal },
  ): Promise<StreamedUpload>;
  /** Opens and cancels an upload session: push permission and reachability, before any work (upload/session.ts). */
  checkPush(repo: RepositoryRef, signal?: AbortSignal): Promise<void>;
  /** `https:` or `http:`, as found by the first request to the registry. */
  scheme(registry: string, signal?: AbortSignal): Promise<'https:' | 'http:'>;
  readonly stats: Readonly<RegistryStats>;
  close(): Promise<void>;
}

/**
 * One client owns its connection pools, scheme cache and token cache: create one per run (or per
 * source/target pair) and close it at the end.
 */
export function createRegistryClient(options: RegistryClientOptions = {}): RegistryClient {
  const insecure = new Set(options.insecure ?? []);
  const isInsecure = (registry: string): boolean => insecure.has(registry) || options.hosts?.[registry]?.insecure === true;
  const userAgent = options.userAgent ?? 'oci-flatten';
  const connections = createConnections({
    certsDirectory: options.certsDirectory ?? '/etc/docker/certs.d',
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    speedLimit: { ...DEFAULT_SPEED_LIMIT, ...options.speedLimit },
    userAgent,
    onLog: options.onLog,
  });
  const authorizer = createAuthorizer({ connections, credentials: options.credentials, isInsecure, userAgent });
  const http = createHttp({
    connections,
    authorizer,
    retry: { ...DEFAULT_RETRY, ...options.retry },
    isInsecure,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    onUploadSession: options.onUploadSession,
  });
  const blobStats: BlobStats = { resumes: 0 };
  const uploadStats: UploadStats = { mounted: 0, uploaded: 0, restarts: 0, fallbacks: 0, bytesSent: 0 };
  const settingsFor = (registry: string): UploadSettings => ({ ...DEFAULT_UPLOAD, ...options.hosts?.[registry]?.upload });
  /** Streamed uploads that failed, by registry/repository@digest: the attempt they used, and why. */
  const failedStreams = new Map<string, { error: unknown }>();
  const blobKey = (repo: RepositoryRef, digest: string): string => `${repo.registry}/${repo.repository}@${digest}`;

  return {
    getManifest: (repo, reference, signal) => fetchManifest(http, repo, reference, signal),
    headManifest: (repo, reference, signal) => headManifest(http, repo, reference, signal),
    putManifest: (repo, reference, manifest, signal) => storeManifest(http, repo, reference, manifest, signal),
    hasBlob: async (repo, digest, signal) => (await headBlob(http, repo, digest, signal)) !== undefined,
    async getBlob(repo, descriptor, signal) {
      try {
        return await fetchBlob(http, repo, descriptor, blobStats, signal);
      } catch (error) {
        if (!(error instanceof RegistryError) || error.status !== 404 || descriptorUrls(descriptor).length === 0) throw error;
        return fetchFromUrls(descriptor, {
          connections,
          missingFrom: `${repo.registry}/${repo.repository}`,
          registryAnswer: String(error.status),
          retry: http.retry,
          onResume: () => {
            blobStats.resumes++;
            http.stats.retries++;
          },
          signal,
        });
      }
    },
    getBlobBytes: (repo, descriptor, signal) => fetchBlobBytes(http, repo, descriptor, blobStats, signal),
    async cancelUpload(registry, location) {
      const url = new URL(location);
      const repository = /^\/v2\/(.+)\/blobs\/uploads\/[^/]+$/.exec(url.pathname)?.[1];
      if (repository === undefined) return false;
      try {
        const response = await http.send({
          registry,
          method: 'DELETE',
          target: url,
          scopes: [repositoryScope(repository, ['push', 'pull'])],
          what: `cancel an upload to ${repository} left by an interrupted run`,
          once: true,
          signal: AbortSignal.timeout(5000),
        });
        response.body.resume();
        return response.status >= 200 && response.status < 300;
      } catch {
        return false;
      }
    },
    async putBlob(repo, descriptor, open, putOptions) {
      const failed = failedStreams.get(blobKey(repo, descriptor.digest));
      // The streamed attempt was the only one allowed (--retries 0): its failure is the answer.
      if (failed !== undefined && http.retry.attempts <= 1) throw failed.error;
      return uploadBlob(http, repo, descriptor, open, {
        mountFrom: putOptions?.mountFrom,
        settings: settingsFor(repo.registry),
        stats: uploadStats,
        signal: putOptions?.signal,
        attemptsUsed: failed === undefined ? 0 : 1,
      });
    },
    async streamBlob(repo, open, final, streamOptions) {
      if (!streamsWhileProducing(settingsFor(repo.registry))) {
        return { outcome: 'not-stored', reason: 'disabled', error: undefined };
      }
      const result = await streamBlob(http, repo, open, final, { stats: uploadStats, signal: streamOptions?.signal });
      if (result.outcome === 'not-stored' && result.reason === 'failed') {
        const descriptor = await final.catch(() => undefined);
        if (descriptor !== undefined) failedStreams.set(blobKey(repo, descriptor.digest), { error: result.error });
      }
      return result;
    },
    checkPush: (repo, signal) => checkPushAccess(http, repo, signal),
    scheme: async (registry, signal) => ((await http.baseUrl(registry, signal)).protocol === 'http:' ? 'http:' : 'https:'),
    get stats() {
      return { ...http.stats, ...blobStats, ...uploadStats };
    },
    close: () => connections.close(),
  };
}
