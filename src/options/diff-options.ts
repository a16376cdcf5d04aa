import { optionError } from '../errors.ts';
import type { DiffOptions } from '../diff.ts';
import { parsePlatform } from '../image/platform.ts';
import { checkTransport } from './flatten-options.ts';
import type { ImageLocation } from '../transport/location.ts';
import { describeName } from './names.ts';

/**
 * diff()'s options, checked before either image is opened, as flatten()'s and inspect()'s are:
 * both names, the platform, the transport's numbers. Throws a usage error.
 */
export function checkDiffOptions(input: Omit<DiffOptions, 'signal'>): { a: ImageLocation; b: ImageLocation } {
  const [a, b] = (['imageA', 'imageB'] as const).map((field) => {
    const name = input[field];
    if (typeof name !== 'string' || name === '') throw optionError(field, `no image given (options.${field})`);
    return describeName(name, 'source').location;
  }) as [ImageLocation, ImageLocation];
  if (input.platform !== undefined) parsePlatform(input.platform, 'platform');
  checkTransport(input.transport);
  return { a, b };
}
