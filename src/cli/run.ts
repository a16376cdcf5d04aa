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
  const code = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env }, controller.signal);
  process.exitCode = code;
}
