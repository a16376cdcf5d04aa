import { removeAllTempDirs } from '../pipeline/temp-dir.ts';
import { main } from './main.ts';

/** The process entry: wires signals to an AbortController so temp files go and the target stays as it was. */
export async function run(): Promise<void> {
  const controller = new AbortController();
  let signals = 0;
  const onSignal = (name: NodeJS.Signals): void => {
    signals += 1;
    if (signals > 1) {
      removeAllTempDirs();
      process.exit(130);
    }
    controller.abort(new Error(`received ${name}`));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  // Last sweep, synchronous: whatever path the process takes to its end, no temp dir survives it.
  process.on('exit', removeAllTempDirs);
  const code = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env }, controller.signal);
  process.exitCode = code;
  if (controller.signal.aborted) {
    // An interrupted run ends now even if an aborted socket or worker has not let go yet; the
    // timer does not keep the process alive when everything has closed.
    setTimeout(() => process.exit(code), 2000).unref();
  }
}
