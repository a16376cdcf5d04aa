// The process settings bin/flatten gives a flatten, each measured on the benchmark (figures in
// bench/README.md, Findings). Data only: tuning.js decides how each one is applied safely.

/**
 * glibc gives every allocating thread its own malloc arena and hands little of it back. glibc
 * reads this once, at start, so it needs the restart.
 */
export const ENVIRONMENT = { MALLOC_ARENA_MAX: '1' };

/**
 * Node options for the restart's command line. Each is passed only when this Node lists it in
 * process.allowedNodeEnvironmentFlags, so a Node that lacks one still starts.
 * - a 1 MiB young generation frees short-lived stream objects sooner; V8 reads it only when the
 *   heap is set up, so run time is too late.
 */
export const NODE_OPTIONS = ['--max-semi-space-size=1'];

/**
 * V8 flags set at run time with v8.setFlagsFromString, before any work: V8 ignores a flag it does
 * not know there (one "unrecognized flag" line on stderr) where the command line would refuse to
 * start (exit 9, "bad option").
 * - a later optimising recompile of undici's WebAssembly HTTP parser, whose scratch memory was
 *   most of a small image's peak.
 */
export const V8_FLAGS = ['--wasm-tiering-budget=200000000'];

/**
 * V8 flags for the restart's command line of a run that is not gzip (zstd, none), each passed
 * only when `node --v8-options` lists it (~30 ms, paid by these runs alone, which take seconds):
 * V8 reads them when the heap is set up, and the command line refuses a flag V8 does not know.
 * - a 32 MB initial old space: the main thread, the bottleneck without gzip workers, spends far
 *   fewer full collections; with gzip it raised the peak over budget, so gzip goes without.
 */
export const V8_OPTIONS_WITHOUT_GZIP = ['--initial-old-space-size=32'];
