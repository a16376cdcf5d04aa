/**
 * The library names an option by its field, as `options.FIELD` (`options.level`,
 * `options.transport.timeoutMs`); the CLI's users know it by its flag. This table maps one onto the
 * other in every line the CLI prints from the library (errors, hints, warnings, notes), so a
 * command-line user reads `--level 0 is out of range…` where a library user reads `options.level 0…`.
 */
const FLAGS: Readonly<Record<string, string>> = {
  source: 'SOURCE',
  image: 'IMAGE',
  imageA: 'IMAGE-A',
  imageB: 'IMAGE-B',
  target: '--to',
  platforms: '--platform',
  platform: '--platform',
  keepIndex: '--keep-index',
  keepBase: '--keep-base',
  base: '--base',
  compression: '--compression',
  level: '--level',
  format: '--format',
  created: '--created',
  labels: '--label',
  annotations: '--annotation',
  allowNondistributable: '--allow-nondistributable',
  concurrency: '--concurrency',
  tempDirectory: '--tmp-dir',
  tempBudget: '--temp-budget',
  // `reuse` is only ever turned off, by --no-reuse.
  'reuse false': '--no-reuse',
  reuse: '--no-reuse',
  dryRun: '--dry-run',
  verify: '--verify',
  force: '--force',
  referrers: '--referrers',
  provenance: '--provenance',
  signKey: '--sign-key',
  // The CLI reads it from the environment, as reproducible-build tools do.
  sourceDateEpoch: 'SOURCE_DATE_EPOCH',
  times: '--times',
  'transport.insecureHosts': '--insecure',
  'transport.sourceCredentials': '--src-creds',
  'transport.targetCredentials': '--dest-creds',
  'transport.credentialsFile': '--creds-file',
  'transport.retry.attempts': '--retries',
  'transport.timeoutMs': '--timeout',
  'transport.hosts': '--upload',
  'transport.speedLimit.bytesPerSecond': '--speed-limit',
  'transport.speedLimit.seconds': '--speed-time',
};

/** The flag for an option field (`keepBase` -> `--keep-base`), undefined for a field no flag sets. */
export const flagOf = (field: string): string | undefined => FLAGS[field];

/** `options.FIELD[.FIELD]`, not inside a name (`reg/options.level:1` is a reference, left as it is). */
const OPTION_NAME = /(?<![\w./:@-])options\.([A-Za-z]+(?:\.[A-Za-z]+)*)(?![\w/@-])( false)?/g;

/**
 * A translator of library text for one client: every `options.FIELD` the table knows is replaced
 * by the client's name for it (a flag here; an input in src/action/input-names.ts); a key
 * `FIELD false` names the switch that turns it off. Other text is left as it is.
 */
export const optionWordsFor =
  (names: Readonly<Record<string, string>>) =>
  (text: string): string =>
    text.replace(OPTION_NAME, (whole, field: string, negated: string | undefined) => {
      if (negated !== undefined) {
        const name = names[`${field}${negated}`];
        if (name !== undefined) return name;
      }
      const name = names[field];
      return name === undefined ? whole : `${name}${negated ?? ''}`;
    });

/** The text with every `options.FIELD` the table knows replaced by its flag; other text is left as it is. */
export const toFlagWords = optionWordsFor(FLAGS);
