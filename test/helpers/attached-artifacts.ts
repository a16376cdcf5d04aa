import { createHash, generateKeyPairSync, type KeyObject, sign } from 'node:crypto';
import type { Descriptor, RawManifest } from '../../src/image/types.ts';

/**
 * Artifacts shaped as the tools that attach them write them (docs/referrers.md): an SPDX SBOM as
 * `oras attach --artifact-type application/spdx+json` does, an in-toto SLSA provenance
 * statement as an OCI 1.1 artifact, and a cosign signature on its legacy `sha256-<hex>.sig` tag
 * (simple-signing payload, `dev.cosignproject.cosign/signature`). Pushed with plain HTTP
 * requests, not with the code under test.
 */
export interface Artifact {
  manifest: RawManifest;
  blobs: Uint8Array[];
}

const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
const EMPTY = { mediaType: 'application/vnd.oci.empty.v1+json', digest: sha256(Buffer.from('{}')), size: 2, data: 'e30=' };

export function sha256(bytes: Uint8Array): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

const json = (value: unknown): Buffer => Buffer.from(JSON.stringify(value));
const describe = (bytes: Uint8Array, mediaType: string, annotations?: Record<string, string>): Descriptor => ({
  mediaType,
  digest: sha256(bytes),
  size: bytes.byteLength,
  ...(annotations === undefined ? {} : { annotations }),
});
const manifestOf = (value: unknown, mediaType = OCI_MANIFEST): RawManifest => {
  const bytes = json(value);
  return { bytes, mediaType, digest: sha256(bytes) };
};
const subjectOf = (d: Descriptor): Descriptor => ({ mediaType: d.mediaType, digest: d.digest, size: d.size });

export function spdxSbom(subject: Descriptor): Artifact {
  const document = Buffer.from(
    `${JSON.stringify(
      {
        spdxVersion: 'SPDX-2.3',
        dataLicense: 'CC0-1.0',
        SPDXID: 'SPDXRef-DOCUMENT',
        name: 'fixture',
        documentNamespace: 'https://example.invalid/spdx/fixture',
        creationInfo: { created: '2024-01-02T00:00:00Z', creators: ['Tool: syft-1.0.0'] },
        packages: [{ SPDXID: 'SPDXRef-Package-busybox', name: 'busybox', versionInfo: '1.36.1', downloadLocation: 'NOASSERTION' }],
      },
      null,
      2,
    )}\n`,
  );
  const layer = describe(document, 'application/spdx+json', { 'org.opencontainers.image.title': 'sbom.spdx.json' });
  const manifest = manifestOf({
    schemaVersion: 2,
    mediaType: OCI_MANIFEST,
    artifactType: 'application/spdx+json',
    config: EMPTY,
    layers: [layer],
    subject: subjectOf(subject),
    annotations: { 'org.opencontainers.image.created': '2024-01-02T00:00:00Z' },
  });
  return { manifest, blobs: [Buffer.from('{}'), document] };
}

/** An unsigned in-toto statement (SLSA provenance v1) naming the subject by digest, with the source's materials. */
export function slsaProvenance(subject: Descriptor): Artifact {
  const statement = json({
    _type: 'https://in-toto.io/Statement/v1',
    subject: [{ name: 'registry.example/app', digest: { sha256: subject.digest.slice('sha256:'.length) } }],
    predicateType: 'https://slsa.dev/provenance/v1',
    predicate: {
      buildDefinition: { buildType: 'https://example.invalid/build/v1', externalParameters: { ref: 'main' }, resolvedDependencies: [] },
      runDetails: { builder: { id: 'https://example.invalid/builder' } },
    },
  });
  const layer = describe(statement, 'application/vnd.in-toto+json', { 'in-toto.io/predicate-type': 'https://slsa.dev/provenance/v1' });
  const manifest = manifestOf({
    schemaVersion: 2,
    mediaType: OCI_MANIFEST,
    artifactType: 'application/vnd.in-toto+json',
    config: EMPTY,
    layers: [layer],
    subject: subjectOf(subject),
  });
  return { manifest, blobs: [Buffer.from('{}'), statement] };
}

/** cosign's key-based signature: the simple-signing payload, signed with ECDSA P-256 over SHA-256. */
export function cosignSignature(subjectDigest: string, dockerReference: string, key: KeyObject = testKey()): Artifact {
  const payload = json({
    critical: {
      identity: { 'docker-reference': dockerReference },
      image: { 'docker-manifest-digest': subjectDigest },
      type: 'cosign container image signature',
    },
    optional: null,
  });
  const signature = sign('sha256', payload, key).toString('base64');
  const layer = describe(payload, 'application/vnd.dev.cosign.simplesigning.v1+json', { 'dev.cosignproject.cosign/signature': signature });
  const config = json({
    architecture: '',
    created: '0001-01-01T00:00:00Z',
    history: [{ created: '0001-01-01T00:00:00Z' }],
    os: '',
    rootfs: { type: 'layers', diff_ids: [layer.digest] },
    config: {},
  });
  const manifest = manifestOf({
    schemaVersion: 2,
    mediaType: OCI_MANIFEST,
    config: describe(config, 'application/vnd.oci.image.config.v1+json'),
    layers: [layer],
  });
  return { manifest, blobs: [config, payload] };
}

export const testKey = (): KeyObject => generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;

/** PUT a blob by the monolithic POST-then-PUT upload every registry takes. */
async function pushBlob(host: string, repo: string, bytes: Uint8Array): Promise<void> {
  const digest = sha256(bytes);
  const head = await fetch(`http://${host}/v2/${repo}/blobs/${digest}`, { method: 'HEAD' });
  if (head.status === 200) return;
  const start = await fetch(`http://${host}/v2/${repo}/blobs/uploads/`, { method: 'POST' });
  if (start.status !== 202) throw new Error(`POST upload: ${start.status}`);
  const location = new URL(start.headers.get('location') ?? '', `http://${host}`);
  location.searchParams.set('digest', digest);
  const put = await fetch(location, { method: 'PUT', body: bytes, headers: { 'content-type': 'application/octet-stream' } });
  if (put.status !== 201) throw new Error(`PUT blob ${digest}: ${put.status} ${await put.text()}`);
}

export async function pushManifest(host: string, repo: string, manifest: RawManifest, reference: string): Promise<Response> {
  const response = await fetch(`http://${host}/v2/${repo}/manifests/${reference}`, {
    method: 'PUT',
    body: manifest.bytes,
    headers: { 'content-type': manifest.mediaType },
  });
  if (response.status !== 201) throw new Error(`PUT manifest ${reference}: ${response.status} ${await response.text()}`);
  return response;
}

export async function getManifest(host: string, repo: string, reference: string): Promise<{ status: number; bytes: Buffer }> {
  const response = await fetch(`http://${host}/v2/${repo}/manifests/${reference}`, {
    headers: { accept: [OCI_MANIFEST, OCI_INDEX, 'application/vnd.docker.distribution.manifest.v2+json'].join(', ') },
  });
  return { status: response.status, bytes: Buffer.from(await response.arrayBuffer()) };
}

/** Push an artifact by digest (or under `tag`), with its blobs. */
export async function pushArtifact(host: string, repo: string, artifact: Artifact, tag?: string): Promise<Response> {
  for (const blob of artifact.blobs) await pushBlob(host, repo, blob);
  return pushManifest(host, repo, artifact.manifest, tag ?? artifact.manifest.digest);
}

/**
 * Attach an artifact the way oras and cosign do on a registry without the referrers API: the
 * manifest by digest, then its descriptor added to the `sha256-<hex>` index of its subject.
 */
export async function attachByTagSchema(host: string, repo: string, artifact: Artifact, subject: string): Promise<void> {
  await pushArtifact(host, repo, artifact);
  const tag = subject.replace(':', '-');
  const current = await getManifest(host, repo, tag);
  const index = current.status === 200 ? (JSON.parse(current.bytes.toString('utf8')) as { manifests: unknown[] }) : { manifests: [] };
  const parsed = JSON.parse(Buffer.from(artifact.manifest.bytes).toString('utf8')) as {
    artifactType?: string;
    config: { mediaType: string };
    annotations?: Record<string, string>;
  };
  const entry = {
    mediaType: artifact.manifest.mediaType,
    digest: artifact.manifest.digest,
    size: artifact.manifest.bytes.byteLength,
    artifactType: parsed.artifactType ?? parsed.config.mediaType,
    ...(parsed.annotations === undefined ? {} : { annotations: parsed.annotations }),
  };
  await pushManifest(
    host,
    repo,
    manifestOf({ schemaVersion: 2, mediaType: OCI_INDEX, manifests: [...index.manifests, entry] }, OCI_INDEX),
    tag,
  );
}

/** The referrers list of `digest` as an OCI client reads it: the API, else the tag-schema index. */
export async function listReferrers(host: string, repo: string, digest: string): Promise<Descriptor[]> {
  const api = await fetch(`http://${host}/v2/${repo}/referrers/${digest}`);
  const collected: Descriptor[] = [];
  if (api.status === 200) {
    let page: Response | undefined = api;
    while (page !== undefined) {
      collected.push(...((await page.json()) as { manifests: Descriptor[] }).manifests);
      const link: string | undefined = /<([^>]+)>;\s*rel="next"/.exec(page.headers.get('link') ?? '')?.[1];
      page = link === undefined ? undefined : await fetch(new URL(link, `http://${host}`));
    }
    return collected;
  }
  await api.arrayBuffer();
  const index = await getManifest(host, repo, digest.replace(':', '-'));
  return index.status === 200 ? (JSON.parse(index.bytes.toString('utf8')) as { manifests: Descriptor[] }).manifests : [];
}
