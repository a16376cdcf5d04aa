import { spawn } from 'node:child_process';

/** What one timed command cost, as GNU time reports it for the command and its children. */
export interface Measurement {
  wallSeconds: number;
  cpuSeconds: number;
  peakRssMiB: number;
  stdout: string;
}

/**
 * Runs a shell script under /usr/bin/time: wall clock, user+sys CPU of every process it waited
 * for, and the largest resident set among them (the `time` package; apt-get install time).
 */
export function measure(script: string, options: { env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): Promise<Measurement> {
  return new Promise((resolve, reject) => {
    const child = spawn('/usr/bin/time', ['-f', '@@time %e %U %S %M', 'sh', '-c', script], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: options.env ?? process.env,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = options.timeoutMs === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), options.timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      const line = stderr.split('\n').find((l) => l.startsWith('@@time '));
      if (code !== 0 || line === undefined) {
        const detail = stderr
          .replace(/@@time.*\n?/, '')
          .trim()
          .split('\n')
          .slice(-5)
          .join(' | ');
        reject(new Error(`command failed (exit ${code}): ${script.slice(0, 200)}: ${detail}`));
        return;
      }
      const [wall, user, sys, rssKiB] = line.slice(7).split(' ').map(Number);
      resolve({ wallSeconds: wall!, cpuSeconds: user! + sys!, peakRssMiB: rssKiB! / 1024, stdout });
    });
  });
}

/** Runs a command to completion and returns its stdout; throws with stderr on failure. */
export function run(command: string, args: string[], options: { cwd?: string } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(stdout) : reject(new Error(`${command} ${args.join(' ')} failed (${code}): ${stderr.trim().slice(-500)}`)),
    );
  });
}

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

export const shellQuote = (value: string): string => `'${value.replaceAll("'", "'\\''")}'`;
