import { optionError } from '../errors.ts';
import type { Descriptor, Platform } from './types.ts';

export interface PlatformSelector {
  os: string;
  architecture: string;
  variant?: string;
}

/** `os/arch[/variant]`, as the option field `option` (`platforms` of flatten and inspect, `platform` of diff) holds it. */
export function parsePlatform(text: string, option: 'platforms' | 'platform'): PlatformSelector {
  const parts = text.split('/');
  if (parts.length < 2 || parts.length > 3 || parts.some((p) => p === '' || !/^[a-z0-9._-]+$/i.test(p))) {
    throw optionError(option, `options.${option} ${JSON.stringify(text)} is not of the form os/arch[/variant] (e.g. linux/arm64/v8)`);
  }
  const [os, architecture, variant] = parts as [string, string, string | undefined];
  return variant === undefined ? { os, architecture } : { os, architecture, variant };
}

export const formatPlatform = (platform: Platform | undefined): string =>
  platform === undefined
    ? 'unknown platform'
    : [platform.os, platform.architecture, platform.variant].filter((p) => p !== undefined && p !== '').join('/');

/** Buildx attestation manifests describe the old images; they go stale when children change. */
export function isAttestation(descriptor: Descriptor): boolean {
  return (
    (descriptor.platform?.os === 'unknown' && descriptor.platform.architecture === 'unknown') ||
    descriptor.annotations?.['vnd.docker.reference.type'] !== undefined
  );
}

/** A selector without a variant matches every variant of its os/arch. */
export function matchesPlatform(platform: Platform | undefined, selector: PlatformSelector): boolean {
  if (platform === undefined) return false;
  if (platform.os !== selector.os || platform.architecture !== selector.architecture) return false;
  return selector.variant === undefined || platform.variant === selector.variant;
}
