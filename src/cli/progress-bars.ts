import type { ProgressEvent, ProgressListener } from '../index.ts';
import { formatBytes, shortDigest, tempDiskLine } from './format.ts';

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
 * (at most every 100 ms) with rate and ETA. Notes and warnings print above the bars; `stop()` leaves
 * them as they are, so an error printed next is the last thing on screen.
 */
export function barProgress(
  stream: { write(text: string): boolean; columns?: number },
  now: () => number = () => performance.now(),
): ProgressListener & { finish(): void; stop(): void } {
  const rows = new Map<string, Row>();
  let drawn = 0;
  let lastDraw = 0;

  const render = (row: Row): string => {
    // A finished row is full: a blob the target already held ends as "129 MiB/129 MiB existed",
    // not as an empty bar at 0 B.
    const bytes = row.done && row.total > 0 ? row.total : row.bytes;
    const fraction = row.total > 0 ? Math.min(1, bytes / row.total) : row.done ? 1 : 0;
    const seconds = Math.max(0.001, (now() - row.started) / 1000);
    const rate = row.bytes / seconds;
    const eta = !row.done && rate > 0 && row.total > row.bytes ? ` eta ${Math.ceil((row.total - row.bytes) / rate)}s` : '';
    const amount = row.total > 0 ? `${formatBytes(bytes)}/${formatBytes(row.total)}` : formatBytes(bytes);
    const status = row.note ?? (row.done ? 'done' : `${formatBytes(rate)}/s`);
    // A pty nobody sized (CI runners, `script`) reports 0 columns: that means unknown, not narrow.
    return fitLine(row.label, fraction, amount, status, eta, (stream.columns || 120) - 1);
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

  /** Once stopped (an error, the end), nothing is drawn again: what follows stays below the bars. */
  let stopped = false;
  const above = (line: string): void => {
    // Print above the bars: clear them, print, redraw below.
    let text = drawn > 0 ? `\x1b[${drawn}A` : '';
    text += `\x1b[2K${line}\n`;
    drawn = 0;
    stream.write(text);
    draw(true);
  };
  const listener = (event: ProgressEvent): void => {
    if (stopped) return;
    switch (event.type) {
      case 'note':
        above(`note: ${event.message}`);
        return;
      case 'warning':
        above(`warning: ${event.message}`);
        return;
      case 'image':
        upsert(`merge ${event.platform}`, `${event.platform} merge`, 0, 0, false);
        break;
      case 'download':
        upsert(`pull ${event.digest}`, `pull ${shortDigest(event.digest)}`, event.bytes, event.total, event.done);
        break;
      case 'merge':
        upsert(
          `merge ${event.platform}`,
          `${event.platform} merge`,
          event.bytesIn,
          0,
          event.done,
          event.done ? `-> ${formatBytes(event.bytesOut)}` : undefined,
        );
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
        listener({ type: 'note', message: tempDiskLine(event) });
        return;
    }
    draw(event.type === 'platform-done' || ('done' in event && event.done));
  };
  return Object.assign(listener, {
    finish: () => {
      if (!stopped) draw(true);
      stopped = true;
    },
    stop: () => {
      stopped = true;
    },
  });
}

const LABEL_WIDTH = 28;
/** Narrowest label: `pull ` and a 12-digit digest. */
const MIN_LABEL = 17;

/**
 * One bar line within `columns`: on a narrow terminal the bar, then the label, then the ETA give
 * way, never the amounts and the status (issue 18: at 50 columns the numbers were cut off).
 */
export function fitLine(label: string, fraction: number, amount: string, status: string, eta: string, columns: number): string {
  const tail = (withEta: boolean): string => ` ${amount} ${status}${withEta ? eta : ''}`;
  const line = (labelWidth: number, barWidth: number, withEta: boolean): string => {
    const name = label.length > labelWidth ? `${label.slice(0, labelWidth - 1)}…` : label.padEnd(labelWidth);
    const filled = Math.round(fraction * barWidth);
    const bar = barWidth > 0 ? ` [${'#'.repeat(filled)}${'.'.repeat(barWidth - filled)}]` : '';
    return `${name}${bar}${tail(withEta)}`;
  };
  const minLabel = Math.min(label.length, MIN_LABEL);
  const candidates: [number, number, boolean][] = [
    [Math.max(LABEL_WIDTH, label.length), WIDTH, true],
    [Math.max(LABEL_WIDTH, label.length), Math.max(8, columns - Math.max(LABEL_WIDTH, label.length) - 3 - tail(true).length), true],
    [LABEL_WIDTH, Math.max(8, columns - LABEL_WIDTH - 3 - tail(true).length), true],
    [Math.max(minLabel, columns - 11 - tail(true).length), 8, true],
    [Math.max(minLabel, columns - 11 - tail(false).length), 8, false],
    [minLabel, 0, false],
  ];
  for (const [labelWidth, barWidth, withEta] of candidates) {
    const text = line(labelWidth, Math.min(WIDTH, barWidth), withEta);
    if (text.length <= columns) return text;
  }
  return line(minLabel, 0, false).slice(0, Math.max(20, columns));
}
