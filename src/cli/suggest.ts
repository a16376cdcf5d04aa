import { usageError } from './usage-error.ts';

/** Levenshtein distance, for "did you mean" (names are a few letters long). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * `flatten inpsect IMG`: the default command would take `inpsect` as an image on Docker Hub and
 * complain about --to. A first word that is a near miss of a subcommand, and has none of a
 * reference's `/ : .`, is a usage error that names the command meant.
 */
export function suggestCommand(argv: readonly string[], commands: readonly string[]): void {
  const word = argv[0];
  if (word === undefined || word.startsWith('-') || /[/:.@]/.test(word) || commands.includes(word)) return;
  const near = commands.filter((name) => word.length >= 3 && editDistance(word, name) <= 2);
  if (near.length === 0) return;
  throw usageError(
    `unknown command "${word}"; did you mean ${near.map((name) => `"${name}"`).join(' or ')}?`,
    `to flatten an image named ${word}, write docker://${word}`,
  );
}
