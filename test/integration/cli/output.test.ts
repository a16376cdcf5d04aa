import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runCli, runCliJson, runCliOk } from '../../helpers/cli.ts';
import { buildImageLayout, pushFixture, standardFixture, standardIndexFixture, type FixtureLayout } from '../../helpers/fixture-image.ts';
import { runCliInPty } from '../../helpers/pty.ts';
import { freePort, startRegistry, type RegistryServer } from '../../helpers/registry-server.ts';
import { expectedBytesDropped, FLATTEN_JSON_SCHEMA, schemaErrors, type FlattenJson } from './expected.ts';
import { catalog, fetchManifest, storedBlobs, tagsOf } from './registry-state.ts';

const DIGEST = /sha256:[a-f0-9]{64}/;

/** An error is one line `flatten: …`, optionally followed by one `hint: …` line. */
function assertOneLineError(stderr: string, pattern: RegExp): void {
  const lines = stderr.trimEnd().split('\n');
  assert.ok(lines.length >= 1 && lines.length <= 2, `one error line (+ hint), got:\n${stderr}`);
  assert.match(lines[0] ?? '', /^flatten: /);
  assert.match(lines[0] ?? '', pattern);
  if (lines.length === 2) assert.match(lines[1] ?? '', /^hint: /);
}

describe('CLI output: result on stdout, progress on stderr, dry run, JSON, inspect, exit codes', () => {
  let registry: RegistryServer;
  let work: string;
  let single: FixtureLayout;
  let multi: FixtureLayout;
  let sourceRef: string;

  before(async () => {
    registry = await startRegistry();
    work = await mkdtemp(join(tmpdir(), 'oci-flatten-cli-output-'));
    single = await buildImageLayout(await standardFixture(), 'std');
    multi = await buildImageLayout(await standardIndexFixture(), 'multi');
    sourceRef = (await pushFixture(single, registry.host, 'src/std', 'v1')).reference;
    await pushFixture(multi, registry.host, 'src/multi', 'v1');
  });
  after(async () => {
    await registry?.stop();
    await single?.cleanup();
    await multi?.cleanup();
    await rm(work, { recursive: true, force: true });
  });

  describe('--dry-run reads manifests and configs only and writes nothing', () => {
    it('against a registry: no blob uploaded, no repository or tag created, the plan printed per platform', async () => {
      const blobsBefore = await storedBlobs(registry);
      const catalogBefore = await catalog(registry.host);
      const result = await runCliOk([sourceRef, '--to', `${registry.host}/dry/std:v1`, '--dry-run']);
      assert.deepEqual(await storedBlobs(registry), blobsBefore);
      assert.deepEqual(await catalog(registry.host), catalogBefore);
      assert.equal(await tagsOf(registry.host, 'dry/std'), undefined);
      assert.match(result.stdout, /dry run: .* -> .*dry\/std:v1/);
      assert.match(result.stdout, /: 3 layers \([\d.]+ [KMG]?i?B\) -> 1 \(0 kept, 3 merged into 1\)/);
      assert.match(result.stdout, /would write .*dry\/std:v1/);
    });

    it('into an existing repository: its tags stay as they were; an index lists each platform and the dropped attestation', async () => {
      const tagsBefore = await tagsOf(registry.host, 'src/multi');
      const blobsBefore = await storedBlobs(registry);
      const result = await runCliOk([
        `${registry.host}/src/multi:v1`,
        '--to',
        `${registry.host}/src/multi:flat`,
        '--dry-run',
        '--keep-base',
        '1',
      ]);
      assert.deepEqual(await tagsOf(registry.host, 'src/multi'), tagsBefore);
      assert.deepEqual(await storedBlobs(registry), blobsBefore);
      assert.match(result.stdout, /linux\/amd64: 3 layers .* -> 2 \(1 kept, 2 merged into 1\)/);
      assert.match(result.stdout, /linux\/arm64\/v8: 4 layers .* -> 2 \(1 kept, 3 merged into 1\)/);
      assert.match(result.stdout, new RegExp(`dropped ${multi.attestationDigest}: attestation`));
    });

    it('--dry-run --json: the same document, dryRun true, nothing referenced or uploaded', async () => {
      const json = await runCliJson<FlattenJson>([sourceRef, '--to', `${registry.host}/dry/json:v1`, '--dry-run']);
      assert.deepEqual(schemaErrors(FLATTEN_JSON_SCHEMA, json), []);
      assert.equal(json.dryRun, true);
      assert.equal(json.reference, '');
      assert.deepEqual(json.uploaded, { blobs: 0, bytes: 0, existed: 0, mounted: 0 });
      assert.equal(json.platforms[0]?.layersBefore, 3);
      assert.equal(await tagsOf(registry.host, 'dry/json'), undefined);
    });
  });

  describe('progress goes to stderr: one line per step when not a terminal', () => {
    it('names each step with sizes and times; stdout holds only TARGET@digest', async () => {
      const target = `${registry.host}/lines/std:v1`;
      const result = await runCliOk([sourceRef, '--to', target]);
      assert.match(result.stdout, new RegExp(`^${target}@${DIGEST.source}\\n$`));
      const lines = result.stderr.trimEnd().split('\n');
      assert.ok(!result.stderr.includes('\x1b['), 'no terminal control sequences in a log');
      assert.match(lines[0] ?? '', /: 3 layers: merging 3, keeping 0$/);
      assert.equal(lines.filter((l) => /: pulled [a-f0-9]{12} [\d.]+ [KMG]?i?B in \d+\.\ds$/.test(l)).length, 3, result.stderr);
      assert.equal(
        lines.filter((l) => /: merged [\d.]+ [KMG]?i?B of tar into [\d.]+ [KMG]?i?B in \d+\.\ds$/.test(l)).length,
        1,
        result.stderr,
      );
      assert.equal(lines.filter((l) => /: pushed [a-f0-9]{12} [\d.]+ [KMG]?i?B$/.test(l)).length, 2, 'layer and config pushed');

      // The same run again reuses the image the target holds, and says so in one line.
      const again = await runCliOk([sourceRef, '--to', target]);
      assert.equal(
        again.stderr
          .split('\n')
          .filter((l) => /already holds this flattened image \(sha256:[a-f0-9]{64}\); nothing to merge or upload$/.test(l)).length,
        1,
        again.stderr,
      );
      assert.ok(!/pulled|pushed/.test(again.stderr), again.stderr);
      assert.equal(again.stdout, result.stdout, 'the same digest twice');
      // Forced to merge again: every blob is already there, and the lines say so.
      const forced = await runCliOk([sourceRef, '--to', target, '--no-reuse']);
      assert.equal(forced.stderr.split('\n').filter((l) => /already present, not uploaded$/.test(l)).length, 2, forced.stderr);
      assert.equal(forced.stdout, result.stdout, 'the same digest a third time');
    });

    it('--quiet prints the result and nothing else', async () => {
      const result = await runCliOk([sourceRef, '--to', `${registry.host}/quiet/std:v1`, '--quiet']);
      assert.equal(result.stderr, '');
      assert.match(result.stdout, new RegExp(`^${registry.host}/quiet/std:v1@${DIGEST.source}\\n$`));
    });
  });

  describe('progress on a terminal: bars redrawn in place', () => {
    it('draws pull, merge and push bars with amounts, on stderr only', async () => {
      const target = `${registry.host}/tty/std:v1`;
      const result = await runCliInPty([sourceRef, '--to', target]);
      assert.equal(result.code, 0, result.terminal);
      assert.match(result.stdout, new RegExp(`^${target}@${DIGEST.source}\\n$`));
      const screen = result.terminal;
      assert.match(screen, /\x1b\[\d+A/, 'cursor moved up to redraw');
      assert.match(screen, /\x1b\[2K/, 'lines cleared before redrawing');
      assert.match(screen, /pull [a-f0-9]{12} +\[#{24}\] [\d.]+ [KMG]?i?B\/[\d.]+ [KMG]?i?B done/, 'a finished pull bar');
      assert.match(screen, /merge +\[[#.]{24}\] [\d.]+ [KMG]?i?B -> [\d.]+ [KMG]?i?B/, 'the merge bar');
      assert.match(screen, /push [a-f0-9]{12} +\[#{24}\] .* uploaded/, 'a push bar');
      assert.ok(!/: pulled [a-f0-9]{12} .* in \d/.test(screen), 'no log lines on a terminal');
    });

    it('a terminal that reports no size (0 columns) still gets whole bars', async () => {
      const result = await runCliInPty([sourceRef, '--to', `${registry.host}/tty/unsized:v1`], { columns: 0 });
      assert.equal(result.code, 0, result.terminal);
      assert.match(result.terminal, /pull [a-f0-9]{12} +\[#{24}\] [\d.]+ [KMG]?i?B\/[\d.]+ [KMG]?i?B done/, result.terminal);
    });

    it('--quiet on a terminal draws nothing', async () => {
      const result = await runCliInPty([sourceRef, '--to', `${registry.host}/tty/quiet:v1`, '-q']);
      assert.equal(result.code, 0, result.terminal);
      assert.equal(result.terminal.trim(), '');
      assert.match(result.stdout, DIGEST);
    });
  });

  describe('--json prints one document on stdout, with the documented field names', () => {
    it('validates against the schema and its figures match the registry', async () => {
      const target = `${registry.host}/json/std:v1`;
      const json = await runCliJson<FlattenJson>([sourceRef, '--to', target]);
      assert.deepEqual(schemaErrors(FLATTEN_JSON_SCHEMA, json), []);
      const written = await fetchManifest(registry.host, 'json/std', 'v1');
      assert.equal(json.digest, written.digest);
      assert.equal(json.reference, `${target}@${written.digest}`);
      assert.equal(json.mediaType, written.json.mediaType);
      assert.equal(json.source, sourceRef);
      assert.equal(json.target, target);
      assert.equal(json.dryRun, false);
      const [platform] = json.platforms;
      assert.ok(platform?.mergedLayer);
      // os/arch from the image's config, as for an index's children, not the image's name.
      assert.equal(platform.platform, 'linux/amd64');
      const source = single.images[0];
      assert.ok(source);
      assert.equal(platform.layersBefore, 3);
      assert.equal(platform.layersAfter, 1);
      assert.equal(platform.keptLayers, 0);
      assert.equal(
        platform.bytesBefore,
        source.layers.reduce((sum, l) => sum + l.descriptor.size, 0),
      );
      assert.equal(platform.digest, written.digest);
      assert.deepEqual(
        written.json.layers.map((l: { digest: string }) => l.digest),
        [platform.mergedLayer.digest],
      );
      assert.equal(platform.bytesAfter, platform.mergedLayer.size);
      assert.equal(platform.mergedLayer.bytesDropped, await expectedBytesDropped(source.layers.map((l) => l.tar)));
      assert.deepEqual(json.uploaded, {
        blobs: 2,
        bytes: platform.mergedLayer.size + written.json.config.size,
        existed: 0,
        mounted: 0,
      });
      assert.equal(json.tempBytes, platform.bytesBefore + platform.mergedLayer.size, 'temp disk: the spooled layers and the merged layer');
      assert.deepEqual(json.dropped, []);
    });

    it('an index: one entry per platform, the attestation listed as dropped', async () => {
      const json = await runCliJson<FlattenJson>([`${registry.host}/src/multi:v1`, '--to', `${registry.host}/json/multi:v1`]);
      assert.deepEqual(schemaErrors(FLATTEN_JSON_SCHEMA, json), []);
      assert.deepEqual(
        json.platforms.map((p) => p.platform),
        ['linux/amd64', 'linux/arm64/v8'],
      );
      assert.deepEqual(json.dropped, [{ digest: multi.attestationDigest, reason: 'attestation' }]);
      assert.equal(json.mediaType, 'application/vnd.oci.image.index.v1+json');
    });

    it('the schema itself rejects renamed, missing and mistyped fields', () => {
      const valid = {
        source: 's',
        target: 't',
        reference: '',
        digest: '',
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        dryRun: true,
        platforms: [],
        dropped: [],
        referrers: [],
        uploaded: { blobs: 0, bytes: 0, existed: 0, mounted: 0 },
        tempBytes: 0,
        tempBudget: null,
        refetches: 0,
        durationMs: 1,
      };
      assert.deepEqual(schemaErrors(FLATTEN_JSON_SCHEMA, valid), []);
      const { durationMs: _, ...missing } = valid;
      assert.notDeepEqual(schemaErrors(FLATTEN_JSON_SCHEMA, missing), []);
      assert.notDeepEqual(schemaErrors(FLATTEN_JSON_SCHEMA, { ...valid, duration: 1 }), []);
      assert.notDeepEqual(schemaErrors(FLATTEN_JSON_SCHEMA, { ...valid, dryRun: 'yes' }), []);
    });
  });

  describe('flatten inspect: layers, sizes, history, and what a flatten would drop', () => {
    it('prints each layer, every history step, and the bytes a flatten drops', async () => {
      const result = await runCliOk(['inspect', sourceRef]);
      const source = single.images[0];
      assert.ok(source);
      assert.match(
        result.stdout,
        new RegExp(`^${sourceRef} ${single.manifestDigest} \\(application/vnd.oci.image.manifest.v1\\+json\\)$`, 'm'),
      );
      assert.match(result.stdout, /: 3 layers, [\d.]+ [KMG]?i?B compressed$/m);
      for (const [i, layer] of source.layers.entries()) {
        assert.match(result.stdout, new RegExp(`^ {2}layer ${i + 1}: ${layer.descriptor.digest.slice(7, 19)} `, 'm'));
      }
      const history = source.config.history as { created_by: string }[];
      // One line a step, its command with runs of whitespace folded.
      const lines =
        result.stdout
          .split('  history:\n')[1]
          ?.split('\n')
          .filter((l) => l.startsWith('    ')) ?? [];
      assert.equal(lines.length, history.length);
      for (const [i, step] of history.entries()) {
        assert.ok(lines[i]?.endsWith(step.created_by.replace(/\s+/g, ' ')), `history shows ${step.created_by}`);
      }
      assert.match(result.stdout, /flattened: \d+ of \d+ entries kept; .* of file data shadowed or deleted would be dropped/);
      assert.equal(result.stderr, '');
    });

    it('--json gives the same figures, the dropped bytes matching an independent count', async () => {
      const report = (await runCliJson(['inspect', sourceRef])) as {
        digest: string;
        images: { layers: { digest: string; diffId: string }[]; history: unknown[]; flattened: { bytesDropped: number } }[];
      };
      const source = single.images[0];
      assert.ok(source);
      assert.equal(report.digest, single.manifestDigest);
      const [image] = report.images;
      assert.ok(image);
      assert.deepEqual(
        image.layers.map((l) => l.diffId),
        source.layers.map((l) => l.diffId),
      );
      assert.equal(image.history.length, (source.config.history as unknown[]).length);
      assert.equal(image.flattened.bytesDropped, await expectedBytesDropped(source.layers.map((l) => l.tar)));
      assert.ok(image.flattened.bytesDropped > 0);
    });

    it('writes nothing', async () => {
      const blobsBefore = await storedBlobs(registry);
      await runCliOk(['inspect', `${registry.host}/src/multi:v1`]);
      assert.deepEqual(await storedBlobs(registry), blobsBefore);
    });
  });

  describe('messages that help: platform lists, did-you-mean, paths given as references, singular counts', () => {
    it('--platform an index does not have: the error lists the platforms it has', async () => {
      const result = await runCli([`${registry.host}/src/multi:v1`, '--to', `oci:${work}/s390x:x`, '--platform', 'linux/s390x', '-q']);
      assert.equal(result.code, 2, result.stderr);
      assertOneLineError(result.stderr, /has no image for platform linux\/s390x: it has only linux\/amd64, linux\/arm64\/v8$/);
    });

    it('a near miss of a subcommand is "did you mean", not "--to not specified"', async () => {
      const result = await runCli(['inpsect', sourceRef]);
      assert.equal(result.code, 2, result.stderr);
      assert.deepEqual(result.stderr.trimEnd().split('\n'), [
        'flatten: unknown command "inpsect"; did you mean "inspect"?',
        'hint: to flatten an image named inpsect, write docker://inpsect',
      ]);
    });

    it('a directory or file given as a reference gets a hint with oci: or docker-archive:', async () => {
      const dir = join(work, 'layout-dir');
      await cp(single.dir, dir, { recursive: true });
      const asDir = await runCli([dir, '--to', `oci:${work}/hint:x`]);
      assert.equal(asDir.code, 2, asDir.stderr);
      assert.match(
        asDir.stderr,
        new RegExp(`^hint: name an OCI image layout as oci:${dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\[:TAG\\]$`, 'm'),
      );
      const file = join(work, 'image.tar');
      await writeFile(file, '');
      const asFile = await runCli([file, '--to', `oci:${work}/hint:x`]);
      assert.equal(asFile.code, 2, asFile.stderr);
      assert.match(asFile.stderr, /^hint: name an archive as docker-archive:\S+image\.tar \(docker save\) or oci-archive:\S+image\.tar$/m);
      // A valid reference that is also a directory here is taken as the directory the user meant.
      const bare = await runCli(['examples/demo-image', '--to', `oci:${work}/hint:x`]);
      assert.equal(bare.code, 2, bare.stderr);
      assert.match(
        bare.stderr,
        /^flatten: source examples\/demo-image names a registry image, but examples\/demo-image is a directory here$/m,
      );
      assert.match(
        bare.stderr,
        /^hint: name an OCI image layout as oci:examples\/demo-image\[:TAG\]; or write docker:\/\/examples\/demo-image for the registry image$/m,
      );
    });

    it('inspect refuses the target options --dest-creds and --upload', async () => {
      for (const option of [
        ['--dest-creds', 'me:secret'],
        ['--upload', 'ghcr.io=chunked'],
      ]) {
        const result = await runCli(['inspect', sourceRef, ...option]);
        assert.equal(result.code, 2, result.stderr);
        assert.match(result.stderr, new RegExp(`^error: unknown option '${option[0]}'`));
      }
    });

    it('"1 layer", not "1 layers", in progress lines and the dry-run plan', async () => {
      const result = await runCliOk(['oci:examples/demo-image:demo', '--to', `oci:${work}/one:x`, '--keep-base', '2', '--dry-run']);
      assert.match(result.stdout, /: 3 layers \(.*\) -> 3 \(2 kept, 1 merged into 1\)/);
      const flat = await runCliOk(['oci:examples/demo-image:demo', '--to', `oci:${work}/one:x`]);
      const again = await runCliOk([`oci:${work}/one:x`, '--to', `oci:${work}/two:x`]);
      assert.match(again.stderr, /: 1 layer: merging 1, keeping 0$/m, again.stderr);
      assert.match(flat.stderr, /: 3 layers: merging 3, keeping 0$/m);
    });
  });

  describe('exit codes as README documents them, each error one line naming what and where', () => {
    it('2 for usage errors: a missing --to, a bad option value, conflicting options, an invalid reference', async () => {
      const cases: [string[], RegExp][] = [
        [[sourceRef], /--to/],
        [[sourceRef, '--to', `oci:${work}/x:y`, '--platform', 'linux'], /--platform "linux"/],
        [[sourceRef, '--to', `oci:${work}/x:y`, '--keep-base', 'two'], /--keep-base "two"/],
        [[sourceRef, '--to', `oci:${work}/x:y`, '--keep-base', '1', '--base', sourceRef], /--keep-base and --base/],
        [[sourceRef, '--to', `oci:${work}/x:y`, '--created', 'yesterday'], /--created "yesterday"/],
        [[`${registry.host}/Bad_Repo:v1`, '--to', `oci:${work}/x:y`], /Bad_Repo/],
        [[sourceRef, '--to', sourceRef], /source itself.*--force/],
      ];
      for (const [args, pattern] of cases) {
        const result = await runCli(args);
        assert.equal(result.code, 2, `${args.join(' ')}: ${result.stderr}`);
        assert.equal(result.stdout, '');
        if (args.includes('--to')) assertOneLineError(result.stderr, pattern);
        else assert.match(result.stderr, pattern);
      }
      await assert.rejects(stat(join(work, 'x')), 'nothing written');
    });

    it('3 for a registry error: an image the registry does not have, a registry that is not there', async () => {
      const missing = await runCli([`${registry.host}/nothing/here:v1`, '--to', `oci:${work}/none:x`]);
      assert.equal(missing.code, 3, missing.stderr);
      assertOneLineError(
        missing.stderr,
        new RegExp(`nothing/here.*${registry.host.replace(/\./g, '\\.')}|${registry.host.replace(/\./g, '\\.')}.*nothing/here`),
      );
      const port = await freePort();
      const down = await runCli([`127.0.0.1:${port}/app:v1`, '--to', `oci:${work}/none:x`, '--retries', '0']);
      assert.equal(down.code, 3, down.stderr);
      assertOneLineError(down.stderr, new RegExp(`127\\.0\\.0\\.1:${port}`));
      // The side is named: source and target may be on the same registry.
      assert.match(down.stderr, new RegExp(`^flatten: source 127\\.0\\.0\\.1:${port}/app:v1: `));
      assert.match(missing.stderr, /^flatten: source \S+\/nothing\/here:v1: not found: /);
    });

    it('5 for broken image content: a layer whose bytes do not match its digest; the target is not created', async () => {
      const broken = join(work, 'broken');
      await cp(single.dir, broken, { recursive: true });
      const layer = single.images[0]?.layers[1]?.descriptor.digest ?? '';
      const file = join(broken, 'blobs', 'sha256', layer.slice('sha256:'.length));
      const bytes = await readFile(file);
      bytes[bytes.length - 5] = (bytes[bytes.length - 5] ?? 0) ^ 0xff;
      await writeFile(file, bytes);
      const result = await runCli([`oci:${broken}:std`, '--to', `oci:${work}/from-broken:x`]);
      assert.equal(result.code, 5, result.stderr);
      const lastLines = result.stderr
        .trimEnd()
        .split('\n')
        .filter((l) => l.startsWith('flatten: ') || l.startsWith('hint: '));
      assertOneLineError(lastLines.join('\n'), new RegExp(layer.slice(7, 19)));
      await assert.rejects(stat(join(work, 'from-broken', 'index.json')), 'no image written');
    });
  });
});
