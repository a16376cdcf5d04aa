import type { ProgressEvent, ProgressListener } from '../index.ts';
import { formatBytes, formatSeconds, plural, shortDigest, tempDiskLine } from './format.ts';

/**
 * For logs (CI, Kubernetes): one line per finished step, with sizes and times. Nothing is
 * redrawn, so the output reads the same in any log viewer.
 */
export function lineProgress(write: (line: string) => void, now: () => number = () => performance.now()): ProgressListener {
  const started = new Map<string, number>();
  const since = (key: string): string => formatSeconds(now() - (started.get(key) ?? now()));
  return (event: ProgressEvent) => {
    switch (event.type) {
      case 'note':
        write(`note: ${event.message}`);
        break;
      case 'warning':
        write(`warning: ${event.message}`);
        break;
      case 'image':
        started.set(`merge ${event.platform}`, now());
        write(`${event.platform}: ${plural(event.layers, 'layer')}: merging ${event.merged}, keeping ${event.kept}`);
        break;
      case 'download': {
        const key = `download ${event.digest}`;
        if (!started.has(key)) started.set(key, now());
        if (event.done) write(`${event.platform}: pulled ${shortDigest(event.digest)} ${formatBytes(event.bytes)} in ${since(key)}`);
        break;
      }
      case 'merge':
        if (event.done) {
          write(
            `${event.platform}: merged ${formatBytes(event.bytesIn)} of tar into ${formatBytes(event.bytesOut)} in ${since(`merge ${event.platform}`)}`,
          );
        }
        break;
      case 'upload':
        if (event.outcome === 'existed') write(`${event.platform}: ${shortDigest(event.digest)} already present, not uploaded`);
        else if (event.outcome === 'mounted') write(`${event.platform}: mounted ${shortDigest(event.digest)}`);
        else if (event.outcome === 'uploaded') write(`${event.platform}: pushed ${shortDigest(event.digest)} ${formatBytes(event.total)}`);
        break;
      case 'platform-done':
        write(`${event.platform}: done ${event.digest}`);
        break;
      case 'temp-disk':
        write(tempDiskLine(event));
        break;
    }
  };
}
