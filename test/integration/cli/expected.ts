import type { FlattenResult } from '../../../src/flatten.ts';
import { applyLayers, parseTar } from '../../helpers/reference-extractor.ts';

/**
 * What `inspect` reports as dropped, computed independently: regular-file bytes in the layer tars
 * minus the bytes of the files the merged tree still holds (a hard-link group's data once).
 */
export async function expectedBytesDropped(tars: Buffer[]): Promise<number> {
  const bytesIn = tars
    .flatMap(parseTar)
    .reduce((sum, member) => sum + (member.typeflag === '0' || member.typeflag === '\0' ? member.size : 0), 0);
  let bytesOut = 0;
  for (const [path, entry] of await applyLayers(tars)) {
    if (entry.type === 'file' && (entry.hardlinkGroup === undefined || entry.hardlinkGroup === path)) bytesOut += entry.size ?? 0;
  }
  return bytesIn - bytesOut;
}

/** A JSON schema, the small part of the vocabulary the CLI's documents need. */
export type Schema =
  | { type: 'string'; pattern?: RegExp }
  | { type: 'integer'; minimum?: number; nullable?: true }
  | { type: 'boolean' }
  | { type: 'array'; items: Schema }
  | { type: 'object'; properties: Record<string, Schema>; required: string[] };

/**
 * Every way `value` breaks `schema`, as `path: problem` lines. Objects are closed (no property
 * the schema does not name), because the point is stable, documented field names.
 */
export function schemaErrors(schema: Schema, value: unknown, path = '$'): string[] {
  switch (schema.type) {
    case 'string':
      if (typeof value !== 'string') return [`${path}: expected a string, got ${JSON.stringify(value)}`];
      return schema.pattern !== undefined && !schema.pattern.test(value)
        ? [`${path}: ${JSON.stringify(value)} does not match ${schema.pattern}`]
        : [];
    case 'integer':
      if (value === null && schema.nullable === true) return [];
      if (!Number.isSafeInteger(value)) return [`${path}: expected an integer, got ${JSON.stringify(value)}`];
      return (value as number) < (schema.minimum ?? 0) ? [`${path}: ${String(value)} is below ${schema.minimum ?? 0}`] : [];
    case 'boolean':
      return typeof value === 'boolean' ? [] : [`${path}: expected a boolean, got ${JSON.stringify(value)}`];
    case 'array':
      if (!Array.isArray(value)) return [`${path}: expected an array`];
      return value.flatMap((item, i) => schemaErrors(schema.items, item, `${path}[${i}]`));
    case 'object': {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return [`${path}: expected an object`];
      const record = value as Record<string, unknown>;
      const errors = schema.required.filter((key) => !(key in record)).map((key) => `${path}: missing ${key}`);
      for (const [key, item] of Object.entries(record)) {
        const property = schema.properties[key];
        if (property === undefined) errors.push(`${path}: unexpected property ${key}`);
        else errors.push(...schemaErrors(property, item, `${path}.${key}`));
      }
      return errors;
    }
  }
}

const digest: Schema = { type: 'string', pattern: /^sha256:[a-f0-9]{64}$/ };
const digestOrEmpty: Schema = { type: 'string', pattern: /^(sha256:[a-f0-9]{64})?$/ };
const count: Schema = { type: 'integer', minimum: 0 };

/** `flatten --json`, as README.md documents it. */
export const FLATTEN_JSON_SCHEMA: Schema = {
  type: 'object',
  required: [
    'source',
    'target',
    'reference',
    'digest',
    'mediaType',
    'dryRun',
    'platforms',
    'dropped',
    'referrers',
    'uploaded',
    'tempBytes',
    'tempBudget',
    'refetches',
    'durationMs',
  ],
  properties: {
    source: { type: 'string' },
    target: { type: 'string' },
    reference: { type: 'string', pattern: /^(\S+@sha256:[a-f0-9]{64})?$/ },
    digest: digestOrEmpty,
    mediaType: {
      type: 'string',
      pattern: /^application\/vnd\.(oci\.image\.(manifest|index)\.v1|docker\.distribution\.manifest(\.list)?\.v2)\+json$/,
    },
    dryRun: { type: 'boolean' },
    platforms: {
      type: 'array',
      items: {
        type: 'object',
        required: ['platform', 'digest', 'layersBefore', 'layersAfter', 'keptLayers', 'bytesBefore', 'bytesAfter', 'reused'],
        properties: {
          platform: { type: 'string' },
          digest: digestOrEmpty,
          layersBefore: count,
          layersAfter: count,
          keptLayers: count,
          bytesBefore: count,
          bytesAfter: count,
          reused: { type: 'boolean' },
          mergedLayer: {
            type: 'object',
            required: ['digest', 'diffId', 'size', 'uncompressedSize', 'entries', 'bytesDropped'],
            properties: { digest, diffId: digest, size: count, uncompressedSize: count, entries: count, bytesDropped: count },
          },
        },
      },
    },
    dropped: {
      type: 'array',
      items: { type: 'object', required: ['digest', 'reason'], properties: { digest, reason: { type: 'string' } } },
    },
    referrers: {
      type: 'array',
      items: {
        type: 'object',
        required: ['digest', 'artifactType', 'action', 'reason'],
        properties: {
          digest,
          artifactType: { type: 'string' },
          action: { type: 'string', pattern: /^(carried|dropped|added)$/ },
          reason: { type: 'string' },
          subject: digest,
          written: digest,
        },
      },
    },
    uploaded: {
      type: 'object',
      required: ['blobs', 'bytes', 'existed', 'mounted'],
      properties: { blobs: count, bytes: count, existed: count, mounted: count },
    },
    tempBytes: count,
    /** null: unlimited. */
    tempBudget: { type: 'integer', minimum: 0, nullable: true },
    refetches: count,
    durationMs: count,
  },
};

/** The figures a run reports as JSON: the library's result, printed as it is. */
export type FlattenJson = FlattenResult;
