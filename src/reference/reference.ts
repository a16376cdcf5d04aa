import { usageError } from '../errors.ts';
import { displayText } from '../display-text.ts';

/**
 * An image reference as `docker pull` understands it, normalised: Docker Hub names get their
 * `docker.io` registry and `library/` namespace, and a reference without tag or digest gets
 * `latest`.
 */
export interface Reference {
  /** The registry as the user wrote it (`docker.io` for Docker Hub), with its port if any. */
  readonly registry: string;
  /** The repository path, e.g. `library/alpine` or `team/app`. */
  readonly repository: string;
  readonly tag: string | undefined;
  /** `algorithm:hex`, validated. */
  readonly digest: string | undefined;
  /** `registry/repository[:tag][@digest]` */
  toString(): string;
}

export const DOCKER_HUB = 'docker.io';
/** The host that actually serves Docker Hub's registry API. */
export const DOCKER_HUB_API_HOST = 'registry-1.docker.io';
const DEFAULT_TAG = 'latest';

const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const HOST_RE = new RegExp(`^(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[0-9a-fA-F:.]+\\])(?::[0-9]+)?$`);
const PATH_COMPONENT_RE = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG_RE = /^[\w][\w.-]{0,127}$/;
const DIGEST_RE = /^([a-z0-9]+(?:[.+_-][a-z0-9]+)*):([a-zA-Z0-9=_-]+)$/;
/** Hex lengths of the algorithms registries accept. */
const DIGEST_HEX_LENGTH: Readonly<Record<string, number>> = { sha256: 64, sha512: 128 };
const MAX_NAME_LENGTH = 255;

const makeReference = (registry: string, repository: string, tag: string | undefined, digest: string | undefined): Reference =>
  Object.freeze({
    registry,
    repository,
    tag,
    digest,
    toString: () => `${registry}/${repository}${tag === undefined ? '' : `:${tag}`}${digest === undefined ? '' : `@${digest}`}`,
  });

/** Why a digest string is invalid, or undefined when it is valid. */
export function digestProblem(digest: string): string | undefined {
  const match = DIGEST_RE.exec(digest);
  if (match === null) return `digest ${displayText(digest)} is not of the form algorithm:hex`;
  const algorithm = match[1] ?? '';
  const hex = match[2] ?? '';
  const length = DIGEST_HEX_LENGTH[algorithm];
  if (length === undefined) return `digest algorithm ${displayText(algorithm)} is not supported (sha256, sha512)`;
  if (!/^[a-f0-9]+$/.test(hex)) return `digest ${displayText(digest)} must be lowercase hex`;
  if (hex.length !== length) return `${algorithm} digest must have ${length} hex characters, got ${hex.length}`;
  return undefined;
}

/**
 * Docker's rule: the first path component is a registry when it looks like a host. Docker also
 * takes an uppercase first component (`Foo/bar`) for a dotless host; we reject it as an uppercase
 * repository instead, which is what such input almost always is.
 */
const looksLikeRegistry = (component: string): boolean =>
  component.includes('.') || component.includes(':') || component === 'localhost' || component.startsWith('[');

/**
 * Parses `[registry/]repository[:tag][@digest]` as `docker pull` does, normalised (Docker Hub's
 * `docker.io` and `library/`). Throws a FlattenError of kind `usage` naming what is wrong.
 */
export function parseReference(input: string): Reference {
  const fail = (why: string): never => {
    throw usageError(`invalid reference ${displayText(input)}: ${why}`);
  };
  if (input === '') fail('empty');
  if (/\s/.test(input)) fail('contains whitespace');
  if (input.includes('://')) fail('a reference has no URL scheme (write host/repository:tag)');

  let rest = input;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at !== -1) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    const problem = digestProblem(digest);
    if (problem !== undefined) fail(problem);
  }

  let tag: string | undefined;
  // A tag follows the last ':' that comes after the last '/', so a registry port is not a tag.
  const lastSlash = rest.lastIndexOf('/');
  const colon = rest.indexOf(':', lastSlash + 1);
  if (colon !== -1) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG_RE.test(tag)) fail(`tag ${displayText(tag)} must match [A-Za-z0-9_][A-Za-z0-9_.-]{0,127}`);
  }

  let registry = DOCKER_HUB;
  let path = rest;
  const slash = rest.indexOf('/');
  if (slash !== -1 && looksLikeRegistry(rest.slice(0, slash))) {
    registry = rest.slice(0, slash);
    path = rest.slice(slash + 1);
    if (!HOST_RE.test(registry)) fail(`registry ${displayText(registry)} is not a valid host[:port]`);
    const port = /:([0-9]+)$/.exec(registry)?.[1];
    if (port !== undefined && (Number(port) < 1 || Number(port) > 65535)) fail(`port ${port} is out of range`);
  }
  if (registry === 'index.docker.io') registry = DOCKER_HUB;
  if (path === '') fail('repository name is empty');

  const components = path.split('/');
  for (const component of components) {
    if (component === '') fail('repository name has an empty path component');
    if (component !== component.toLowerCase()) fail('repository name must be lowercase');
    if (!PATH_COMPONENT_RE.test(component)) {
      fail(`repository path component ${displayText(component)} must match [a-z0-9]+ separated by ".", "_", "__" or "-"`);
    }
  }
  if (registry === DOCKER_HUB && components.length === 1) path = `library/${path}`;
  if (`${registry}/${path}`.length > MAX_NAME_LENGTH) fail(`name is longer than ${MAX_NAME_LENGTH} characters`);

  if (tag === undefined && digest === undefined) tag = DEFAULT_TAG;
  return makeReference(registry, path, tag, digest);
}

export const withTag = (ref: Reference, tag: string): Reference => {
  if (!TAG_RE.test(tag)) throw usageError(`invalid tag ${displayText(tag)} for ${ref.registry}/${ref.repository}`);
  return makeReference(ref.registry, ref.repository, tag, undefined);
};

export const withDigest = (ref: Reference, digest: string): Reference => {
  const problem = digestProblem(digest);
  if (problem !== undefined) throw usageError(`invalid digest for ${ref.registry}/${ref.repository}: ${problem}`);
  return makeReference(ref.registry, ref.repository, ref.tag, digest);
};

/** The host:port that serves the registry API (Docker Hub's is not `docker.io`). */
export const registryHost = (registry: string): string =>
  registry === DOCKER_HUB || registry === 'index.docker.io' ? DOCKER_HUB_API_HOST : registry;

/** The hostname without port or IPv6 brackets. */
function hostnameOf(registry: string): string {
  if (registry.startsWith('[')) return registry.slice(1, registry.indexOf(']'));
  const colon = registry.lastIndexOf(':');
  return colon === -1 ? registry : registry.slice(0, colon);
}

/** Loopback registries may speak plain HTTP without being declared insecure, as Docker allows. */
export function isLoopbackRegistry(registry: string): boolean {
  const hostname = hostnameOf(registry).toLowerCase();
  return (
    hostname === 'localhost' ||
    hostname.endsWith('.localhost') ||
    /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname) ||
    hostname === '::1' ||
    hostname === '0:0:0:0:0:0:0:1'
  );
}
