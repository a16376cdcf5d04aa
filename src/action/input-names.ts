import { optionWordsFor } from '../cli/flag-names.ts';

/**
 * The library names an option by its field (`options.keepBase`); a workflow author knows it by the
 * action's input (action.yml). Every line the action prints from the library goes through this
 * table, as the CLI's go through src/cli/flag-names.ts.
 */
const INPUTS: Readonly<Record<string, string>> = {
  source: 'input source',
  target: 'input target',
  platforms: 'input platform',
  platform: 'input platform',
  keepIndex: 'input keep-index',
  keepBase: 'input keep-base',
  base: 'input base',
  compression: 'input compression',
  level: 'input level',
  format: 'input format',
  created: 'input created',
  labels: 'input labels',
  annotations: 'input annotations',
  allowNondistributable: 'input allow-nondistributable',
  concurrency: 'input concurrency',
  tempBudget: 'input temp-budget',
  'reuse false': 'input reuse false',
  reuse: 'input reuse',
  dryRun: 'input dry-run',
  force: 'input force',
  referrers: 'input referrers',
  provenance: 'input provenance',
  signKey: 'input sign-key',
  sourceDateEpoch: 'SOURCE_DATE_EPOCH',
  // The action sets it from the runner's RUNNER_TEMP.
  tempDirectory: 'RUNNER_TEMP',
  'transport.insecureHosts': 'input insecure',
  'transport.credentialsFile': 'input creds-file',
  'transport.retry.attempts': 'input retries',
  'transport.timeoutMs': 'input timeout',
};

/** The text with every `options.FIELD` the table knows replaced by its input's name; other text is left as it is. */
export const toInputWords = optionWordsFor(INPUTS);
