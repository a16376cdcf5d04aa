import type { InspectReport } from '../index.ts';
import { formatBytes, shortDigest } from './format.ts';

export function renderInspect(report: InspectReport): string {
  const lines = [`${report.image} ${report.digest} (${report.mediaType})`];
  for (const image of report.images) {
    lines.push(
      `${image.platform}: ${image.layers.length} layer${image.layers.length === 1 ? '' : 's'}, ${formatBytes(image.totalSize)} compressed`,
    );
    for (const [i, layer] of image.layers.entries()) {
      lines.push(`  layer ${i + 1}: ${shortDigest(layer.digest)} ${formatBytes(layer.size)} ${layer.mediaType}`);
    }
    lines.push('  history:');
    for (const entry of image.history) {
      const what = truncate((entry.created_by ?? entry.comment ?? '').replace(/\s+/g, ' '), 100);
      lines.push(`    ${entry.empty_layer ? '(no layer) ' : ''}${entry.created ?? ''} ${what}`);
    }
    if (image.flattened !== undefined) {
      const f = image.flattened;
      lines.push(
        `  flattened: ${f.entriesOut} of ${f.entriesIn} entries kept; ${formatBytes(f.bytesDropped)} of file data shadowed or deleted would be dropped (${formatBytes(f.bytesOut)} of tar remains)`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

/** At most `max` characters; a cut line ends with an ellipsis, so it does not read as the whole command. */
export const truncate = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
