import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { barProgress, fitLine } from '../../../src/cli/progress-bars.ts';
import { finalScreen } from '../../helpers/screen.ts';

function terminal(columns: number) {
  let bytes = '';
  const stream = {
    columns,
    write: (text: string) => {
      bytes += text;
      return true;
    },
  };
  let t = 0;
  const bars = barProgress(stream, () => (t += 1000));
  return { bars, stream, screen: () => finalScreen(bytes, columns), bytes: () => bytes };
}

const DIGEST = `sha256:${'ab'.repeat(32)}`;

describe('progress bars on a terminal', () => {
  it('after stop() nothing is drawn: an error printed next stays the last line on screen', () => {
    const { bars, stream, screen } = terminal(100);
    bars({ type: 'download', platform: 'p', digest: DIGEST, bytes: 10, total: 100, done: false });
    bars({ type: 'download', platform: 'p', digest: DIGEST, bytes: 100, total: 100, done: true });
    bars.stop();
    stream.write('flatten: something failed\nhint: do this\n');
    // Late events (downloads still in flight when the run failed) must not redraw over it.
    bars({ type: 'download', platform: 'p', digest: `sha256:${'cd'.repeat(32)}`, bytes: 50, total: 100, done: true });
    bars({ type: 'warning', message: 'late' });
    bars.finish();
    const lines = screen();
    assert.deepEqual(lines.slice(-2), ['flatten: something failed', 'hint: do this']);
    assert.match(lines[0] ?? '', /^pull abababababab +\[#{24}\] 100 B\/100 B done$/);
  });

  it('warnings print above the bars, which are redrawn below', () => {
    const { bars, screen } = terminal(100);
    bars({ type: 'download', platform: 'p', digest: DIGEST, bytes: 100, total: 100, done: true });
    bars({ type: 'warning', message: '--level 3 has no effect with --compression none' });
    assert.deepEqual(
      screen().map((l) => l.slice(0, 30)),
      ['warning: --level 3 has no effe', 'pull abababababab            ['],
    );
  });

  it('a blob the target already held ends as a full bar with its size, not "0 B/… existed"', () => {
    const { bars, screen } = terminal(100);
    bars({ type: 'upload', platform: 'p', digest: 'merged layer', bytes: 0, total: 0, merged: true });
    bars({ type: 'upload', platform: 'p', digest: DIGEST, bytes: 0, total: 129 * 1024 * 1024, outcome: 'existed', merged: true });
    assert.deepEqual(screen(), [`push merged layer            [${'#'.repeat(24)}] 129 MiB/129 MiB existed`]);
  });

  it('at 50 columns every bar keeps its amounts and status; the bar and the label give way', () => {
    const { bars, screen } = terminal(50);
    bars({ type: 'image', platform: 'registry.example.com/team/app:1.4', layers: 3, merged: 3, kept: 0 });
    bars({ type: 'download', platform: 'p', digest: DIGEST, bytes: 1_500_000, total: 3_000_000, done: false });
    bars({ type: 'merge', platform: 'registry.example.com/team/app:1.4', bytesIn: 20_000_000, bytesOut: 5_000_000, done: true });
    bars({ type: 'upload', platform: 'p', digest: DIGEST, bytes: 3_000_000, total: 3_000_000, outcome: 'uploaded' });
    const lines = screen();
    assert.equal(lines.length, 3, lines.join('\n'));
    for (const line of lines) assert.ok(line.length <= 49, `${line.length}: ${line}`);
    assert.match(lines[0] ?? '', /-> 4\.8 MiB$/);
    assert.match(lines[1] ?? '', /^pull abababababab .*1\.4 MiB\/2\.9 MiB [\d.]+ [KMG]?i?B\/s/);
    assert.match(lines[2] ?? '', /^push abababababab .*2\.9 MiB\/2\.9 MiB uploaded$/);
  });

  it('fitLine: a wide terminal gets the full layout', () => {
    assert.equal(
      fitLine('pull 0123456789ab', 0.5, '1 B/2 B', 'done', '', 119),
      `pull 0123456789ab${' '.repeat(11)} [${'#'.repeat(12)}${'.'.repeat(12)}] 1 B/2 B done`,
    );
  });
});
