/**
 * Differences as text, one line each (`+ path` only in B, `- path` only in A, `~ path: what
 * changed`), and as JSON. Names go through displayName: a name can never forge a line.
 */
import { displayName } from '../rootfs/display-name.ts';
import type { Change, Difference } from './compare-trees.ts';

/** One line for a difference diff() found: `+ path`, `- path`, or `~ path: what changed`. */
export function describeDifference(difference: Difference): string {
  const name = displayName(difference.path);
  if (difference.kind === 'added') return `+ ${name}`;
  if (difference.kind === 'removed') return `- ${name}`;
  return `~ ${name}: ${difference.changes.map(describeChange).join(', ')}`;
}

function describeChange(change: Change): string {
  switch (change.field) {
    case 'content':
      return `content ${shortContent(change.a)} -> ${shortContent(change.b)}`;
    case 'symlink':
      return `symlink target ${displayName(change.a)} -> ${displayName(change.b)}`;
    case 'xattr':
      return `xattr ${displayName(change.name ?? '')} ${change.a === '' ? '(none)' : change.a} -> ${change.b === '' ? '(none)' : change.b}`;
    case 'hard links':
      return `hard links ${group(change.a)} -> ${group(change.b)}`;
    default:
      return `${change.field} ${change.a} -> ${change.b}`;
  }
}

/** `sha256:HEX SIZE` -> `sha256:0123456789ab… (SIZE bytes)`. */
function shortContent(text: string): string {
  const [digest = '', size = ''] = text.split(' ');
  return `${digest.slice(0, 'sha256:'.length + 12)}… (${size} bytes)`;
}

/** A hard-link group: its names, or `(none)` for a file with one name. */
const group = (joined: string): string => (joined === '' ? '(none)' : `{${joined.split('\0').map(displayName).join(', ')}}`);

/** The JSON form: names as text when they are UTF-8, else as displayName shows them. */
export function differenceJson(difference: Difference): Record<string, unknown> {
  return {
    path: textOf(difference.path),
    kind: difference.kind,
    ...(difference.kind === 'changed'
      ? {
          changes: difference.changes.map((change) =>
            change.field === 'hard links'
              ? { field: change.field, a: splitGroup(change.a), b: splitGroup(change.b) }
              : {
                  field: change.field,
                  ...(change.name === undefined ? {} : { name: textOf(change.name) }),
                  a: change.field === 'symlink' ? textOf(change.a) : change.a,
                  b: change.field === 'symlink' ? textOf(change.b) : change.b,
                },
          ),
        }
      : {}),
  };
}

const splitGroup = (joined: string): string[] => (joined === '' ? [] : joined.split('\0').map(textOf));

function textOf(name: string): string {
  const bytes = Buffer.from(name, 'latin1');
  const text = bytes.toString('utf8');
  return Buffer.from(text, 'utf8').equals(bytes) ? text : displayName(name);
}
