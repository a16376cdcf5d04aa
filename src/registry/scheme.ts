import { isLoopbackRegistry, registryHost } from '../reference/reference.ts';
import { codeIn, isAbort, networkError, RegistryError } from './errors.ts';
import { ping, type PingContext } from './ping.ts';

/**
 * The limit of the first ping of a loopback or --insecure registry, which only asks which
 * protocol it speaks: a server that ignores a TLS hello would otherwise cost a whole --timeout
 * on every run (issue 13, item 6). A loopback answer takes milliseconds.
 */
export const PROBE_MS = 3000;

const CERT_ERROR = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER|ALTNAME/;
const errorCode = (error: unknown): string => codeIn(error) ?? 'error';

const attemptsOf = (error: unknown): string => {
  const attempts = (error as { attempts?: unknown }).attempts;
  return typeof attempts === 'number' ? ` (gave up after ${attempts} attempts)` : '';
};

/**
 * `https://host/` or `http://host/`, whichever the registry answers its `/v2/` ping on. A remote
 * registry is HTTPS only; a loopback or insecure one may fall back to the other protocol.
 * `timeoutMs` is the client's per-request silence limit, which caps the probe.
 */
export async function selectScheme(
  context: PingContext & { timeoutMs?: number | undefined },
  registry: string,
  signal?: AbortSignal,
): Promise<URL> {
  const host = registryHost(registry);
  const insecure = context.isInsecure(registry);
  const https = new URL(`https://${host}/`);
  if (!insecure && !isLoopbackRegistry(registry)) {
    try {
      await ping(context, registry, https, true, signal);
    } catch (error) {
      if (error instanceof RegistryError || isAbort(error, signal)) throw error;
      const code = errorCode(error);
      throw new RegistryError('registry', `cannot reach ${registry} over HTTPS (${code})${attemptsOf(error)}`, {
        cause: error,
        ...(CERT_ERROR.test(code)
          ? { hint: `trust its CA in /etc/docker/certs.d/${host}/ca.crt or NODE_EXTRA_CA_CERTS, or declare ${registry} insecure` }
          : {}),
      });
    }
    return https;
  }
  // Loopback: HTTPS first, so a TLS registry on 127.0.0.1 works; --insecure: plain HTTP first,
  // which is what such registries almost always speak. The first try is only a probe, with a
  // short limit of its own (PROBE_MS) and no retries; the other protocol gets the retries.
  const http = new URL(`http://${host}/`);
  const [first, second] = insecure ? [http, https] : [https, http];
  let probeError: unknown;
  try {
    await ping(context, registry, first, false, signal, Math.min(PROBE_MS, context.timeoutMs ?? PROBE_MS));
    return first;
  } catch (error) {
    if (isAbort(error, signal)) throw error;
    if (first === https && error instanceof RegistryError) throw error;
    const code = errorCode(error);
    if (first === https && CERT_ERROR.test(code) && !insecure) {
      throw new RegistryError('registry', `TLS certificate of ${registry} is not trusted (${code})`, {
        cause: error,
        hint: `trust its CA in /etc/docker/certs.d/${host}/ca.crt or NODE_EXTRA_CA_CERTS, or declare ${registry} insecure`,
      });
    }
    probeError = error;
  }
  try {
    await ping(context, registry, second, true, signal);
  } catch (error) {
    if (isAbort(error, signal)) throw error;
    // A plain-HTTP registry that answered the probe (a 404 at /v2/) says more than a failed TLS try.
    if (error instanceof RegistryError) throw error;
    if (probeError instanceof RegistryError) throw probeError;
    throw networkError(`connect${attemptsOf(error)}`, registry, error);
  }
  return second;
}
