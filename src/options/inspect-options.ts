import { optionError } from '../errors.ts';
import { parsePlatform, type PlatformSelector } from '../image/platform.ts';
import type { InspectOptions } from '../inspect.ts';
import { checkTransport } from './flatten-options.ts';
import type { ImageLocation } from '../transport/location.ts';
import { describeName } from './names.ts';

/**
 * inspect()'s options, checked before any network or disk work as flatten()'s are
 * (flatten-options.ts): the image name (a path given as a reference gets the same hint as
 * flatten's source), the platforms, the transport's numbers. Throws a usage error.
 */
export function resolveInspectOptions(input: Omit<InspectOptions, 'signal'>): { selectors: PlatformSelector[]; location: ImageLocation } {
  if (typeof input.image !== 'string' || input.image === '') throw optionError('image', 'no image given (options.image)');
  const { location } = describeName(input.image, 'source');
  if (input.platforms !== undefined && !Array.isArray(input.platforms)) {
    throw optionError('platforms', 'options.platforms must be a list of os/arch[/variant]');
  }
  const selectors = (input.platforms ?? []).map((text) => parsePlatform(text, 'platforms'));
  checkTransport(input.transport);
  return { selectors, location };
}
