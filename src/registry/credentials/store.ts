import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { FlattenError } from '../../errors.ts';
import type { Credential } from './credential.ts';
import { lookupConfig } from './docker-config.ts';
import { runCredentialHelper } from './helper.ts';
import { askProvider, type CredentialProvider } from './provider.ts';

export interface CredentialStoreOptions {
  /** Credentials given explicitly (CLI flags), by registry as written in the reference. */
  explicit?: Readonly<Record<string, Credential>>;
  /** Environment to read config locations from (default process.env); also passed to helpers. */
  env?: NodeJS.ProcessEnv;
  /** Home directory (default os.homedir()). */
  home?: string;
  /** A config.json named by the user (`--creds-file`), read before every other file. */
  configFile?: string;
  /** The embedding program's credentials, asked after `explicit` and before every file (provider.ts). */
  provider?: CredentialProvider;
}

export interface CredentialStore {
  get(registry: string, repository?: string): Promise<Credential | undefined>;
  /** Where `get` looks, for "no credentials" hints. Names places, never contents. */
  searched(registry: string): string;
}

interface Source {
  name: string;
  load(): Promise<unknown>;
}

const readJson = async (path: string): Promise<unknown> => {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT' || (error as { code?: string }).code === 'ENOTDIR') return undefined;
    throw new FlattenError('auth', `cannot read credentials file ${path} (${(error as { code?: string }).code ?? 'error'})`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new FlattenError('auth', `credentials file ${path} is not valid JSON`);
  }
};

/**
 * Where credentials come from, in order: explicit flags; the embedding program's provider; `$DOCKER_CONFIG/config.json` or
 * `~/.docker/config.json`; `$REGISTRY_AUTH_FILE`; containers auth.json
 * (`$XDG_RUNTIME_DIR/containers`, `$XDG_CONFIG_HOME/containers` or `~/.config/containers`);
 * `$DOCKER_AUTH_CONFIG` (GitLab CI). The first place that knows the registry wins.
 */
export function createCredentialStore(options: CredentialStoreOptions = {}): CredentialStore {
  const env = options.env ?? process.env;
  const home = options.home ?? homedir();
  const dockerConfig = join(env.DOCKER_CONFIG ?? join(home, '.docker'), 'config.json');
  const sources: Source[] = [];
  const configFile = options.configFile;
  if (configFile !== undefined) {
    sources.push({
      name: configFile,
      load: async () => {
        const json = await readJson(configFile);
        if (json === undefined) throw new FlattenError('auth', `credentials file ${configFile} does not exist`);
        return json;
      },
    });
  }
  sources.push({ name: dockerConfig, load: () => readJson(dockerConfig) });
  if (env.REGISTRY_AUTH_FILE !== undefined && env.REGISTRY_AUTH_FILE !== '') {
    const path = env.REGISTRY_AUTH_FILE;
    sources.push({ name: path, load: () => readJson(path) });
  }
  if (env.XDG_RUNTIME_DIR !== undefined && env.XDG_RUNTIME_DIR !== '') {
    const path = join(env.XDG_RUNTIME_DIR, 'containers', 'auth.json');
    sources.push({ name: path, load: () => readJson(path) });
  }
  const xdgConfig = join(
    env.XDG_CONFIG_HOME !== undefined && env.XDG_CONFIG_HOME !== '' ? env.XDG_CONFIG_HOME : join(home, '.config'),
    'containers',
    'auth.json',
  );
  sources.push({ name: xdgConfig, load: () => readJson(xdgConfig) });
  if (env.DOCKER_AUTH_CONFIG !== undefined && env.DOCKER_AUTH_CONFIG !== '') {
    const text = env.DOCKER_AUTH_CONFIG;
    sources.push({
      name: '$DOCKER_AUTH_CONFIG',
      load: async () => {
        try {
          return JSON.parse(text) as unknown;
        } catch {
          throw new FlattenError('auth', '$DOCKER_AUTH_CONFIG is not valid JSON');
        }
      },
    });
  }
  const cache = new Map<string, Promise<Credential | undefined>>();

  const lookup = async (registry: string, repository: string | undefined): Promise<Credential | undefined> => {
    const explicit = options.explicit?.[registry];
    if (explicit !== undefined) return explicit;
    if (options.provider !== undefined) {
      const provided = await askProvider(options.provider, registry);
      if (provided !== undefined) return provided;
    }
    for (const source of sources) {
      const match = lookupConfig(await source.load(), registry, repository);
      if (match === undefined) continue;
      if (match.kind === 'credential') return match.credential;
      const fromHelper = await runCredentialHelper(match.helper, match.serverUrl, env);
      if (fromHelper !== undefined) return fromHelper;
    }
    return undefined;
  };

  return {
    get(registry, repository) {
      const key = `${registry}\u0000${repository ?? ''}`;
      let pending = cache.get(key);
      if (pending === undefined) {
        pending = lookup(registry, repository);
        cache.set(key, pending);
      }
      return pending;
    },
    searched(registry) {
      const places = [
        ...(options.explicit?.[registry] !== undefined ? ['explicit credentials'] : []),
        ...(options.provider !== undefined ? ['the credential provider'] : []),
      ];
      return `credentials for ${registry} were looked up in: ${[...places, ...sources.map((s) => s.name)].join(', ')}`;
    },
  };
}
