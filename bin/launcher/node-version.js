// What the command says and does on a Node older than it needs (bin/flatten checks the version).
// Plain JavaScript that any Node still in use parses.

/**
 * The exact Node the explicit fallback runs (OCI_FLATTEN_NODE_FALLBACK=1): pinned, never a range,
 * so two machines run the same binary. Bump it with the image's NODE_VERSION (tools/image/).
 */
export const FALLBACK_NODE_VERSION = '24.21.0';

/** The variable that allows the fallback. Nothing is downloaded without it. */
export const FALLBACK_VARIABLE = 'OCI_FLATTEN_NODE_FALLBACK';

/** Exit status on a too-old Node without the fallback: none of the tool's own (README, Exit codes). */
export const EXIT_OLD_NODE = 8;

/** One line: what is needed, what this is, how to get it. */
export const oldNodeMessage = (required, version = process.version) =>
  `flatten: needs Node.js >= ${required}, this is ${version}: install Node.js 24 (https://nodejs.org/en/download, or "nvm install 24"), or set ${FALLBACK_VARIABLE}=1 to run under Node ${FALLBACK_NODE_VERSION} from the npm registry\n`;
