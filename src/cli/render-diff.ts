import { describeDifference, differenceJson, type DiffReport, type DiffSide } from '../index.ts';

/** One line per difference, then a summary line. */
export function renderDiff(report: DiffReport): string {
  const lines = report.differences.map(describeDifference);
  const count = (kind: string): number => report.differences.filter((d) => d.kind === kind).length;
  const sides = `${side(report.a)} and ${side(report.b)}`;
  if (report.differences.length === 0) lines.push(`no differences: ${sides} hold the same ${report.a.entries} entries`);
  else {
    lines.push(
      `${report.differences.length} difference${report.differences.length === 1 ? '' : 's'} between ${sides}: ` +
        `${count('removed')} only in A, ${count('added')} only in B, ${count('changed')} changed ` +
        `(A has ${report.a.entries} entries, B ${report.b.entries})`,
    );
  }
  return `${lines.join('\n')}\n`;
}

const side = (s: DiffSide): string => `${s.image}${s.platform === undefined ? '' : ` (${s.platform})`}`;

export function diffJson(report: DiffReport): Record<string, unknown> {
  return {
    a: report.a,
    b: report.b,
    identical: report.differences.length === 0,
    differences: report.differences.map(differenceJson),
  };
}
