import { Command, CommanderError, Option } from 'commander';
import {
  asFlattenError,
  COMPRESSION_LEVELS,
  diff,
  escapeControls,
  flatten,
  inspect,
  MAX_CONCURRENCY,
  OPTION_DEFAULTS,
  TRANSPORT_DEFAULTS,
  type FlattenOptions,
  type FlattenResult,
  type ProgressListener,
  type TransportOptions,
} from '../index.ts';
import { EXIT_CODES } from './exit-codes.ts';
import { toFlagWords } from './flag-names.ts';
import { formatBytes, formatSeconds, plural } from './format.ts';
import { suggestCommand } from './suggest.ts';
import {
  collect,
  collectHost,
  parseChoice,
  parseKeyValues,
  parseSeconds,
  parseUploadSettings,
  parseUserSecret,
  parseWholeNumber,
} from './parse-options.ts';
import { barProgress } from './progress-bars.ts';
import { lineProgress } from './progress-lines.ts';
import { redactingIo } from './redacting-io.ts';
import { diffJson, renderDiff } from './render-diff.ts';
import { renderInspect } from './render-inspect.ts';

export interface CliIo {
  stdout: { write(text: string): boolean; isTTY?: boolean; columns?: number };
  stderr: { write(text: string): boolean; isTTY?: boolean; columns?: number };
  env: NodeJS.ProcessEnv;
}

interface GlobalFlags {
  quiet?: boolean;
  verbose?: boolean;
  json?: boolean;
  insecure?: string[];
  srcCreds?: string;
  destCreds?: string;
  credsFile?: string;
  retries?: string;
  timeout?: string;
  upload?: string[];
  speedLimit?: string;
  speedTime?: string;
}

function transportOptions(flags: GlobalFlags, io: CliIo): TransportOptions {
  const options: TransportOptions = { insecureHosts: flags.insecure ?? [] };
  if (flags.srcCreds !== undefined) options.sourceCredentials = parseUserSecret(flags.srcCreds, '--src-creds');
  if (flags.destCreds !== undefined) options.targetCredentials = parseUserSecret(flags.destCreds, '--dest-creds');
  if (flags.credsFile !== undefined) options.credentialsFile = flags.credsFile;
  if (flags.retries !== undefined) options.retry = { attempts: parseWholeNumber(flags.retries, '--retries', 0, 100) + 1 };
  if (flags.timeout !== undefined) options.timeoutMs = Math.round(parseSeconds(flags.timeout, '--timeout') * 1000);
  if (flags.upload !== undefined) options.hosts = parseUploadSettings(flags.upload);
  // The half not given keeps the library's default (src/registry/speed-guard.ts).
  if (flags.speedLimit !== undefined || flags.speedTime !== undefined) {
    options.speedLimit = {
      ...(flags.speedLimit === undefined ? {} : { bytesPerSecond: parseWholeNumber(flags.speedLimit, '--speed-limit') }),
      ...(flags.speedTime === undefined ? {} : { seconds: parseSeconds(flags.speedTime, '--speed-time') }),
    };
  }
  if (flags.verbose) options.onLog = (line) => io.stderr.write(`http: ${line}\n`);
  return options;
}

interface CliProgress {
  listener: ProgressListener;
  /** Draw the final state; nothing is drawn after it. */
  finish(): void;
  /** Leave the bars as they are, before an error is printed: the error stays the last thing on screen. */
  stop(): void;
}

function progressFor(flags: GlobalFlags, io: CliIo): CliProgress {
  if (flags.quiet && flags.verbose) {
    // Neither is dropped in silence: --verbose asks for more, so it wins.
    io.stderr.write('warning: --quiet and --verbose together: --verbose wins (progress lines and HTTP requests are shown)\n');
    flags.quiet = false;
  }
  if (flags.quiet) return { listener: () => {}, finish: () => {}, stop: () => {} };
  if (io.stderr.isTTY && !flags.verbose) {
    const bars = barProgress(io.stderr);
    return { listener: inFlagWords(bars), finish: bars.finish, stop: bars.stop };
  }
  return {
    listener: inFlagWords(lineProgress((line) => io.stderr.write(`${escapeControls(line)}\n`))),
    finish: () => {},
    stop: () => {},
  };
}

/** Warnings and notes name options as the library does (`options.level`): shown with the flags instead (flag-names.ts). */
const inFlagWords =
  (listener: ProgressListener): ProgressListener =>
  (event) =>
    listener(event.type === 'warning' || event.type === 'note' ? { ...event, message: toFlagWords(event.message) } : event);

/** Options of every command that reads images. */
const addTransportFlags = (command: Command): Command =>
  command
    .option('-q, --quiet', 'print nothing but the result and errors')
    .option('-v, --verbose', 'log every HTTP request (credentials redacted)')
    .option('--json', 'print one JSON document with the result on stdout')
    .option('--insecure <host>', 'allow plain HTTP or unverified TLS for this registry host (repeatable)', collectHost)
    .option('--src-creds <user:secret>', 'credentials for the source registry')
    .option('--creds-file <file>', 'a Docker config.json to read credentials from first')
    .option('--retries <n>', `retries of a failed registry request, with backoff (default ${TRANSPORT_DEFAULTS.attempts - 1})`)
    .option(
      '--timeout <seconds>',
      `give up on a registry connection silent for this long (default ${TRANSPORT_DEFAULTS.timeoutMs / 1000}). ` +
        'Worst case against a registry that never answers: ' +
        '(retries + 1) x timeout plus backoff (3.5 s with 3 retries), no retry started after 120 s, plus a 3 s protocol probe ' +
        'for loopback and --insecure hosts: 2 min 4 s with the defaults',
    )
    .option(
      '--speed-limit <bytes/s>',
      `a download slower than this for --speed-time is stalled: retried (resumed), then exit 3 (default ${TRANSPORT_DEFAULTS.speedLimit.bytesPerSecond}; 0: off)`,
    )
    .option(
      '--speed-time <seconds>',
      `how long a download may stay below --speed-limit (default ${TRANSPORT_DEFAULTS.speedLimit.seconds})`,
    );

/** Options that concern a target: only commands that write take them (inspect refuses them). */
const addTargetTransportFlags = (command: Command): Command =>
  command
    .option('--dest-creds <user:secret>', 'credentials for the target registry')
    .option(
      '--upload <host=strategy[:MiB]>',
      'upload strategy for a registry: auto, monolithic, streamed or chunked, with a chunk size (repeatable)',
      collect,
    );

export function buildProgram(io: CliIo, onResult: (code: number) => void, signal: AbortSignal): Command {
  const program = new Command('flatten')
    .description('Flatten a container image into one layer, with no Docker daemon')
    .usage('[options] SOURCE --to TARGET\n       flatten inspect [options] IMAGE')
    .version(VERSION, '--version')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .showHelpAfterError('(run flatten --help for usage)');

  const image = addTargetTransportFlags(
    addTransportFlags(
      program
        .command('image <source>', { isDefault: true })
        .summary('flatten SOURCE into TARGET (the default command)')
        .description(
          'Flatten SOURCE into a one-layer image at TARGET. SOURCE and TARGET are registry references ' +
            '(docker://REF or a bare REF), oci:DIR[:TAG], oci-archive:FILE[:TAG] or docker-archive:FILE[:NAME:TAG].',
        )
        .requiredOption('--to <target>', 'where to write the flattened image')
        .option('--platform <os/arch[/variant]>', 'flatten only this platform of an index (repeatable)', collect)
        .option('--keep-index', 'with one --platform, still write an index of the selection (not into docker-archive:)')
        .option('--keep-base <n>', 'keep the N oldest layers as they are; merge the rest')
        .option(
          '--base <ref>',
          'keep the layers the image shares with this base image (auto: the base its org.opencontainers.image.base.* annotations name)',
        )
        .addOption(
          new Option(
            '--compression <kind>',
            'compression of the merged layer (default gzip; a docker-archive: target stores layers uncompressed)',
          ).choices(['gzip', 'zstd', 'none']),
        )
        .option(
          '--level <n>',
          `compression level (gzip ${COMPRESSION_LEVELS.gzip.join('-')}, default ${OPTION_DEFAULTS.gzipLevel}; zstd ${COMPRESSION_LEVELS.zstd.join('-')}, default ${OPTION_DEFAULTS.zstdLevel})`,
        )
        .addOption(
          new Option(
            '--format <family>',
            "manifest format of the result (default: the source's; OCI into oci: and oci-archive:, which take no docker)",
          ).choices(['oci', 'docker']),
        )
        .option(
          '--created <time>',
          'RFC 3339 time or "now" for created and the new history entry (default: the source\'s; SOURCE_DATE_EPOCH is honoured)',
        )
        .option('--label <key=value>', 'add a label to the image config (repeatable)', collect)
        .option('--annotation <key=value>', 'add an annotation to the manifest (repeatable)', collect)
        .option('--allow-nondistributable', 'merge non-distributable (foreign) layers instead of keeping them')
        .option('--concurrency <n>', `layer downloads in flight (1-${MAX_CONCURRENCY}, default ${OPTION_DEFAULTS.concurrency})`)
        .option('--tmp-dir <dir>', 'where temp files go (default: the OS temp dir)')
        .option(
          '--temp-budget <size>',
          `temp disk the layer spools may take at once (bytes, KiB, MiB, GiB, or unlimited; default ${OPTION_DEFAULTS.tempBudget / 1024 / 1024}MiB); layers that do not fit stream from the source`,
        )
        .option('--no-reuse', 'merge and upload even when the target already holds exactly this flattened image')
        .option('--dry-run', 'read manifests and configs only and print what would be done; write nothing')
        .option('--verify', "before tagging, read the result back and compare its filesystem with the source's (reads both once more)")
        .option('--force', 'allow the target to be the source tag itself')
        .addOption(
          new Option(
            '--referrers <mode>',
            'attached SBOMs/attestations: auto carries unsigned ones re-pointed (default), all also unknown types, none drops all; signatures never carry',
          ).choices(['auto', 'all', 'none']),
        )
        .option('--provenance', 'attach an in-toto SLSA provenance v1 statement (flattened from which digest, with which options)')
        .option('--sign-key <file>', 'sign the result as cosign sign --key does, with this ECDSA P-256 PKCS#8 PEM key (registry targets)'),
    ),
  ).action(async (source: string, flags: GlobalFlags & Record<string, unknown>) => {
    const progress = progressFor(flags, io);
    // Values are parsed here; their ranges and combinations are checked once, by the library
    // (src/options/flatten-options.ts), for CLI and library callers alike.
    const options: FlattenOptions = {
      source,
      target: flags.to as string,
      transport: transportOptions(flags, io),
      onProgress: progress.listener,
      signal,
    };
    if (flags.compression !== undefined) options.compression = flags.compression as NonNullable<FlattenOptions['compression']>;
    if (flags.concurrency !== undefined) options.concurrency = parseWholeNumber(flags.concurrency as string, '--concurrency');
    if (flags.platform !== undefined) options.platforms = flags.platform as string[];
    if (flags.keepIndex) options.keepIndex = true;
    if (flags.keepBase !== undefined) options.keepBase = parseWholeNumber(flags.keepBase as string, '--keep-base');
    if (flags.base !== undefined) options.base = flags.base as string;
    if (flags.level !== undefined) options.level = parseWholeNumber(flags.level as string, '--level');
    if (flags.format !== undefined) options.format = parseChoice(flags.format as string, '--format', ['oci', 'docker'] as const);
    if (flags.created !== undefined) options.created = flags.created as string;
    if (io.env.SOURCE_DATE_EPOCH !== undefined) options.sourceDateEpoch = io.env.SOURCE_DATE_EPOCH;
    if (flags.label !== undefined) options.labels = parseKeyValues(flags.label as string[], '--label');
    if (flags.annotation !== undefined) options.annotations = parseKeyValues(flags.annotation as string[], '--annotation');
    if (flags.allowNondistributable) options.allowNondistributable = true;
    if (flags.tmpDir !== undefined) options.tempDirectory = flags.tmpDir as string;
    if (flags.tempBudget !== undefined) options.tempBudget = flags.tempBudget as string;
    if (flags.dryRun) options.dryRun = true;
    if (flags.verify) options.verify = true;
    if (flags.reuse === false) options.reuse = false;
    if (flags.force) options.force = true;
    if (flags.referrers !== undefined) options.referrers = flags.referrers as NonNullable<FlattenOptions['referrers']>;
    if (flags.provenance) options.provenance = true;
    if (flags.signKey !== undefined) options.signKey = flags.signKey as string;
    let result: FlattenResult;
    try {
      result = await flatten(options);
    } catch (error) {
      progress.stop();
      throw error;
    }
    progress.finish();
    if (flags.json) io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    else if (result.dryRun) io.stdout.write(renderDryRun(result));
    else io.stdout.write(`${resultLine(result)}\n`);
    onResult(0);
  });
  // The default command's options belong in the top-level help: most runs use nothing else.
  program.addHelpText(
    'after',
    () => `\nflatten SOURCE --to TARGET (the default command):\n${image.helpInformation().replace(/^Usage:.*\n/, '')}`,
  );

  addTransportFlags(
    program
      .command('inspect <image>')
      .description('show layers, sizes, history, and how much a flatten would drop; writes nothing')
      .option('--platform <os/arch[/variant]>', 'inspect only this platform of an index (repeatable)', collect),
  ).action(async (image: string, flags: GlobalFlags & { platform?: string[] }) => {
    const report = await inspect({
      image,
      transport: transportOptions(flags, io),
      ...(flags.platform === undefined ? {} : { platforms: flags.platform }),
      signal,
    });
    io.stdout.write(flags.json ? `${JSON.stringify(report, null, 2)}\n` : renderInspect(report));
    onResult(0);
  });

  addTransportFlags(
    program
      .command('diff <image-a> <image-b>')
      .summary("compare two images' final filesystems; exit 1 when they differ")
      .description(
        "compare two images' final filesystems entry by entry (each image's layers applied as containerd does);\n" +
          'exit 1 when they differ. --src-creds is used for A, --dest-creds (else --src-creds) for B',
      )
      .option('--platform <os/arch[/variant]>', 'the image to compare from an index')
      .option('--times', 'compare the mtime of non-directories too'),
  ).action(async (imageA: string, imageB: string, flags: GlobalFlags & { platform?: string; times?: boolean }) => {
    const report = await diff({
      imageA,
      imageB,
      transport: transportOptions(flags, io),
      ...(flags.platform === undefined ? {} : { platform: flags.platform }),
      ...(flags.times ? { times: true } : {}),
      signal,
    });
    io.stdout.write(flags.json ? `${JSON.stringify(diffJson(report), null, 2)}\n` : renderDiff(report));
    onResult(report.differences.length > 0 ? 1 : 0);
  });
  return program;
}

function renderDryRun(result: FlattenResult): string {
  const lines = [`dry run: ${result.source} -> ${result.target} (nothing written)`];
  for (const p of result.platforms) {
    lines.push(
      `  ${p.platform}: ${plural(p.layersBefore, 'layer')} (${formatBytes(p.bytesBefore)}) -> ${p.layersAfter} ` +
        `(${p.keptLayers} kept, ${p.layersBefore - p.keptLayers} merged into 1)`,
    );
  }
  for (const d of result.dropped) lines.push(`  dropped ${d.digest}: ${d.reason}`);
  lines.push(`  would write ${result.target}`);
  return `${lines.join('\n')}\n`;
}

/**
 * What a docker archive is known by: `docker load` names no manifest digest (the archive holds
 * none), it shows the image ID, the config's digest, which result.digest holds for this target.
 */
function resultLine(result: FlattenResult): string {
  return result.target.startsWith('docker-archive:') ? `${result.reference} (image ID ${result.digest})` : result.reference;
}

export const VERSION = '0.1.0';

/** Runs the CLI; resolves to the exit code. Never throws. */
export async function main(argv: readonly string[], rawIo: CliIo, signal: AbortSignal): Promise<number> {
  const io = redactingIo(rawIo);
  let code = 0;
  const started = performance.now();
  const program = buildProgram(io, (c) => (code = c), signal);
  try {
    suggestCommand(
      argv,
      program.commands.map((command) => command.name()),
    );
    await program.parseAsync(argv as string[], { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version exit 0; everything commander rejects is a usage error.
      return error.exitCode === 0 ? 0 : EXIT_CODES.usage;
    }
    if (signal.aborted) {
      io.stderr.write(`flatten: interrupted after ${formatSeconds(performance.now() - started)}; the target was not changed\n`);
      return EXIT_CODES.interrupted;
    }
    // A system error nothing named on its way up is still the disk's: exit 6, not a bug.
    const known = asFlattenError(error);
    if (known !== undefined) {
      // Messages carry user and server text: escaped, so that none can forge a line; options are
      // named by their flags (flag-names.ts).
      io.stderr.write(`flatten: ${escapeControls(toFlagWords(known.message))}\n`);
      if (known.hint !== undefined) io.stderr.write(`hint: ${escapeControls(toFlagWords(known.hint))}\n`);
      if (io.env.OCI_FLATTEN_DEBUG === '1' && error instanceof Error) io.stderr.write(`${error.stack ?? ''}\n`);
      return EXIT_CODES[known.kind];
    }
    // A bug: one line for the user; the stack only when asked for (OCI_FLATTEN_DEBUG=1).
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    io.stderr.write(`flatten: unexpected error: ${escapeControls(message)}\n`);
    if (io.env.OCI_FLATTEN_DEBUG === '1' && error instanceof Error) io.stderr.write(`${error.stack ?? ''}\n`);
    else io.stderr.write('hint: this is a bug; please report it with this message (OCI_FLATTEN_DEBUG=1 shows where it happened)\n');
    return 1;
  }
}
