import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { createServer, request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MediaType } from '../../../src/image/media-types.ts';
import { runCli } from '../../helpers/cli.ts';
import { buildImageLayout, type FixtureLayout, tarOf } from '../../helpers/fixture-image.ts';
import type { RunResult } from '../../helpers/run.ts';

/**
 * What the whole-tool robustness tests share: a small two-layer source image, CLI runs in an
 * isolated environment whose every output is kept (to grep for secrets), and reads of the target
 * registry that bypass the tool (and any fault proxy) to judge what it left behind.
 */

/** A two-layer image as an OCI layout; the top layer holds `randomSize` incompressible bytes. */
export async function buildSourceLayout(randomSize: number, tag = 'v1'): Promise<FixtureLayout> {
  const base = await tarOf([
    { path: 'etc', type: 'dir' },
    { path: 'etc/os-release', content: 'ID=fixture\n' },
    { path: 'etc/hostname', content: 'to be deleted\n' },
  ]);
  const top = await tarOf([
    { path: 'etc', type: 'dir' },
    { path: 'etc/.wh.hostname' },
    { path: 'data', type: 'dir' },
    { path: 'data/random.bin', content: randomBytes(randomSize).toString('latin1') },
  ]);
  return buildImageLayout(
    {
      layers: [
        { tar: base, createdBy: 'base' },
        { tar: top, createdBy: 'top' },
      ],
    },
    tag,
  );
}

/** Every stdout and stderr the CLI produced in a test file, with the arguments that produced it. */
export interface OutputLog {
  runs: { args: readonly string[]; result: RunResult }[];
  /** Fails naming the run and the kind of leak, never printing the secret itself. */
  assertNoSecrets(secrets: readonly string[]): void;
}

export function createOutputLog(): OutputLog {
  const runs: OutputLog['runs'] = [];
  return {
    runs,
    assertNoSecrets(secrets) {
      assert.ok(runs.length > 0, 'some CLI output was captured');
      const forms = secrets.flatMap((secret) => [
        { what: 'a secret', text: secret },
        { what: 'a base64 secret', text: Buffer.from(secret).toString('base64') },
        { what: 'a base64url secret', text: Buffer.from(secret).toString('base64url') },
      ]);
      for (const { args, result } of runs) {
        for (const { what, text } of forms) {
          for (const [stream, output] of [
            ['stdout', result.stdout],
            ['stderr', result.stderr],
          ] as const) {
            assert.ok(!output.includes(text), `${what} leaked into ${stream} of flatten ${redact(args, secrets).join(' ')}`);
          }
        }
      }
    },
  };
}

const redact = (args: readonly string[], secrets: readonly string[]): string[] =>
  args.map((a) => secrets.reduce((s, secret) => s.split(secret).join('<SECRET>'), a));

/** Variables through which credentials or config could reach the CLI from the test runner's own environment. */
const ISOLATED = ['DOCKER_CONFIG', 'REGISTRY_AUTH_FILE', 'DOCKER_AUTH_CONFIG', 'XDG_RUNTIME_DIR', 'XDG_CONFIG_HOME', 'NODE_EXTRA_CA_CERTS'];

/** Runs `flatten ARGS…` with HOME and the credential variables isolated; records the output. */
export async function flattenCli(
  log: OutputLog,
  args: readonly string[],
  env: Record<string, string | undefined> & { HOME: string },
): Promise<RunResult> {
  const isolated: Record<string, string | undefined> = Object.fromEntries(ISOLATED.map((name) => [name, undefined]));
  const result = await runCli(args, { env: { ...isolated, ...env } });
  log.runs.push({ args, result });
  return result;
}

export async function freshDir(parent: string, name: string): Promise<string> {
  const path = join(parent, name);
  await mkdir(path, { recursive: true });
  return path;
}

export const makeWorkDir = (name: string): Promise<string> => mkdtemp(join(tmpdir(), `oci-flatten-${name}-`));

export const removeDir = (path: string | undefined): Promise<void> =>
  path === undefined ? Promise.resolve() : rm(path, { recursive: true, force: true });

/** The entries a run left in its `--tmp-dir` (there should be none). */
export const leftovers = (dir: string): Promise<string[]> => readdir(dir);

/** How a test reads the target registry directly: scheme, CA and an Authorization header if needed. */
export interface RegistryView {
  host: string;
  https?: { ca: string };
  authorization?: string;
}

const ACCEPT = [MediaType.ociManifest, MediaType.ociIndex, MediaType.dockerManifest, MediaType.dockerManifestList].join(', ');

function get(
  view: RegistryView,
  method: 'GET' | 'HEAD',
  path: string,
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  const [hostname, port] = view.host.split(':');
  const headers: Record<string, string> = {
    accept: ACCEPT,
    ...(view.authorization === undefined ? {} : { authorization: view.authorization }),
  };
  return new Promise((resolve, reject) => {
    const options = { hostname, port: Number(port), method, path, headers };
    const done = (response: import('node:http').IncomingMessage) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
      response.on('error', reject);
    };
    const request = view.https === undefined ? httpRequest(options, done) : httpsRequest({ ...options, ca: view.https.ca }, done);
    request.on('error', reject);
    request.end();
  });
}

/** The digest a tag points at on the registry, or undefined when the tag does not exist. */
export async function tagDigest(view: RegistryView, repository: string, tag: string): Promise<string | undefined> {
  const response = await get(view, 'HEAD', `/v2/${repository}/manifests/${tag}`);
  if (response.status === 404) return undefined;
  assert.equal(response.status, 200, `HEAD ${repository}:${tag} on ${view.host}`);
  return String(response.headers['docker-content-digest']);
}

/** The repository's tags as the registry lists them (empty when the repository does not exist). */
export async function tagsList(view: RegistryView, repository: string): Promise<string[]> {
  const response = await get(view, 'GET', `/v2/${repository}/tags/list`);
  if (response.status === 404) return [];
  assert.equal(response.status, 200, `tags of ${repository} on ${view.host}: ${response.body}`);
  return ((JSON.parse(response.body) as { tags: string[] | null }).tags ?? []).sort();
}

/** The image manifest a tag points at, parsed. */
export async function manifestOf(
  view: RegistryView,
  repository: string,
  tag: string,
): Promise<{ layers: { digest: string }[]; config: { digest: string } }> {
  const response = await get(view, 'GET', `/v2/${repository}/manifests/${tag}`);
  assert.equal(response.status, 200, `GET ${repository}:${tag}: ${response.body}`);
  return JSON.parse(response.body) as { layers: { digest: string }[]; config: { digest: string } };
}

/** `Basic` header for direct reads; only ever sent by the test itself. */
export const basic = (user: string, password: string): string => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

/**
 * A pass-through in front of a token realm that remembers every token it hands out, so the tests
 * can grep the CLI's output for the real token values.
 */
export async function startTokenRecorder(realm: string): Promise<{ realm: string; tokens: string[]; stop(): Promise<void> }> {
  const tokens: string[] = [];
  const upstream = new URL(realm);
  const server = createServer((request, response) => {
    const forwarded = httpRequest(
      { hostname: upstream.hostname, port: upstream.port, method: request.method, path: request.url, headers: request.headers },
      (answer) => {
        let body = '';
        answer.on('data', (chunk: Buffer) => (body += chunk.toString()));
        answer.on('end', () => {
          try {
            const parsed = JSON.parse(body) as { token?: string; access_token?: string; refresh_token?: string };
            for (const value of [parsed.token, parsed.access_token, parsed.refresh_token]) if (value !== undefined) tokens.push(value);
          } catch {
            // an error body: nothing to remember
          }
          response.writeHead(answer.statusCode ?? 502, answer.headers);
          response.end(body);
        });
      },
    );
    forwarded.on('error', () => response.destroy());
    request.pipe(forwarded);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    realm: `http://127.0.0.1:${port}${upstream.pathname}`,
    tokens,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
