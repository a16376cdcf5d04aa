import type { ProgressEvent, ProgressListener } from '../pipeline/progress.ts';
import { formatBytes, shortDigest } from './format.ts';

interface Row {
  label: string;
  bytes: number;
  total: number;
  started: number;
  done: boolean;
  note?: string;
}

const WIDTH = 24;

/**
 * For terminals: one bar per layer pulled, one for the merge, one per push, redrawn in place
 * (at most every 100 ms) with rate and ETA. Notes print above the bars.
 */
export function barProgress(
  stream: { write(text: string): boolean; columns?: number },
  now: () => number = () => performance.now(),
): ProgressListener & { finish(): void } {
  const rows = new Map<string, Row>();
  let drawn = 0;
  let lastDraw = 0;

  const render = (row: Row): string => {
    const fraction = row.total > 0 ? Math.min(1, row.bytes / row.total) : row.done ? 1 : 0;
    const filled = Math.round(fraction * WIDTH);
    const seconds = Math.max(0.001, (now() - row.started) / 1000);
    const rate = row.bytes / seconds;
    const eta = !row.done && rate > 0 && row.total > row.bytes ? ` eta ${Math.ceil((row.total - row.bytes) / rate)}s` : '';
    const amount = row.total > 0 ? `${formatBytes(row.bytes)}/${formatBytes(row.total)}` : formatBytes(row.bytes);
    const status = row.note ?? (row.done ? 'done' : `${formatBytes(rate)}/s${eta}`);
    const line = `${row.label.padEnd(28)} [${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${amount} ${status}`;
    // A pty nobody sized (CI runners, `script`) reports 0 columns: that means unknown, not narrow.
    return line.slice(0, Math.max(20, (stream.columns || 120) - 1));
  };

  const draw = (force: boolean): void => {
    const t = now();
    if (!force && t - lastDraw < 100) return;
    lastDraw = t;
    let text = drawn > 0 ? `\x1b[${drawn}A` : '';
    for (const row of rows.values()) text += `\x1b[2K${render(row)}\n`;
    drawn = rows.size;
    stream.write(text);
  };

  const upsert = (key: string, label: string, bytes: number, total: number, done: boolean, note?: string): void => {
    const row = rows.get(key) ?? { label, bytes: 0, total, started: now(), done: false };
    row.bytes = bytes;
    row.total = total;
    row.done = done;
    if (note !== undefined) row.note = note;
    rows.set(key, row);
  };

  const listener = (event: ProgressEvent): void => {
    switch (event.type) {
      case 'note': {
        // Print above the bars: clear them, print, redraw below.
        let text = drawn > 0 ? `\x1b[${drawn}A` : '';
        text += `\x1b[2Knote: ${event.message}\n`;
        drawn = 0;
        stream.write(text);
        draw(true);
        return;
      }
      case 'image':
        upsert(`merge ${event.platform}`, `${event.platform} merge`, 0, 0, false);
        break;
      case 'download':
        upsert(`pull ${event.digest}`, `pull ${shortDigest(event.digest)}`, event.bytes, event.total, event.done);
        break;
      case 'merge':
        upsert(`merge ${event.platform}`, `${event.platform} merge`, event.bytesIn, 0, event.done, event.done ? `-> ${formatBytes(event.bytesOut)}` : undefined);
        break;
      case 'upload':
        // The merged layer keeps one row from its first streamed byte to its outcome.
        upsert(
          event.merged === true ? `push merged ${event.platform}` : `push ${event.digest}`,
          event.merged === true ? `push merged layer` : `push ${shortDigest(event.digest)}`,
          event.bytes,
          event.total,
          event.outcome !== undefined,
          event.outcome,
        );
        break;
      case 'platform-done':
        break;
      case 'temp-disk':
        listener({ type: 'note', message: `temp disk: ${formatBytes(event.bytes)} at most, removed at exit` });
        return;
    }
    draw(event.type === 'platform-done' || ('done' in event && event.done));
  };
  return Object.assign(listener, { finish: () => draw(true) });
}
