import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { flagOf, toFlagWords } from '../../../src/cli/flag-names.ts';
import { FlattenError } from '../../../src/errors.ts';
import { type OptionInput, resolveOptions } from '../../../src/options/flatten-options.ts';

const base = { source: 'registry.example.com/team/app:1', target: 'registry.example.com/team/app:flat' };

describe('flag-names: the library names option fields, the CLI prints flags', () => {
  it('maps options.FIELD to its flag, and leaves other text alone', () => {
    assert.equal(toFlagWords('options.level 0 is out of range for gzip (1 to 9)'), '--level 0 is out of range for gzip (1 to 9)');
    assert.equal(toFlagWords('options.keepBase and options.base both choose'), '--keep-base and --base both choose');
    assert.equal(toFlagWords('options.reuse false has no effect with options.dryRun'), '--no-reuse has no effect with --dry-run');
    assert.equal(toFlagWords('no answer within options.transport.timeoutMs'), 'no answer within --timeout');
    assert.equal(toFlagWords('options.platforms "linux/" is not'), '--platform "linux/" is not');
    assert.equal(toFlagWords('options.unknownField stays; so do the options. here'), 'options.unknownField stays; so do the options. here');
    assert.equal(flagOf('transport.speedLimit.seconds'), '--speed-time');
    // Inside a reference or a path it is the user's text, not an option.
    assert.equal(toFlagWords('reg.example/options.level:1 and /tmp/options.level'), 'reg.example/options.level:1 and /tmp/options.level');
    assert.equal(toFlagWords('options.level: 0 attempts (options.level)'), '--level: 0 attempts (--level)');
  });

  it('every option error and warning resolveOptions gives reads in flags once mapped', () => {
    const refused: OptionInput[] = [
      { ...base, level: 0 },
      { ...base, compression: 'zstd', level: 23 },
      { ...base, concurrency: 0 },
      { ...base, platforms: ['linux/'] },
      { ...base, keepBase: 1, base: 'x/y:z' },
      { ...base, keepBase: -1 },
      { ...base, base: '' },
      { ...base, format: 'docker', compression: 'zstd' },
      { ...base, target: 'oci:/x:y', format: 'docker' },
      { ...base, format: 'xml' as 'oci' },
      { ...base, compression: 'brotli' as 'gzip' },
      { ...base, target: 'docker-archive:/x.tar:a:b', keepIndex: true },
      { ...base, target: 'docker-archive:/x.tar:a:b', platforms: ['linux/amd64', 'linux/arm64'] },
      { ...base, created: 'yesterday' },
      { ...base, sourceDateEpoch: 'soon' },
      { ...base, labels: { '': 'x' } },
      { ...base, annotations: { a: 1 as unknown as string } },
      { ...base, transport: { timeoutMs: 0 } },
      { ...base, transport: { retry: { attempts: 0 } } },
      { ...base, transport: { speedLimit: { bytesPerSecond: -1 } } },
      { ...base, transport: { speedLimit: { seconds: 0 } } },
      { ...base, dryRun: 'yes' as unknown as boolean },
      { ...base, allowNondistributable: 1 as unknown as boolean },
      { ...base, tempDirectory: '' },
      { ...base, transport: { insecureHosts: 'reg:5000' as unknown as string[] } },
      { ...base, transport: { hosts: { 'reg:5000': { upload: { strategy: 'fast' as 'auto' } } } } },
      { ...base, transport: { hosts: { 'reg:5000': { upload: { chunkSize: 0 } } } } },
    ];
    const lines: string[] = [];
    for (const input of refused) {
      assert.throws(
        () => resolveOptions(input),
        (error: unknown) => {
          assert.ok(error instanceof FlattenError && error.kind === 'usage', String(error));
          assert.ok(error.option !== undefined, `${error.message}: names no option field`);
          lines.push(error.hint === undefined ? error.message : `${error.message} (hint: ${error.hint})`);
          return true;
        },
      );
    }
    const warned = resolveOptions({
      source: 'oci:/a:b',
      target: 'docker-archive:/c.tar:d:e',
      compression: 'zstd',
      format: 'oci',
      keepIndex: false,
      dryRun: true,
      reuse: false,
      tempDirectory: '/tmp',
      verify: true,
      transport: {
        sourceCredentials: { kind: 'basic', username: 'u', password: 'p' },
        targetCredentials: { kind: 'basic', username: 'u', password: 'p' },
        insecureHosts: ['other:5000'],
        hosts: { 'other:5000': {} },
        speedLimit: { bytesPerSecond: 0, seconds: 10 },
      },
    }).warnings;
    assert.ok(warned.length >= 8, warned.join('\n'));
    lines.push(...warned);
    for (const line of lines) {
      assert.match(line, /options\./, `${line}: names no option field`);
      const printed = toFlagWords(line);
      assert.doesNotMatch(printed, /options\./, `${printed}: an option field the CLI's table does not know`);
      assert.match(printed, /--[a-z]|SOURCE_DATE_EPOCH/, printed);
    }
  });
});
