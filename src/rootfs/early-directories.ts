/**
 * Directories the merged layer must write before the members below them (docs/containerd-parity.md).
 *
 * The merged layer writes each layer's members as it reads them, newest first, so a directory
 * that only an older merged layer provides follows the newer members below it. On an empty root
 * that is harmless: extractors create the missing parent and apply the directory's entry when it
 * comes. On kept base layers it is not: where a kept layer has a file or a symlink, a member below
 * it fails to extract (not a directory) or lands where the symlink points, and the directory's
 * entry then replaces the link. The merge cannot know that before it reads the kept layers, last;
 * so when it finds such a path it stops with EarlyDirectoriesError, carrying each directory's
 * header as written, and the next run writes those headers ahead of the first member below them
 * (and not again where the directory's own member comes).
 */
import { FlattenError } from '../errors.ts';
import { displayName } from './display-name.ts';
import type { OutputHeader } from './tar-writer.ts';

/** Output headers of directories to write before any member below them, by path. */
export type EarlyDirectories = Map<string, OutputHeader>;

export class EarlyDirectoriesError extends FlattenError {
  readonly directories: EarlyDirectories;

  constructor(directories: EarlyDirectories) {
    const first = [...directories.keys()][0] ?? '';
    super(
      'content',
      `${directories.size} directorie(s) of the merged layers replace a file or symlink of a kept layer (first ${displayName(first)}): the merge must run again writing them first`,
    );
    this.name = 'EarlyDirectoriesError';
    this.directories = directories;
  }
}
