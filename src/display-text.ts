import { byteStringOf, displayName } from './rootfs/display-name.ts';

/**
 * Text from users and servers (references, tags, registry messages, platform names) as a message
 * shows it. Such text must never forge a line of output or move the cursor: `--to
 * $'reg/repo:x\nflatten: fake success'` printed a second line that looked like ours (issue 13,
 * item 8). Two forms, both built on the rule of src/rootfs/display-name.ts.
 */

/** Quoted, controls and non-printing characters as \xNN: for a value named inside a message. */
export const displayText = (text: string): string => displayName(byteStringOf(text));

/**
 * C0 and C1 controls, DEL, line and paragraph separators, bidi overrides and isolates: what
 * escapeControls rewrites (the same set displayName escapes).
 */
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** Unquoted, only the controls escaped: the last net over a whole message line before it is printed. */
export const escapeControls = (text: string): string =>
  text.replace(CONTROLS, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
