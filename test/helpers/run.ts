import { spawn } from 'node:child_process';

export interface RunOptions {
  /** Written to the child's stdin, which is then closed. */
  input?: string | Uint8Array;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Throw when the command exits non-zero (default true); false returns the code instead. */
  check?: boolean;
  signal?: AbortSignal;
}

export interface RunResult {
  stdout: string;
  stderr: string;
  code: number;
}

/**
 * Run a command to completion, collecting its output. A non-zero exit throws an error naming the
 * command, the code and the tail of stderr, because that is what a failing test needs to show.
 */
export async function run(cmd: string, args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  const child = spawn(cmd, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ['pipe', 'pipe', 'pipe'],
    signal: options.signal,
  });
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
  // A child that exits without reading stdin makes the write fail with EPIPE; the exit code is the
  // real diagnostic, so the stdin error is not.
  child.stdin.on('error', () => {});
  child.stdin.end(options.input);
  const code = await new Promise<number>((resolve, reject) => {
    child.once('error', (error) => reject(new Error(`${cmd}: ${error.message}`, { cause: error })));
    child.once('close', (exitCode, signal) => resolve(exitCode ?? (signal === null ? 1 : 128)));
  });
  const result = {
    stdout: Buffer.concat(stdout).toString('utf8'),
    stderr: Buffer.concat(stderr).toString('utf8'),
    code,
  };
  if (code !== 0 && options.check !== false) {
    const tail = result.stderr.trim().split('\n').slice(-5).join(' | ');
    throw new Error(`${cmd} ${args.join(' ')} exited with ${code}: ${tail}`);
  }
  return result;
}
