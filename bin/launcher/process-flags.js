// The process settings bin/flatten gives a flatten, each measured on the benchmark (README,
// Performance). Data only: tuning.js decides how each one is applied safely.

/**
 * glibc gives every thread that allocates its own malloc arena (deflate workers, libuv's pool)
 * and hands little of a freed arena back: 30-40 MiB of the benchmark's peak RSS. glibc reads it
 * once, at start, so it needs the restart; 1 kept ~5 MiB less than 2 at the same speed.
 */
export const ENVIRONMENT = { MALLOC_ARENA_MAX: '1' };

/**
 * Node options for the restart's command line. Each is passed only when this Node lists it in
 * process.allowedNodeEnvironmentFlags, so a Node that lacks one still starts.
 * - a 1 MiB young generation frees short-lived stream objects sooner (1 GiB image: ~152 -> ~140
 *   MiB with gzip). V8 reads it only when the heap is set up, so run time is too late.
 */
export const NODE_OPTIONS = ['--max-semi-space-size=1'];

/**
 * V8 flags set at run time with v8.setFlagsFromString, before any work: V8 ignores a flag it does
 * not know there (one "unrecognized flag" line on stderr) where the command line would refuse to
 * start (exit 9, "bad option").
 * - a 15x budget before V8 recompiles undici's HTTP parser (WebAssembly) with its optimising
 *   compiler, whose ~20 MB of scratch memory was most of a small image's peak (102 -> 83 MiB,
 *   measured set this way and on the command line alike).
 */
export const V8_FLAGS = ['--wasm-tiering-budget=200000000'];

/**
 * V8 flags for the restart's command line of a run that is not gzip (zstd, none), each passed
 * only when `node --v8-options` lists it (~30 ms, paid by these runs alone, which take seconds):
 * V8 reads them when the heap is set up, where a flag set at run time does nothing (measured:
 * ~180 full collections either way), and the command line refuses a flag V8 does not know.
 * - without the two gzip worker isolates the main thread is the bottleneck, and the small young
 *   generation promotes enough to start ~200 full collections a run; a 32 MB initial old space
 *   (~50 of them) took a zstd run from ~10.5 to ~8.7 s. With gzip it peaked at ~155 MiB, over
 *   the 150 MiB budget, so gzip goes without.
 */
export const V8_OPTIONS_WITHOUT_GZIP = ['--initial-old-space-size=32'];
