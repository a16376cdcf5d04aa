import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cliCommand, cliEnv, REPO_ROOT, shellQuote, type CliOptions } from './cli.ts';
import { run } from './run.ts';

export interface PtyResult {
  /** What the terminal showed: the CLI's stderr (stdout goes to a file), as the pty delivered it. */
  terminal: string;
  /** stdout, redirected to a file so it stays apart from the terminal output. */
  stdout: string;
  code: number;
}

/**
 * Run the CLI with stderr on a pseudo-terminal (util-linux `script`), as a user at a terminal sees
 * it, and stdout redirected to a file (as in `flatten … > ref.txt`). The terminal is given a size,
 * because a pty made by `script` without a controlling terminal starts at 0x0.
 */
export async function runCliInPty(args: readonly string[], options: CliOptions & { columns?: number } = {}): Promise<PtyResult> {
  const { command, prefix } = await cliCommand();
  const work = await mkdtemp(join(tmpdir(), 'oci-flatten-pty-'));
  try {
    const stdoutFile = join(work, 'stdout');
    const line = [
      // columns 0 leaves the pty unsized, as CI runners that allocate a tty often do.
      options.columns === 0 ? '' : `stty cols ${options.columns ?? 120} rows 40 2>/dev/null;`,
      [command, ...prefix, ...args].map(shellQuote).join(' '),
      `> ${shellQuote(stdoutFile)}`,
    ].join(' ');
    const result = await run('script', ['-qfec', line, '/dev/null'], {
      check: false,
      env: cliEnv(options.env),
      cwd: options.cwd ?? REPO_ROOT,
    });
    return {
      terminal: result.stdout,
      stdout: await readFile(stdoutFile, 'utf8').catch(() => ''),
      code: result.code,
    };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
