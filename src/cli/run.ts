import { setFlagsFromString } from 'node:v8';
import { EXIT_CODES } from './exit-codes.ts';
import { main } from './main.ts';
import { startMemoryGovernor } from './memory-governor.ts';

/**
 * Keeps V8's young generation at its initial size (1 MiB semi-spaces) instead of letting it grow
 * to 64 MiB ones: a flatten streams gigabytes through 64 KiB Buffers whose memory is freed only
 * when their small JS wrappers are collected, and a large young generation lets tens of MiB of
 * dead chunks wait for each scavenge (measurements: bench/README.md, "The command's V8 settings").
 * Set here, in the command's process, not in the library: a V8 flag is process-wide. It takes
 * effect at runtime (--max-semi-space-size would not: V8 reads it only when the heap is set up).
 */
const LEAN_YOUNG_GENERATION = '--semi-space-growth-factor=1';

/**
 * How long an interrupted run may take to settle: flatten(), inspect() and diff() remove their
 * temp directory before their promise settles, also on abort; an aborted socket or worker that
 * has not let go by then does not hold the process.
 */
const SETTLE_MS = 5000;

/** The process entry: wires signals to the run's AbortController, so its temp files go and the target stays as it was. */
export async function run(): Promise<void> {
  setFlagsFromString(LEAN_YOUNG_GENERATION);
  const controller = new AbortController();
  const onSignal = (name: NodeJS.Signals): void => {
    // A second signal: the user will not wait for the cleanup (a temp dir left behind is swept by the next run).
    if (controller.signal.aborted) process.exit(EXIT_CODES.interrupted);
    controller.abort(new Error(`received ${name}`));
    setTimeout(() => process.exit(EXIT_CODES.interrupted), SETTLE_MS).unref();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const stopGovernor = startMemoryGovernor();
  const code = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env }, controller.signal);
  stopGovernor();
  process.exitCode = code;
  // An interrupted run ends once it has settled, even if an aborted socket or worker has not let go yet.
  if (controller.signal.aborted) process.exit(code);
}
