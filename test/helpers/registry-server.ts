import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { get as httpGet } from 'node:http';
import { get as httpsGet } from 'node:https';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** A real CNCF distribution registry (Debian's `docker-registry`) on a loopback port. */
export interface RegistryServer {
  /** host:port, e.g. 127.0.0.1:41234 */
  readonly host: string;
  readonly rootDirectory: string;
  stop(): Promise<void>;
}

export interface RegistryServerOptions {
  /** Extra top-level YAML appended to the generated config. */
  extraConfig?: string;
  /** Serve HTTPS with this certificate and key (PEM paths). */
  tls?: { certificate: string; key: string };
  /** Basic auth from this htpasswd file (bcrypt entries). */
  htpasswdPath?: string;
  /** Token auth: distribution verifies JWTs signed by a key whose certificate is in rootcertbundle. */
  token?: { realm: string; service: string; issuer: string; rootcertbundle: string };
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address === null || typeof address === 'string') reject(new Error('no port'));
        else resolve(address.port);
      });
    });
  });
}

/** GET without certificate checks: the probe only asks whether the registry is up. */
const probe = (url: string): Promise<number> =>
  new Promise((resolve, reject) => {
    const request = (url.startsWith('https:') ? httpsGet : httpGet)(url, { rejectUnauthorized: false }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.once('error', reject);
  });

export async function startRegistry(options: RegistryServerOptions = {}): Promise<RegistryServer> {
  const rootDirectory = await mkdtemp(join(tmpdir(), 'oci-flatten-registry-'));
  const port = await freePort();
  const config = [
    'version: 0.1',
    'log:',
    '  level: error',
    '  accesslog:',
    '    disabled: true',
    'storage:',
    '  filesystem:',
    `    rootdirectory: ${join(rootDirectory, 'data')}`,
    '  delete:',
    '    enabled: true',
    'http:',
    `  addr: 127.0.0.1:${port}`,
    ...(options.tls === undefined ? [] : ['  tls:', `    certificate: ${options.tls.certificate}`, `    key: ${options.tls.key}`]),
    ...(options.htpasswdPath === undefined
      ? []
      : ['auth:', '  htpasswd:', '    realm: oci-flatten-test', `    path: ${options.htpasswdPath}`]),
    ...(options.token === undefined
      ? []
      : [
          'auth:',
          '  token:',
          `    realm: ${options.token.realm}`,
          `    service: ${options.token.service}`,
          `    issuer: ${options.token.issuer}`,
          `    rootcertbundle: ${options.token.rootcertbundle}`,
        ]),
    options.extraConfig ?? '',
  ].join('\n');
  const configPath = join(rootDirectory, 'config.yml');
  await writeFile(configPath, config);
  const child: ChildProcess = spawn('docker-registry', ['serve', configPath], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const host = `127.0.0.1:${port}`;
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`docker-registry exited: ${stderr}`);
    try {
      const status = await probe(`${options.tls === undefined ? 'http' : 'https'}://${host}/v2/`);
      if (status === 200 || status === 401) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`docker-registry did not start on ${host}: ${stderr}`);
    }
    await sleep(50);
  }
  return {
    host,
    rootDirectory,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      await rm(rootDirectory, { recursive: true, force: true });
    },
  };
}
