import type { Readable } from 'node:stream';
import { usageError } from '../errors.ts';
import type { Descriptor, RawManifest } from '../image/types.ts';
import { type Reference, registryHost } from '../reference/reference.ts';
import { createRegistryClient, type RegistryClient, type RegistryClientOptions } from '../registry/client.ts';
import type { Credential } from '../registry/credentials/credential.ts';
import { createCredentialStore, type CredentialStore } from '../registry/credentials/store.ts';
import { contentError } from '../errors.ts';
import type { ImageSource, ImageTarget } from './types.ts';
import { registryReferrers } from '../referrers/registry-discovery.ts';

export interface RegistryTransportOptions extends Omit<RegistryClientOptions, 'credentials'> {
  /** Use this client (shared pools and tokens) instead of creating one; it is then not closed here. */
  client?: RegistryClient;
  /** Explicit credentials for this reference's registry (from `--src-creds`/`--dest-creds`). */
  credentials?: Credential;
  /** Where other credentials are looked up (default: Docker/containers config files and env). */
  credentialStore?: CredentialStore;
}

export interface RegistrySource extends ImageSource {
  readonly kind: 'registry';
  readonly reference: Reference;
}

/** What happened to each blob put to a target: lets a second run assert that it uploaded nothing. */
export interface TransferCounts {
  existing: number;
  mounted: number;
  uploaded: number;
}

export interface RegistryTarget extends ImageTarget {
  readonly kind: 'registry';
  readonly reference: Reference;
  transfers(): TransferCounts;
}

function clientFor(ref: Reference, options: RegistryTransportOptions): { client: RegistryClient; owned: boolean } {
  if (options.client !== undefined) return { client: options.client, owned: false };
  const { credentials, credentialStore, ...clientOptions } = options;
  const explicit = credentials === undefined ? undefined : { [ref.registry]: credentials };
  const store = credentialStore ?? createCredentialStore(explicit === undefined ? {} : { explicit });
  const wrapped: CredentialStore =
    credentialStore !== undefined && explicit !== undefined
      ? {
          get: async (registry, repository) => explicit[registry] ?? store.get(registry, repository),
          searched: (registry) => store.searched(registry),
        }
      : store;
  return { client: createRegistryClient({ ...clientOptions, credentials: wrapped }), owned: true };
}

const isRegistrySource = (source: ImageSource | undefined): source is RegistrySource =>
  source !== undefined && (source as Partial<RegistrySource>).kind === 'registry';

export function registrySource(ref: Reference, options: RegistryTransportOptions = {}): RegistrySource {
  const { client, owned } = clientFor(ref, options);
  const reference = ref.digest ?? ref.tag ?? 'latest';
  return {
    kind: 'registry',
    reference: ref,
    description: ref.toString(),
    getRootManifest: (signal) => client.getManifest(ref, reference, signal),
    async getManifest(descriptor, signal) {
      const manifest = await client.getManifest(ref, descriptor.digest, signal);
      if (manifest.bytes.length !== descriptor.size) {
        throw contentError(
          `manifest ${descriptor.digest} of ${ref.toString()}: ${manifest.bytes.length} bytes, descriptor says ${descriptor.size}`,
        );
      }
      return manifest;
    },
    getBlob: (descriptor, signal) => client.getBlob(ref, descriptor, signal),
    getBlobBytes: (descriptor, signal) => client.getBlobBytes(ref, descriptor, signal),
    referrers: (subject, referrersOptions) => registryReferrers(client, ref, subject, referrersOptions),
    close: async () => {
      if (owned) await client.close();
    },
  };
}

export function registryTarget(ref: Reference, options: RegistryTransportOptions = {}): RegistryTarget {
  const { client, owned } = clientFor(ref, options);
  const counts: TransferCounts = { existing: 0, mounted: 0, uploaded: 0 };
  return {
    kind: 'registry',
    reference: ref,
    description: ref.toString(),
    hasBlob: (descriptor: Descriptor, signal?: AbortSignal) => client.hasBlob(ref, descriptor.digest, signal),
    preflight: (signal) => client.checkPush(ref, signal),
    async cancelUploads(sessions) {
      // Only this registry's: the credentials this run holds for it are the ones that opened them.
      const ours = sessions.filter((s) => s.registry === ref.registry);
      const results = await Promise.all(ours.map((s) => client.cancelUpload(s.registry, s.location)));
      return results.filter(Boolean).length;
    },
    async putBlob(descriptor, open: () => Readable | Promise<Readable>, putOptions) {
      const signal = putOptions?.signal;
      if (await client.hasBlob(ref, descriptor.digest, signal)) {
        counts.existing++;
        return 'existed';
      }
      const from = putOptions?.mountFrom;
      // Mounts only work within one registry; a different repository on it is the useful case.
      const mountFrom =
        isRegistrySource(from) &&
        registryHost(from.reference.registry) === registryHost(ref.registry) &&
        from.reference.repository !== ref.repository
          ? from.reference.repository
          : undefined;
      const outcome = await client.putBlob(ref, descriptor, open, {
        ...(mountFrom === undefined ? {} : { mountFrom }),
        ...(signal === undefined ? {} : { signal }),
      });
      counts[outcome]++;
      return outcome;
    },
    async streamBlob(open, final, streamOptions) {
      const result = await client.streamBlob(ref, open, final, streamOptions?.signal === undefined ? {} : { signal: streamOptions.signal });
      if (result.outcome === 'not-stored') {
        if (result.reason === 'refused' || result.reason === 'failed')
          streamOptions?.onNotStored?.(result.error instanceof Error ? result.error.message : String(result.error));
        return undefined;
      }
      const outcome = result.outcome === 'existed' ? 'existing' : 'uploaded';
      counts[outcome]++;
      return result.outcome;
    },
    storedBlob: (descriptor: Descriptor, signal?: AbortSignal) => client.getBlob(ref, descriptor, signal),
    putManifest: (manifest: RawManifest, signal?: AbortSignal) => client.putManifest(ref, manifest.digest, manifest, signal),
    putReferrer: (manifest, subject, signal) => client.putReferrer(ref, manifest, subject, signal),
    readTagged: (tag, signal) => client.findManifest(ref, tag, signal),
    putTagged: (manifest, tag, signal) => client.putManifest(ref, tag, manifest, signal),
    async commit(manifest, signal) {
      if (ref.digest !== undefined && ref.digest !== manifest.digest) {
        throw usageError(
          `target ${ref.toString()} names digest ${ref.digest} but the image is ${manifest.digest}; drop the digest from the target`,
        );
      }
      await client.putManifest(ref, ref.tag ?? manifest.digest, manifest, signal);
      return `${ref.registry}/${ref.repository}${ref.tag === undefined ? '' : `:${ref.tag}`}@${manifest.digest}`;
    },
    // Nothing to undo: blobs without a manifest are invisible and the tag was not touched.
    abort: async () => undefined,
    close: async () => {
      if (owned) await client.close();
    },
    transfers: () => ({ ...counts }),
    async existing(signal) {
      if (ref.tag === undefined && ref.digest === undefined) return undefined;
      const found = await client.headManifest(ref, ref.digest ?? ref.tag ?? 'latest', signal);
      return found === undefined ? undefined : registrySource(ref, { ...options, client });
    },
  };
}
