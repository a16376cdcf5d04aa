import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { flattenConfig, resolveCreated } from '../../../src/image/config.ts';
import { FlattenError } from '../../../src/errors.ts';

const D = (n: number) => `sha256:${String(n).repeat(64).slice(0, 64)}`;

const source = () => ({
  created: '2024-01-02T03:04:05Z',
  architecture: 'amd64',
  os: 'linux',
  config: { Env: ['A=1'], Cmd: ['/bin/sh'], Healthcheck: { Test: ['CMD', 'true'] }, Labels: { keep: 'me' } },
  rootfs: { type: 'layers', diff_ids: [D(1), D(2), D(3)] },
  history: [
    { created: '2024-01-01T00:00:00Z', created_by: 'ADD base' },
    { created: '2024-01-01T00:00:01Z', created_by: 'ENV A=1', empty_layer: true },
    { created: '2024-01-01T00:00:02Z', created_by: 'RUN one' },
    { created: '2024-01-01T00:00:03Z', created_by: 'RUN two' },
  ],
  'x-unknown-field': { nested: [1, 2, 3] },
});

const options = { keptLayers: 0, keptDiffIds: [], mergedDiffId: D(9), sourceDigest: D(7), mergedLayerCount: 3 };

describe('config: raw config round-tripped, only diff_ids and history change', () => {
  it('keeps every field it does not own, including unknown and Docker-only ones', () => {
    const result = flattenConfig(source(), options);
    const { rootfs: _a, history: _b, ...rest } = result;
    const { rootfs: _c, history: _d, ...expected } = source();
    assert.deepEqual(rest, expected);
  });

  it('replaces diff_ids with the merged layer, after any kept ones', () => {
    assert.deepEqual((flattenConfig(source(), options).rootfs as { diff_ids: string[] }).diff_ids, [D(9)]);
    const kept = flattenConfig(source(), { ...options, keptLayers: 1, keptDiffIds: [D(1)], mergedLayerCount: 2 });
    assert.deepEqual((kept.rootfs as { diff_ids: string[] }).diff_ids, [D(1), D(9)]);
  });

  it('does not modify its input', () => {
    const input = source();
    flattenConfig(input, options);
    assert.deepEqual(input, source());
  });
});

describe('history: every entry kept, merged ones empty_layer, one appended', () => {
  it('marks every layer entry empty when everything is merged and appends one entry', () => {
    const history = flattenConfig(source(), options).history as Record<string, unknown>[];
    assert.equal(history.length, 5);
    assert.deepEqual(
      history.slice(0, 4).map((h) => h.empty_layer),
      [true, true, true, true],
    );
    assert.deepEqual(
      history.slice(0, 4).map((h) => h.created_by),
      ['ADD base', 'ENV A=1', 'RUN one', 'RUN two'],
    );
    assert.equal(history[4]?.empty_layer, undefined);
    assert.match(String(history[4]?.created_by), new RegExp(`merged 3 layers of ${D(7)}`));
  });

  it('the count of non-empty entries equals the count of diff_ids, with kept layers', () => {
    const result = flattenConfig(source(), { ...options, keptLayers: 1, keptDiffIds: [D(1)], mergedLayerCount: 2 });
    const history = result.history as { empty_layer?: boolean }[];
    assert.deepEqual(
      history.map((h) => h.empty_layer === true),
      [false, true, true, true, false],
    );
    assert.equal(history.filter((h) => h.empty_layer !== true).length, (result.rootfs as { diff_ids: string[] }).diff_ids.length);
  });

  it('the appended entry takes the source created time, so two runs give the same config', () => {
    const a = JSON.stringify(flattenConfig(source(), options));
    const b = JSON.stringify(flattenConfig(source(), options));
    assert.equal(a, b);
    const history = flattenConfig(source(), options).history as { created?: string }[];
    assert.equal(history.at(-1)?.created, '2024-01-02T03:04:05Z');
  });

  it('--created sets both created and the appended entry', () => {
    const result = flattenConfig(source(), { ...options, created: '2030-05-06T07:08:09Z' });
    assert.equal(result.created, '2030-05-06T07:08:09Z');
    assert.equal((result.history as { created?: string }[]).at(-1)?.created, '2030-05-06T07:08:09Z');
  });

  it('works on a config without history', () => {
    const { history: _h, ...bare } = source();
    const result = flattenConfig(bare, options);
    assert.equal((result.history as unknown[]).length, 1);
  });
});

describe('labels', () => {
  it('adds to config.Labels and keeps existing ones', () => {
    const result = flattenConfig(source(), { ...options, labels: { added: 'yes', keep: 'replaced' } });
    assert.deepEqual((result.config as { Labels: unknown }).Labels, { keep: 'replaced', added: 'yes' });
  });
});

describe('resolveCreated: --created and SOURCE_DATE_EPOCH', () => {
  const now = () => new Date('2031-01-01T00:00:00.123Z');
  it('accepts RFC 3339, now and epoch seconds', () => {
    assert.equal(resolveCreated('2024-01-01T00:00:00+02:00', undefined, now), '2024-01-01T00:00:00+02:00');
    assert.equal(resolveCreated('now', undefined, now), '2031-01-01T00:00:00Z');
    assert.equal(resolveCreated(undefined, '86400', now), '1970-01-02T00:00:00Z');
    assert.equal(resolveCreated(undefined, undefined, now), undefined);
  });
  it('--created wins over SOURCE_DATE_EPOCH', () => {
    assert.equal(resolveCreated('2024-01-01T00:00:00Z', '86400', now), '2024-01-01T00:00:00Z');
  });
  it('rejects malformed times with a usage error', () => {
    assert.throws(
      () => resolveCreated('yesterday', undefined, now),
      (e: unknown) =>
        e instanceof FlattenError && e.kind === 'usage' && e.option === 'created' && /^options\.created "yesterday"/.test(e.message),
    );
    assert.throws(
      () => resolveCreated(undefined, '12abc', now),
      (e: unknown) =>
        e instanceof FlattenError &&
        e.kind === 'usage' &&
        e.option === 'sourceDateEpoch' &&
        /^options\.sourceDateEpoch "12abc"/.test(e.message),
    );
  });
});
