// The explicit fallback for a too-old Node (OCI_FLATTEN_NODE_FALLBACK=1): the pinned Node from the
// npm registry's node-<os>-<arch> package, which the user's npm already reaches. It runs as a
// child of this process (an old Node has no process.execve), so this file also keeps the two
// tied together: signals to this process reach the child, the child's status is ours, and a
// child whose parent dies stops as if it got SIGTERM.
import { execFileSync, spawn } from 'node:child_process';
import { constants } from 'node:os';
import { FALLBACK_NODE_VERSION } from './node-version.js';
import { WATCH_VARIABLE } from './parent-watch.js';

/** The pinned Node binary's path, fetched (or found in npm's cache) by npx. */
function pinnedNode() {
  const pkg = `node-${process.platform}-${process.arch}@${FALLBACK_NODE_VERSION}`;
  // One npx call to place the package; the binary it prints is then run directly, so no npm
  // process stands between this process and the child (signals and the IPC channel reach it).
  const printed = execFileSync('npx', ['--yes', `--package=${pkg}`, '--', 'node', '-p', 'process.version + " " + process.execPath'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  }).trim();
  const [version, path] = [printed.slice(0, printed.indexOf(' ')), printed.slice(printed.indexOf(' ') + 1)];
  if (version !== `v${FALLBACK_NODE_VERSION}`) throw new Error(`npx ran Node ${version}, not the pinned ${FALLBACK_NODE_VERSION}`);
  return path;
}

/** Runs `script args` under the pinned Node and exits with its status. */
export function runUnderPinnedNode(script, args) {
  let node;
  try {
    node = pinnedNode();
  } catch (error) {
    process.stderr.write(`flatten: could not get Node ${FALLBACK_NODE_VERSION} from the npm registry: ${error.message.split('\n')[0]}\n`);
    process.exit(1);
  }
  process.stderr.write(`flatten: ${process.version} is too old; running under Node ${FALLBACK_NODE_VERSION} (${node})\n`);
  // The child does the work, so it gets the settings bin/flatten would give itself; it skips its
  // own restart, which would lose the IPC channel.
  const child = spawn(node, [script, ...args], {
    stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
    env: { ...process.env, MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? '1', OCI_FLATTEN_TUNED: '1', [WATCH_VARIABLE]: '1' },
  });
  // Forwarded, not acted on: the child cleans up and exits 130 with the target unchanged, and
  // this process reports that status once the child has ended.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? 128 + (constants.signals[signal] ?? 0)));
}

