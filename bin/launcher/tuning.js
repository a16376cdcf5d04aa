// Applies process-flags.js without ever stopping the command from starting: environment
// variables, the Node options this Node lists and the V8 options its `--v8-options` lists go on
// a restart of the same command (same pid, so signals and exit status are the command's own);
// the other V8 flags are set at run time, where V8 ignores one it does not know.
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { ENVIRONMENT, NODE_OPTIONS, V8_FLAGS, V8_OPTIONS_WITHOUT_GZIP } from './process-flags.js';

/** Set on the restart: the settings are in place, do not restart again. */
export const TUNED_VARIABLE = 'OCI_FLATTEN_TUNED';

const optionName = (flag) => flag.split('=')[0];

/** The --compression a command line asks for; gzip when it names none. */
function compressionOf(args) {
  let compression = 'gzip';
  args.forEach((arg, i) => {
    if (arg === '--compression') compression = args[i + 1] ?? compression;
    else if (arg.startsWith('--compression=')) compression = arg.slice('--compression='.length);
  });
  return compression;
}

/**
 * A failed execve aborts the process (Node 24: "process.execve failed", SIGABRT), it does not
 * throw: so the binary is checked first, and a Node that cannot be run again (deleted or
 * replaced by an upgrade while running) runs the command as it is, untuned.
 */
function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Help and the bare command do no work: not worth a restart. */
const doesNoWork = (args) => args.length === 0 || args.includes('--help') || args.includes('-h') || args[0] === 'help';

function applyV8Flags() {
  for (const flag of V8_FLAGS) setFlagsFromString(flag);
}

/** The V8 options of this run that this Node's V8 lists (`node --v8-options`); none if it cannot say. */
function knownV8Options(args) {
  if (compressionOf(args) === 'gzip') return [];
  const listed = spawnSync(process.execPath, ['--v8-options'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).stdout ?? '';
  return V8_OPTIONS_WITHOUT_GZIP.filter((flag) => new RegExp(`^\\s*${optionName(flag)}[ =]`, 'm').test(listed));
}

/**
 * Call first, on a supported Node. Either replaces this process with the same command under the
 * settings (and does not return), or applies what can be applied in place and returns. A user's
 * own MALLOC_ARENA_MAX means: change nothing.
 */
export function tuneProcess(script, args) {
  if (process.env[TUNED_VARIABLE] === '1') {
    delete process.env[TUNED_VARIABLE];
    applyV8Flags();
    return;
  }
  if (process.env.MALLOC_ARENA_MAX !== undefined || doesNoWork(args)) return;
  if (process.platform === 'linux' && typeof process.execve === 'function' && isExecutable(process.execPath)) {
    // An option this Node does not list would stop it ("bad option", exit 9): leave it out.
    const options = [
      ...NODE_OPTIONS.filter((flag) => process.allowedNodeEnvironmentFlags.has(optionName(flag))),
      ...knownV8Options(args),
    ];
    // The user's Node options come after ours and win.
    const argv = [process.execPath, ...options, ...process.execArgv, script, ...args];
    process.execve(process.execPath, argv, { ...process.env, ...ENVIRONMENT, [TUNED_VARIABLE]: '1' });
  }
  applyV8Flags();
}
