/**
 * The GitHub Action's entry (action.yml): inputs from INPUT_*, flatten() from the library,
 * outputs `digest`, `reference` and `json` to $GITHUB_OUTPUT. Credentials come as for the CLI:
 * the runner's ~/.docker/config.json (docker/login-action writes it), or `creds-file`.
 * Bundled into action/index.js (npm run build:action) because an action runs from a checkout
 * with no `npm install`.
 */
import { setFlagsFromString } from 'node:v8';
import { FlattenError, flatten } from '../index.ts';
import { exitCodeOf } from '../cli/exit-codes.ts';
import { lineProgress } from '../cli/progress-lines.ts';
import { toInputWords } from './input-names.ts';
import { optionsFromInputs } from './inputs.ts';
import { writeOutputs } from './outputs.ts';

/** One line of the workflow log; `::error::` makes it an annotation on the run. */
const log = (line: string): void => void process.stdout.write(`${line}\n`);

/** GitHub's command syntax needs %, CR and LF escaped in a message. */
const escapeCommand = (text: string): string => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

export async function runAction(env: NodeJS.ProcessEnv = process.env): Promise<number> {
  // bin/launcher/process-flags.js: safe at run time on any Node (an unknown flag is ignored).
  setFlagsFromString('--wasm-tiering-budget=200000000');
  const controller = new AbortController();
  // A cancelled workflow sends SIGINT, then SIGTERM: either stops the run, target unchanged; flatten()
  // removes its temp dir before it settles.
  const stop = (): void => controller.abort(new Error('the workflow was cancelled'));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    const options = optionsFromInputs(env);
    const lines = lineProgress(log);
    const result = await flatten({
      ...options,
      signal: controller.signal,
      // The CLI's one-line-per-step progress, as it prints it when stderr is not a terminal.
      // Library messages name option fields; the workflow's author reads the action's inputs.
      onProgress: (event) => {
        lines(event.type === 'warning' || event.type === 'note' ? { ...event, message: toInputWords(event.message) } : event);
      },
    });
    log(result.dryRun ? `dry run: nothing written` : `wrote ${result.reference}`);
    if (env.GITHUB_OUTPUT !== undefined && env.GITHUB_OUTPUT !== '') {
      await writeOutputs(env.GITHUB_OUTPUT, { digest: result.digest, reference: result.reference, json: JSON.stringify(result) });
    }
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    log(`::error::${escapeCommand(toInputWords(message))}`);
    if (error instanceof FlattenError && error.hint !== undefined) log(`hint: ${toInputWords(error.hint)}`);
    return exitCodeOf(error);
  }
}
