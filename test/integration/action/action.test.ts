import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parse } from 'yaml';
import { REPO_ROOT } from '../../helpers/cli.ts';
import { run } from '../../helpers/run.ts';

/**
 * The GitHub Action (action.yml, action/index.js), run as the runner runs it: `node
 * action/index.js` with each input as INPUT_<NAME> and a GITHUB_OUTPUT file to append to.
 */
interface ActionYaml {
  inputs: Record<string, { required?: boolean }>;
  outputs: Record<string, unknown>;
  runs: { using: string; main: string };
}

/** The runner's environment for these inputs: INPUT_ + the name upper-cased, hyphens kept. */
const inputsEnv = (inputs: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value]));

/** Outputs as the runner reads GITHUB_OUTPUT: `name<<DELIMITER`, lines, DELIMITER. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^([\w-]+)<<(.+)$/.exec(lines[i] as string);
    if (match === null) continue;
    const end = lines.indexOf(match[2] as string, i + 1);
    assert.ok(end > i, `output ${match[1]} is closed by its delimiter`);
    outputs[match[1] as string] = lines.slice(i + 1, end).join('\n');
    i = end;
  }
  return outputs;
}

describe('the GitHub Action flattens with the inputs a workflow passes and writes its outputs', () => {
  let scratch = '';
  let action: ActionYaml;
  before(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'oci-flatten-action-'));
    action = parse(await readFile(join(REPO_ROOT, 'action.yml'), 'utf8')) as ActionYaml;
  });
  after(async () => {
    await rm(scratch, { recursive: true, force: true });
  });

  async function runAction(inputs: Record<string, string>) {
    const outputFile = join(scratch, `output-${Math.random().toString(36).slice(2)}`);
    await writeFile(outputFile, '');
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: scratch,
      RUNNER_TEMP: scratch,
      GITHUB_OUTPUT: outputFile,
      ...inputsEnv(inputs),
    };
    const result = await run(process.execPath, [join(REPO_ROOT, action.runs.main)], { cwd: REPO_ROOT, env, check: false });
    return { ...result, outputs: parseOutputs(await readFile(outputFile, 'utf8')) };
  }

  it('action.yml: a node24 JavaScript action whose every input the entry reads', async () => {
    assert.equal(action.runs.using, 'node24');
    assert.equal(action.runs.main, 'action/index.js');
    assert.deepEqual(Object.keys(action.outputs).sort(), ['digest', 'json', 'reference']);
    for (const name of ['source', 'target', 'platform', 'keep-base', 'compression']) assert.ok(name in action.inputs, `input ${name}`);
    const source = await readFile(join(REPO_ROOT, 'src', 'action', 'inputs.ts'), 'utf8');
    const read = new Set([...source.matchAll(/input\('([\w-]+)'\)/g)].map((match) => match[1]));
    assert.deepEqual(
      [...Object.keys(action.inputs)].filter((name) => !read.has(name)),
      [],
      'inputs declared but never read',
    );
    assert.deepEqual(
      [...read].filter((name) => name === undefined || !(name in action.inputs)),
      [],
      'inputs read but not declared',
    );
  });

  it('the committed bundle is what src/action builds (npm run build:action)', async () => {
    const script = JSON.parse(await readFile(join(REPO_ROOT, 'package.json'), 'utf8')).scripts['build:action'] as string;
    const out = join(scratch, 'bundle.js');
    await run(
      'sh',
      [
        '-c',
        `${script
          .replace('--outfile=action/index.js', `--outfile=${out}`)
          .replace(/^esbuild/, join(REPO_ROOT, 'node_modules', '.bin', 'esbuild'))} --log-level=warning`,
      ],
      { cwd: REPO_ROOT },
    );
    assert.ok(
      (await readFile(out)).equals(await readFile(join(REPO_ROOT, 'action', 'index.js'))),
      'action/index.js is stale: run npm run build:action',
    );
  });

  it('flattens the demo image (keep-base 1, gzip, a label) and writes digest, reference and json', async () => {
    const target = `oci:${join(scratch, 'flat')}:1`;
    const result = await runAction({
      source: 'oci:examples/demo-image:demo',
      target,
      'keep-base': '1',
      compression: 'gzip',
      labels: 'org.example.step=flatten\norg.example.note=a,b',
      platform: '',
    });
    assert.equal(result.code, 0, result.stdout + result.stderr);
    const { digest, reference, json } = result.outputs;
    assert.match(digest ?? '', /^sha256:[a-f0-9]{64}$/);
    assert.equal(reference, `${target}@${digest}`);
    const report = JSON.parse(json ?? '') as { platforms: Array<{ layersBefore: number; layersAfter: number; keptLayers: number }> };
    assert.deepEqual([report.platforms[0]?.layersBefore, report.platforms[0]?.layersAfter, report.platforms[0]?.keptLayers], [3, 2, 1]);
    // The layout holds what the outputs name, with the label.
    const index = JSON.parse(await readFile(join(scratch, 'flat', 'index.json'), 'utf8')) as { manifests: Array<{ digest: string }> };
    assert.equal(index.manifests[0]?.digest, digest);
    const manifest = JSON.parse(await readFile(join(scratch, 'flat', 'blobs', 'sha256', (digest ?? '').slice(7)), 'utf8'));
    const config = JSON.parse(await readFile(join(scratch, 'flat', 'blobs', 'sha256', manifest.config.digest.slice(7)), 'utf8'));
    assert.equal(config.config.Labels['org.example.note'], 'a,b');
    assert.match(result.stdout, /^wrote oci:.*@sha256:/m);
  });

  it('a bad input fails the step with an error annotation naming it, and writes no outputs', async () => {
    const result = await runAction({
      source: 'oci:examples/demo-image:demo',
      target: `oci:${join(scratch, 'never')}:1`,
      compression: 'brotli',
    });
    assert.equal(result.code, 2);
    assert.match(result.stdout, /^::error::input compression: expected one of gzip, zstd, none, got "brotli"$/m);
    assert.deepEqual(result.outputs, {});
  });

  it("the library's option errors name the action's inputs, not option fields", async () => {
    for (const [inputs, expected] of [
      [{ 'temp-budget': 'lots' }, /^::error::input temp-budget "lots" is not a size/m],
      [{ level: '12', compression: 'gzip' }, /^::error::input level 12 /m],
    ] as const) {
      const result = await runAction({ source: 'oci:examples/demo-image:demo', target: `oci:${join(scratch, 'never')}:1`, ...inputs });
      assert.equal(result.code, 2, result.stdout);
      assert.match(result.stdout, expected);
      assert.doesNotMatch(result.stdout, /options\./);
      assert.deepEqual(result.outputs, {});
    }
  });
});
