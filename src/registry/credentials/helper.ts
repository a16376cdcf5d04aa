import { spawn } from 'node:child_process';
import { FlattenError } from '../../errors.ts';
import type { Credential } from './credential.ts';

const TIMEOUT_MS = 30_000;

/**
 * Runs `docker-credential-<helper> get` with the server URL on stdin (docker-credential-helpers
 * protocol). Undefined when the helper has no credentials for the server. Errors name the helper
 * and the server, never what the helper printed on stdout (it may be a secret).
 */
export async function runCredentialHelper(helper: string, serverUrl: string, env: NodeJS.ProcessEnv): Promise<Credential | undefined> {
  const program = `docker-credential-${helper}`;
  const { code, stdout, spawnError } = await new Promise<{ code: number | null; stdout: string; spawnError?: Error }>((resolve) => {
    const child = spawn(program, ['get'], { env, stdio: ['pipe', 'pipe', 'inherit'], timeout: TIMEOUT_MS });
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      out += chunk;
    });
    child.once('error', (error) => resolve({ code: null, stdout: '', spawnError: error }));
    child.once('close', (exitCode) => resolve({ code: exitCode, stdout: out }));
    child.stdin.on('error', () => undefined);
    child.stdin.end(serverUrl);
  });
  if (spawnError !== undefined) {
    throw new FlattenError(
      'auth',
      `credential helper ${program} for ${serverUrl} could not be run (${(spawnError as { code?: string }).code ?? 'error'})`,
      {
        hint: `install ${program} on PATH or remove it from the Docker config`,
      },
    );
  }
  if (code !== 0) {
    if (/credentials not found/i.test(stdout)) return undefined;
    throw new FlattenError('auth', `credential helper ${program} failed for ${serverUrl} (exit ${code ?? 'signal'})`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(stdout);
  } catch {
    throw new FlattenError('auth', `credential helper ${program} printed invalid JSON for ${serverUrl}`);
  }
  const { Username, Secret } = (parsed ?? {}) as { Username?: unknown; Secret?: unknown };
  if (typeof Secret !== 'string' || Secret === '') return undefined;
  if (Username === '<token>') return { kind: 'identity', username: undefined, token: Secret };
  return { kind: 'basic', username: typeof Username === 'string' ? Username : '', password: Secret };
}
