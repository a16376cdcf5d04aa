import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import type { Descriptor } from '../../../src/image/types.ts';
import { classifyArtifact, decide } from '../../../src/referrers/classify.ts';
import { provenanceArtifact } from '../../../src/referrers/provenance.ts';
import { parseReferrersList, referrerDescriptor, tagSchemaTag, withReferrer } from '../../../src/referrers/referrers-index.ts';
import { repointArtifact, repointStatement } from '../../../src/referrers/repoint.ts';
import { nextLink } from '../../../src/registry/referrers.ts';
import { VERSION } from '../../../src/version.ts';
import { cosignSignature, sha256, slsaProvenance, spdxSbom } from '../../helpers/attached-artifacts.ts';

const hex = (c: string): string => c.repeat(64);
const from: Descriptor = { mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: `sha256:${hex('a')}`, size: 500 };
const to: Descriptor = { mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: `sha256:${hex('b')}`, size: 600 };
/** The fields these tests read of manifests, statements and configs. */
interface Parsed {
  subject?: Descriptor | { name: string; digest: Record<string, string> }[];
  config: Descriptor;
  layers: Descriptor[];
  annotations: Record<string, string>;
  artifactType?: string;
  rootfs: { diff_ids: string[] };
  predicate: { runDetails: { metadata: Record<string, string>; builder: { version: Record<string, string> } } };
}
const json = (bytes: Uint8Array): Parsed => JSON.parse(Buffer.from(bytes).toString('utf8')) as Parsed;
const subjects = (parsed: Parsed) => parsed.subject as { name: string; digest: Record<string, string> }[];
const referrer = { kind: 'referrer' } as const;

describe('what an attached artifact is, and what a flatten does with it', () => {
  it('tool-shaped artifacts: SPDX SBOM and unsigned provenance carried, cosign signature dropped with the hint', () => {
    const sbom = classifyArtifact(json(spdxSbom(from).manifest.bytes), referrer, new Map());
    assert.deepEqual(sbom, { kind: 'sbom', artifactType: 'application/spdx+json', what: 'SPDX document' });
    const provenance = slsaProvenance(from);
    const statement = json(provenance.blobs[1] as Uint8Array);
    const attestation = classifyArtifact(
      json(provenance.manifest.bytes),
      referrer,
      new Map([[sha256(provenance.blobs[1] as Uint8Array), statement]]),
    );
    assert.equal(attestation.kind, 'attestation');
    const signature = classifyArtifact(
      json(cosignSignature(from.digest, 'r').manifest.bytes),
      { kind: 'cosign-tag', tag: 'sha256-x.sig' },
      new Map(),
    );
    assert.equal(signature.kind, 'signature');
    assert.deepEqual(decide(sbom, 'auto').action, 'carried');
    assert.deepEqual(decide(attestation, 'auto').action, 'carried');
    assert.match(decide(signature, 'all').reason, /would not verify .* sign the result: cosign sign, notation sign, or options\.signKey$/);
    assert.equal(decide(signature, 'all').action, 'dropped', 'never carried, whatever --referrers says');
    assert.match(decide(sbom, 'none').reason, /options\.referrers none$/);
  });

  it('DSSE envelopes: signed ones are signatures, unsigned ones attestations; Notary and sigstore bundles are signatures', () => {
    const manifest = (layers: object[], artifactType?: string) => ({
      schemaVersion: 2,
      artifactType,
      config: { mediaType: 'application/vnd.oci.empty.v1+json' },
      layers,
    });
    const dsse = { mediaType: 'application/vnd.dsse.envelope.v1+json', digest: `sha256:${hex('d')}`, size: 10 };
    const payload = Buffer.from(
      JSON.stringify({ _type: 'https://in-toto.io/Statement/v1', predicateType: 'https://spdx.dev/Document', subject: [] }),
    ).toString('base64');
    const signed = new Map([
      [dsse.digest, { payloadType: 'application/vnd.in-toto+json', payload, signatures: [{ keyid: '', sig: 'MEUC' }] }],
    ]);
    const unsigned = new Map([[dsse.digest, { payloadType: 'application/vnd.in-toto+json', payload, signatures: [] }]]);
    assert.equal(classifyArtifact(manifest([dsse]), referrer, signed).kind, 'signed-attestation');
    assert.equal(classifyArtifact(manifest([dsse]), referrer, unsigned).kind, 'sbom', 'an unsigned in-toto SPDX statement');
    assert.equal(classifyArtifact(manifest([dsse]), { kind: 'cosign-tag', tag: 'sha256-x.att' }, new Map()).kind, 'signed-attestation');
    assert.equal(classifyArtifact(manifest([], 'application/vnd.cncf.notary.signature'), referrer, new Map()).kind, 'signature');
    assert.equal(
      classifyArtifact(manifest([], 'application/vnd.dev.sigstore.bundle.v0.3+json'), referrer, new Map()).kind,
      'signed-attestation',
    );
    // cosign attach sbom: a plain manifest under sha256-<hex>.sbom whose layer is the document.
    const attached = {
      schemaVersion: 2,
      config: { mediaType: 'application/vnd.oci.image.config.v1+json' },
      layers: [{ mediaType: 'text/spdx', digest: `sha256:${hex('e')}`, size: 1 }],
    };
    assert.equal(classifyArtifact(attached, { kind: 'cosign-tag', tag: 'sha256-x.sbom' }, new Map()).kind, 'sbom');
    const unknown = classifyArtifact(manifest([], 'application/vnd.example.thing'), referrer, new Map());
    assert.deepEqual([unknown.kind, decide(unknown, 'auto').action, decide(unknown, 'all').action], ['unknown', 'dropped', 'carried']);
    assert.match(decide(unknown, 'auto').reason, /options\.referrers all carries it$/);
  });
});

describe('re-pointing', () => {
  it('subject names the new manifest; an in-toto subject digest is rewritten, other blobs keep their digests', () => {
    const provenance = slsaProvenance(from);
    const statementBytes = provenance.blobs[1] as Uint8Array;
    const repointed = repointArtifact({
      manifest: provenance.manifest,
      from,
      to,
      blobs: new Map([[sha256(statementBytes), statementBytes]]),
      buildx: false,
    });
    const manifest = json(repointed.manifest.bytes);
    assert.deepEqual(manifest.subject, to);
    assert.equal(repointed.rewritten.length, 1);
    const statement = json(repointed.rewritten[0]?.bytes as Uint8Array);
    assert.deepEqual(subjects(statement)[0]?.digest, { sha256: hex('b') });
    assert.equal(manifest.layers[0]?.digest, repointed.rewritten[0]?.descriptor.digest);
    assert.deepEqual(
      repointed.unchanged.map((d) => d.digest),
      [json(provenance.manifest.bytes).config.digest],
      'the empty config is copied as it is',
    );

    const sbom = spdxSbom(from);
    const sbomRepointed = repointArtifact({ manifest: sbom.manifest, from, to, blobs: new Map(), buildx: false });
    assert.deepEqual(sbomRepointed.rewritten, []);
    assert.deepEqual({ ...json(sbomRepointed.manifest.bytes), subject: undefined }, { ...json(sbom.manifest.bytes), subject: undefined });
  });

  it('a statement that names other subjects only is left alone; other algorithms of the old subject go; every flattened manifest is renamed', () => {
    const statement = { _type: 'https://in-toto.io/Statement/v0.1', subject: [{ name: 'x', digest: { sha256: hex('c') } }] };
    const renames = new Map([[from.digest, to.digest]]);
    assert.equal(repointStatement(statement, renames), undefined);
    const both = { ...statement, subject: [{ name: 'y', digest: { sha256: hex('a'), sha512: 'ff' } }, statement.subject[0]] };
    assert.deepEqual(repointStatement(both, renames)?.subject, [{ name: 'y', digest: { sha256: hex('b') } }, statement.subject[0]]);
    // A statement attached to an index may name its platform manifests: each names what it became.
    const many = new Map([...renames, [`sha256:${hex('c')}`, `sha256:${hex('d')}`]]);
    const subjects = repointStatement({ ...statement, subject: [...both.subject] }, many)?.subject as { digest: unknown }[];
    assert.deepEqual(
      subjects.map((s) => s.digest),
      [{ sha256: hex('b') }, { sha256: hex('d') }],
    );
  });

  it('a buildx attestation manifest: its config diff_ids follow the rewritten layer, and it names the new manifest', () => {
    const statementBytes = Buffer.from(
      JSON.stringify({ _type: 'https://in-toto.io/Statement/v0.1', subject: [{ name: 'n', digest: { sha256: hex('a') } }] }),
    );
    const layer = { mediaType: 'application/vnd.in-toto+json', digest: sha256(statementBytes), size: statementBytes.byteLength };
    const configBytes = Buffer.from(
      JSON.stringify({ architecture: 'unknown', os: 'unknown', rootfs: { type: 'layers', diff_ids: [layer.digest] } }),
    );
    const config = { mediaType: 'application/vnd.oci.image.config.v1+json', digest: sha256(configBytes), size: configBytes.byteLength };
    const bytes = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: from.mediaType, config, layers: [layer] }));
    const repointed = repointArtifact({
      manifest: { bytes, mediaType: from.mediaType, digest: sha256(bytes) },
      from,
      to,
      blobs: new Map([
        [layer.digest, statementBytes],
        [config.digest, configBytes],
      ]),
      buildx: true,
    });
    const manifest = json(repointed.manifest.bytes);
    assert.equal(manifest.annotations['vnd.docker.reference.digest'], to.digest);
    assert.equal(manifest.annotations['vnd.docker.reference.type'], 'attestation-manifest');
    const newConfig = json(repointed.rewritten.find((r) => r.descriptor.digest === manifest.config.digest)?.bytes as Uint8Array);
    assert.deepEqual(newConfig.rootfs.diff_ids, [manifest.layers[0]?.digest]);
    assert.notEqual(manifest.layers[0]?.digest, layer.digest);
  });
});

describe('referrers lists and the tag schema', () => {
  it('the tag names the digest; adding keeps what is there and never duplicates', () => {
    assert.equal(tagSchemaTag(from.digest), `sha256-${hex('a')}`);
    const sbom = spdxSbom(from).manifest;
    const first = withReferrer(undefined, referrerDescriptor(sbom), 'here');
    assert.ok(first);
    assert.deepEqual(parseReferrersList(first.bytes, 'here'), [
      {
        mediaType: sbom.mediaType,
        digest: sbom.digest,
        size: sbom.bytes.byteLength,
        artifactType: 'application/spdx+json',
        annotations: { 'org.opencontainers.image.created': '2024-01-02T00:00:00Z' },
      },
    ]);
    assert.equal(withReferrer(first.bytes, referrerDescriptor(sbom), 'here'), undefined, 'already listed: nothing to write');
    const other = cosignSignature(from.digest, 'r').manifest;
    const second = withReferrer(first.bytes, referrerDescriptor(other), 'here');
    assert.deepEqual(
      parseReferrersList(second?.bytes as Uint8Array, 'here').map((d) => d.digest),
      [sbom.digest, other.digest],
    );
    assert.deepEqual(
      parseReferrersList(second?.bytes as Uint8Array, 'here', 'application/spdx+json').map((d) => d.digest),
      [sbom.digest],
    );
  });

  it('Link headers: rel="next" among others, relative or absolute', () => {
    assert.equal(nextLink('</v2/a/referrers/sha256:1?last=2>; rel="next"'), '/v2/a/referrers/sha256:1?last=2');
    assert.equal(nextLink('<https://x/prev>; rel="prev", <https://x/next>; rel=next'), 'https://x/next');
    assert.equal(nextLink('<https://x/prev>; rel="prev"'), undefined);
    assert.equal(nextLink(undefined), undefined);
  });
});

describe('--provenance statement', () => {
  const input = {
    subject: to,
    subjectName: 'reg/app:flat',
    source: from,
    sourceName: 'reg/app:v1',
    parameters: { source: 'reg/app:v1', compression: 'gzip' },
  };
  it('deterministic: the same input gives the same bytes; a time only from --created/SOURCE_DATE_EPOCH', () => {
    const a = provenanceArtifact(input);
    assert.equal(provenanceArtifact(input).manifest.digest, a.manifest.digest);
    const statement = json(a.statement.bytes);
    assert.deepEqual(statement.predicate.runDetails.metadata, {});
    assert.equal(statement.predicate.runDetails.builder.version['oci-flatten'], VERSION);
    const dated = json(provenanceArtifact({ ...input, created: '2024-05-01T00:00:00Z' }).statement.bytes);
    assert.equal(dated.predicate.runDetails.metadata.startedOn, '2024-05-01T00:00:00Z');
    const manifest = json(a.manifest.bytes);
    assert.deepEqual(manifest.subject, to);
    assert.equal(manifest.artifactType, 'application/vnd.in-toto+json');
    assert.deepEqual(manifest.config, {
      mediaType: 'application/vnd.oci.empty.v1+json',
      digest: sha256(Buffer.from('{}')),
      size: 2,
      data: 'e30=',
    });
  });

  it("VERSION is package.json's", async () => {
    const pkg = JSON.parse(await readFile(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };
    assert.equal(VERSION, pkg.version);
  });
});
