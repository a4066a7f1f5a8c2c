/** What the comparison needs to know about a target, independent of how the config spells it. */
export type TargetSpec =
  | {
      kind: 'function';
      /** Task module, relative to the side's root: default export `{ taskName: () => value }`. */
      file: string;
    }
  | {
      kind: 'command';
      /** Shell command line run from the side's root. */
      run: string;
    }
  | {
      kind: 'http';
      /** Shell command that starts the server from the side's root; PORT comes in the environment. */
      start: string;
      /** URL with `${PORT}`. */
      url: string;
      method: string;
      headers: Record<string, string>;
      body: string | undefined;
      connections: number;
      /** Load duration of one measured trial, ms. */
      trialMs: number;
      /** Open-loop arrival rate, requests per second. */
      rate: number | undefined;
      /** Requests whose responses must match between base and candidate (the measured one is always included). */
      requests: { method: string; path: string; headers: Record<string, string>; body: string | undefined }[];
      /** JSON pointers of volatile fields ignored by the response comparison. */
      ignore: string[];
    };

/** The kinds of target. */
export type TargetKind = TargetSpec['kind'];

/**
 * The default time budget of a comparison by target kind: enough for a 5% change to show on a quiet
 * machine (functions 10 s, commands 30 s; an http trial is a server process under load, so 60 s).
 * @param kind - the target kind
 * @returns milliseconds
 */
export function defaultBudgetMs(kind: TargetKind): number {
  switch (kind) {
    case 'function':
      return 10_000;
    case 'command':
      return 30_000;
    case 'http':
      return 60_000;
    default: {
      const never: never = kind;
      return never;
    }
  }
}
