import type { ParseArgsConfig } from 'node:util';

/** Options every command accepts. */
export interface GlobalOptions {
  /** `--run <id>`: the run to act on (default: the latest unfinished run). */
  run: string | undefined;
  /** `--json`: machine output on stdout. */
  json: boolean;
}

/** What a command receives: its parsed options and positionals, and the process surroundings. */
export interface CommandInput {
  /** Parsed option values (strings, booleans, or arrays of strings for `multiple` options). */
  values: Record<string, string | boolean | string[] | undefined>;
  /** Positional arguments, without anything after `--`. */
  positionals: string[];
  /** Arguments after a literal `--` (e.g. `perfflow profile -- node app.js`). */
  rest: string[];
  global: GlobalOptions;
  /** The directory the command was started in. */
  cwd: string;
  /** Environment of the process (read-only use). */
  env: NodeJS.ProcessEnv;
  /** Reports progress on stderr, only when stderr is a TTY. */
  progress: (message: string) => void;
}

/** What a command returns: an exit code, data for `--json` and a pure printer for humans. */
export interface CommandOutcome {
  /** 0 done/passed, 1 a gate said no, 3 inconclusive, 4 target could not be run. (2 is thrown as InputError.) */
  exitCode: 0 | 1 | 3 | 4;
  /** Printed as JSON on stdout with `--json`. */
  data: unknown;
  /** Printed on stdout without `--json`. */
  text: string;
}

/** A CLI command module: `lib/cli/commands/<name>.ts` exports one of these as `command`. */
export interface Command {
  /** What the command does, for `perfflow <command> --help` (one line, or a few for a command with rules to state). */
  summary: string;
  /** Usage line, e.g. `perfflow submit <step>`. */
  usage: string;
  /** Command-specific options for node:util parseArgs (global ones are added by the CLI). */
  options: NonNullable<ParseArgsConfig['options']>;
  /** Runs the command; throws typed errors from lib/errors.ts for failures. */
  run: (input: CommandInput) => Promise<CommandOutcome>;
}
