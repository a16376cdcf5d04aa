import { readdir, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { run, type RunResult } from './run.ts';

/**
 * Runs the `flatten` CLI as a user does: a separate Node process, its own stdout, stderr and exit
 * code. When dist/ is at least as new as every file in src/ (as after `npm install` or the build
 * step of `npm test`), that is `node bin/flatten`; otherwise the same entry, `run()` of
 * src/cli/run.ts, is loaded from source with Node's type stripping, so a stale or missing build
 * never tests yesterday's code.
 */

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface CliOptions {
  /** Added to (or, with `undefined`, removed from) the test process's environment. */
  env?: Record<string, string | undefined>;
  cwd?: string;
  input?: string;
  signal?: AbortSignal;
}

export interface CliCommand {
  /** argv[0] and the arguments that come before the CLI's own. */
  command: string;
  prefix: string[];
  mode: 'bin' | 'source';
}

async function newestMtime(dir: string): Promise<number> {
  let newest = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? await newestMtime(path) : (await stat(path)).mtimeMs);
  }
  return newest;
}

let cached: Promise<CliCommand> | undefined;

/** How to start the CLI in this checkout (decided once per test process). */
export function cliCommand(): Promise<CliCommand> {
  cached ??= (async (): Promise<CliCommand> => {
    const built = await stat(join(REPO_ROOT, 'dist', 'cli', 'run.js')).then(
      (s) => s.mtimeMs,
      () => 0,
    );
    if (built > 0 && built >= (await newestMtime(join(REPO_ROOT, 'src')))) {
      return { command: process.execPath, prefix: [join(REPO_ROOT, 'bin', 'flatten')], mode: 'bin' };
    }
    // `node -e SCRIPT -- flatten ARGS…` gives argv [node, 'flatten', ARGS…], as run() expects. The
    // placeholder also keeps node from reading a first argument `inspect` as its debugger. The
    // script stays CommonJS: `--input-type=module` would be inherited by worker threads and turn
    // their eval'd code into ES modules.
    const entry = pathToFileURL(join(REPO_ROOT, 'src', 'cli', 'run.ts')).href;
    const script = `import(${JSON.stringify(entry)}).then((m) => m.run());`;
    return { command: process.execPath, prefix: ['--no-warnings', '-e', script, '--', 'flatten'], mode: 'source' };
  })();
  return cached;
}

export function cliEnv(extra: CliOptions['env'] = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, PATH: `${dirname(process.execPath)}:${process.env.PATH ?? ''}` };
  // A SOURCE_DATE_EPOCH of the test runner's own must not leak into a CLI run.
  delete env.SOURCE_DATE_EPOCH;
  delete env.NODE_TEST_CONTEXT;
  for (const [key, value] of Object.entries(extra)) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  return env;
}

/** A line of a JavaScript stack trace: `    at fn (file:line:col)` or `    at file:line:col`. */
const STACK_LINE = /^\s+at .*:\d+:\d+\)?$/m;

/**
 * Run `flatten ARGS…`; never throws on a non-zero exit (the code is part of the result). It does
 * throw when a stack trace reached the user without OCI_FLATTEN_DEBUG=1: a rule every CLI test
 * enforces (issue 13).
 */
export async function runCli(args: readonly string[], options: CliOptions = {}): Promise<RunResult> {
  const { command, prefix } = await cliCommand();
  const env = cliEnv(options.env);
  const result = await run(command, [...prefix, ...args], {
    check: false,
    env,
    cwd: options.cwd ?? REPO_ROOT,
    ...(options.input === undefined ? {} : { input: options.input }),
    ...(options.signal === undefined ? {} : { signal: options.signal }),
  });
  if (env.OCI_FLATTEN_DEBUG !== '1' && (STACK_LINE.test(result.stderr) || STACK_LINE.test(result.stdout))) {
    throw new Error(`flatten ${args.join(' ')} printed a stack trace (exit ${result.code}):\n${result.stderr}`);
  }
  return result;
}

/** Run and fail with the CLI's stderr unless it exits 0. */
export async function runCliOk(args: readonly string[], options: CliOptions = {}): Promise<RunResult> {
  const result = await runCli(args, options);
  if (result.code !== 0) {
    throw new Error(`flatten ${args.join(' ')} exited with ${result.code}:\n${result.stderr.trim()}`);
  }
  return result;
}

/** Run with `--json` and parse stdout. */
export async function runCliJson<T = Record<string, unknown>>(args: readonly string[], options: CliOptions = {}): Promise<T> {
  const result = await runCliOk([...args, '--json'], options);
  try {
    return JSON.parse(result.stdout) as T;
  } catch (error) {
    throw new Error(`flatten ${args.join(' ')} --json printed no JSON: ${(error as Error).message}\n${result.stdout}`);
  }
}

/** Single-quote for /bin/sh. */
export const shellQuote = (word: string): string => (/^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`);
