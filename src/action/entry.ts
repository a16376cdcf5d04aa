/** The bundle's entry: runs the action and exits with its status. */
import { runAction } from './main.ts';

process.exitCode = await runAction();
