import assert from 'node:assert/strict';
import { readdir, readFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { before, describe, it } from 'node:test';
import { parseAllDocuments } from 'yaml';
import { REPO_ROOT, runCli, runCliOk } from '../helpers/cli.ts';
import { run } from '../helpers/run.ts';

/** What a command's `--help` says it takes. */
interface CommandHelp {
  /** Option spellings (`--to`, `-q`) → whether they take a value. */
  options: Map<string, boolean>;
  /** How many positional arguments (`<source>`) the usage line names. */
  positionals: number;
}

function parseHelp(text: string): CommandHelp {
  const options = new Map<string, boolean>();
  const usage = /^Usage: \S+(?: \S+)? \[options\]((?: <[^>]+>)*)/m.exec(text);
  assert.ok(usage, `help has a usage line:\n${text}`);
  const section = text.split(/^Options:\n/m)[1] ?? '';
  for (const line of section.split('\n')) {
    // An option line starts at two spaces; continuation lines are indented further.
    const match = /^ {2}((?:-\w, )?--[\w-]+)(?: (<[^>]+>|\[[^\]]+\]))?/.exec(line);
    if (match === null) continue;
    for (const spelling of (match[1] ?? '').split(', ')) options.set(spelling, match[2] !== undefined);
  }
  return { options, positionals: (usage[1] ?? '').split('<').length - 1 };
}

/**
 * Split a shell command the way /bin/sh would for our purposes: quotes and backslashes, and the
 * command ends at an unquoted `>`, `|`, `;`, `&&` or newline. Variables stay as written (each
 * expands to one word inside double quotes, which is how the examples use them; a GitHub
 * `${{ … }}` expression is substituted before the shell runs, so it stays inside its word).
 */
function shellWords(text: string): string[] {
  const words: string[] = [];
  let word: string | undefined;
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quote !== undefined) {
      if (c === quote) quote = undefined;
      else if (c === '\\' && quote === '"' && i + 1 < text.length) word += text[++i] as string;
      else word += c;
      continue;
    }
    if (c === '$' && text.startsWith('${{', i)) {
      // A GitHub Actions expression is replaced before the shell runs: one word, spaces and all.
      const end = text.indexOf('}}', i);
      word = (word ?? '') + text.slice(i, end === -1 ? text.length : end + 2);
      i = end === -1 ? text.length : end + 1;
    } else if (c === '"' || c === "'") {
      quote = c;
      word ??= '';
    } else if (c === '\\' && text[i + 1] === '\n') i += 1;
    else if (c === '\\') word = (word ?? '') + (text[++i] ?? '');
    else if (c === ' ' || c === '\t') {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else if (c === '\n' || c === ';' || c === '|' || c === '>' || (c === '&' && text[i + 1] === '&')) break;
    else word = (word ?? '') + c;
  }
  if (word !== undefined) words.push(word);
  return words;
}

const CLI_NAMES = new Set(['oci-flatten', 'flatten', './bin/flatten', 'bin/flatten']);

/** Every invocation of the CLI in a shell script: the words after the command name. */
function invocationsInScript(script: string): string[][] {
  const found: string[][] = [];
  for (const match of script.matchAll(/(?:^|[\s;&|(])((?:\.\/)?(?:bin\/)?(?:oci-)?flatten)(?=\s)/g)) {
    if (!CLI_NAMES.has(match[1] ?? '')) continue;
    found.push(shellWords(script.slice((match.index ?? 0) + match[0].length)));
  }
  return found;
}

/** oci-flatten's own image (`npm run image`, README "Container image"), by its repository name. */
const OWN_IMAGE = /\/oci-flatten:[^/]+$/;

/** Keys whose strings are shell: GitHub `run`, GitLab `script`s, Kubernetes `command`/`args`. */
const SHELL_KEYS = new Set(['run', 'script', 'before_script', 'after_script', 'command', 'args']);

/**
 * Walk parsed YAML for CLI invocations: in shell strings (under SHELL_KEYS), and in Kubernetes
 * exec-form `command` + `args` arrays. Prose such as step names is not looked at.
 */
function invocationsInYaml(value: unknown, shell = false, found: string[][] = []): string[][] {
  if (typeof value === 'string') {
    if (shell) found.push(...invocationsInScript(value));
  } else if (Array.isArray(value)) for (const item of value) invocationsInYaml(item, shell, found);
  else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const command = record.command;
    // A Kubernetes container of oci-flatten's own image without a `command`: the image's
    // entrypoint is flatten, so `args` are its arguments.
    if (typeof record.image === 'string' && OWN_IMAGE.test(record.image) && command === undefined && Array.isArray(record.args)) {
      assert.ok(
        record.args.every((word) => typeof word === 'string'),
        'exec-form args are strings',
      );
      found.push(record.args as string[]);
      for (const [key, item] of Object.entries(record)) if (key !== 'args') invocationsInYaml(item, SHELL_KEYS.has(key), found);
      return found;
    }
    if (Array.isArray(command) && command.every((word) => typeof word === 'string')) {
      const at = command.findIndex((word) => CLI_NAMES.has(word));
      if (at !== -1) {
        const args = Array.isArray(record.args) ? (record.args as unknown[]) : [];
        assert.ok(
          args.every((word) => typeof word === 'string'),
          'exec-form args are strings',
        );
        found.push([...command.slice(at + 1), ...(args as string[])]);
        for (const [key, item] of Object.entries(record)) {
          if (key !== 'command' && key !== 'args') invocationsInYaml(item, SHELL_KEYS.has(key), found);
        }
        return found;
      }
    }
    for (const [key, item] of Object.entries(record)) invocationsInYaml(item, SHELL_KEYS.has(key), found);
  }
  return found;
}

/** Problems with one invocation, checked against the CLI's help; empty when it is valid. */
function checkInvocation(words: string[], help: Record<'root' | 'image' | 'inspect', CommandHelp>): string[] {
  const problems: string[] = [];
  const subcommand = words[0] === 'inspect' || words[0] === 'image' ? words[0] : 'image';
  const rest = subcommand === words[0] ? words.slice(1) : words;
  const known = help[subcommand];
  const positionals: string[] = [];
  const used = new Set<string>();
  for (let i = 0; i < rest.length; i++) {
    const word = rest[i] as string;
    if (!word.startsWith('-')) {
      positionals.push(word);
      continue;
    }
    const [name = '', inline] = word.split(/=(.*)/s);
    const takesValue = known.options.get(name);
    if (takesValue === undefined) {
      problems.push(`${name} is not an option of "flatten ${subcommand}"`);
      continue;
    }
    used.add(name);
    if (takesValue && inline === undefined) {
      if (i + 1 >= rest.length) problems.push(`${name} needs a value`);
      i += 1;
    }
    if (!takesValue && inline !== undefined) problems.push(`${name} takes no value`);
  }
  if (positionals.length !== known.positionals) {
    problems.push(`"flatten ${subcommand}" takes ${known.positionals} argument(s), got ${JSON.stringify(positionals)}`);
  }
  if (subcommand === 'image' && !used.has('--to')) problems.push('no --to TARGET');
  return problems;
}

describe('examples/: every YAML parses and runs only real subcommands and options of the CLI', () => {
  let help: Record<'root' | 'image' | 'inspect', CommandHelp>;
  let yamlFiles: string[];

  before(async () => {
    const [root, image, inspect] = await Promise.all([
      runCliOk(['--help']),
      runCliOk(['image', '--help']),
      runCliOk(['inspect', '--help']),
    ]);
    help = { root: parseHelp(root.stdout), image: parseHelp(image.stdout), inspect: parseHelp(inspect.stdout) };
    yamlFiles = (await readdir(join(REPO_ROOT, 'examples'), { recursive: true }))
      .filter((name) => /\.ya?ml$/.test(name))
      .map((name) => join(REPO_ROOT, 'examples', name))
      .sort();
  });

  it('the help of each subcommand lists its options and arguments (what the check below relies on)', () => {
    assert.match([...help.root.options.keys()].join(' '), /--help/);
    assert.equal(help.image.positionals, 1);
    assert.equal(help.inspect.positionals, 1);
    for (const option of ['--to', '--platform', '--keep-base', '--json', '--dry-run', '--quiet', '-q', '--tmp-dir']) {
      assert.ok(help.image.options.has(option), `flatten image --help lists ${option}`);
    }
    assert.equal(help.image.options.get('--to'), true);
    assert.equal(help.image.options.get('--dry-run'), false);
    assert.ok(!help.inspect.options.has('--to'));
  });

  it('the checker rejects what the CLI rejects', async () => {
    // The checker's verdicts agree with the CLI's own parser on invalid command lines.
    for (const words of [
      ['image', 'a', '--to', 'b', '--no-such-option'],
      ['inspect', 'a', '--to', 'b'],
      ['image', 'a', 'b', '--to', 'c'],
    ]) {
      assert.notDeepEqual(checkInvocation(words, help), [], JSON.stringify(words));
      const result = await runCli([...words]);
      assert.equal(result.code, 2, `the CLI refuses ${JSON.stringify(words)} as a usage error: ${result.stderr}`);
    }
    assert.deepEqual(checkInvocation(['"$A"', '--to', 'b', '--keep-base', '1', '--json'], help), []);
  });

  it('there are the promised examples: GitHub Actions, GitLab CI, a Kubernetes Job and an Indexed Job', async () => {
    const texts = await Promise.all(yamlFiles.map((file) => readFile(file, 'utf8')));
    const all = texts.join('\n');
    assert.ok(yamlFiles.length >= 4, `YAML files: ${yamlFiles.join(', ')}`);
    assert.match(all, /^jobs:/m, 'a GitHub Actions workflow');
    assert.match(all, /^stages:/m, 'a GitLab CI pipeline');
    assert.match(all, /completionMode: Indexed/, 'a Kubernetes Indexed Job');
    assert.match(all, /kind: Job/, 'a Kubernetes Job');
    assert.match(all, /\.dockerconfigjson/, 'credentials from a dockerconfigjson secret');
  });

  it("the Kubernetes Jobs run oci-flatten's own image with the dockerconfigjson secret; GitLab and GitHub have a job running it", async () => {
    const documents = new Map<string, unknown[]>();
    for (const file of yamlFiles)
      documents.set(
        file,
        parseAllDocuments(await readFile(file, 'utf8')).map((document) => document.toJS()),
      );
    const jobs = [...documents.values()].flat().filter((doc) => (doc as { kind?: string } | null)?.kind === 'Job') as Array<{
      spec: {
        template: {
          spec: {
            containers: Array<{ image: string; command?: string[] }>;
            volumes: Array<{ secret?: { items?: Array<{ key: string }> } }>;
          };
        };
      };
    }>;
    assert.equal(jobs.length, 2, 'a Job and an Indexed Job');
    for (const job of jobs) {
      const pod = job.spec.template.spec;
      assert.ok(
        pod.containers.every((container) => OWN_IMAGE.test(container.image)),
        `runs the image: ${pod.containers.map((c) => c.image).join(', ')}`,
      );
      assert.ok(!JSON.stringify(pod).includes('npx'), 'nothing is downloaded when the pod starts');
      assert.ok(
        pod.volumes.some((volume) => volume.secret?.items?.some((item) => item.key === '.dockerconfigjson')),
        'credentials from the dockerconfigjson secret',
      );
    }
    const gitlab = (await Promise.all(yamlFiles.filter((file) => /gitlab/.test(file)).map((file) => readFile(file, 'utf8')))).join('\n');
    assert.match(gitlab, /^ {2}image:\n {4}name: \S+\/oci-flatten:\S+/m, 'a GitLab job in the image');
    const github = (await Promise.all(yamlFiles.filter((file) => /github/.test(file)).map((file) => readFile(file, 'utf8')))).join('\n');
    assert.match(github, /^ {4}container:\n {6}image: .+\/oci-flatten:\S+$/m, 'a GitHub container job in the image');
    assert.match(github, /uses: oci-flatten\/oci-flatten@/, 'the action');
  });

  it('each YAML file parses without errors and each flatten command in it is valid', async () => {
    for (const file of yamlFiles) {
      const documents = parseAllDocuments(await readFile(file, 'utf8'));
      assert.ok(Array.isArray(documents), `${file}: parsed`);
      const invocations: string[][] = [];
      for (const document of documents) {
        assert.deepEqual(document.errors.map(String), [], `${file}: YAML errors`);
        invocations.push(...invocationsInYaml(document.toJS()));
      }
      assert.ok(invocations.length > 0, `${file} runs the CLI`);
      for (const words of invocations) {
        assert.deepEqual(checkInvocation(words, help), [], `${file}: flatten ${words.join(' ')}`);
      }
    }
  });

  it('examples/library.ts runs and flattens the demo image with the library API', async () => {
    const result = await run(process.execPath, ['--no-warnings', join(REPO_ROOT, 'examples', 'library.ts')], { cwd: REPO_ROOT });
    const written = /^wrote oci:([^:]+):demo-flat@sha256:[a-f0-9]{64}$/m.exec(result.stdout);
    assert.ok(written, `library example output:\n${result.stdout}`);
    try {
      assert.match(result.stdout, /oci:examples\/demo-image:demo: 3 layers, [1-9]\d* bytes a flatten would drop/);
      assert.match(result.stdout, /demo-flat: 1 layers, 0 bytes a flatten would drop/);
    } finally {
      await rm(dirname(written[1] ?? ''), { recursive: true, force: true });
    }
  });
});
