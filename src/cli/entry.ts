/**
 * The command's entry where no launcher is needed: in oci-flatten's own image (tools/image/), whose
 * pinned Node takes bin/flatten's settings on its command line. Runs the CLI, as bin/flatten does.
 */
import { run } from './run.ts';

await run();
