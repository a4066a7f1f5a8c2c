// A page target as the rest of perfflow sees it, every default filled in.
import type { CommandSpec, VerdictSettings } from './target-config.js';

/** One step of a page's scripted interaction. */
export type InteractionSpec =
  | { action: 'click'; selector: string }
  | { action: 'wait'; selector: string }
  | { action: 'type'; selector: string; text: string }
  | { action: 'goto'; path: string };

/** A network profile: round-trip latency and throughput each way. */
export interface NetworkProfile {
  name: string;
  /** Added round-trip latency, ms. */
  latencyMs: number;
  /** Download throughput, bytes per second. */
  downloadBps: number;
  /** Upload throughput, bytes per second. */
  uploadBps: number;
}

/** Throttling applied to every trial. */
export interface ThrottleSpec {
  /** CPU slowdown factor; 1 for none. */
  cpu: number;
  /** The network profile; `none` for no throttling. */
  network: NetworkProfile;
}

/** A page of the project's own server, loaded in headless Chromium. */
export interface PageTargetConfig extends VerdictSettings {
  name: string;
  kind: 'page';
  /** The server command (PORT in its environment), or none when the server runs already. */
  start: CommandSpec | undefined;
  /** Absolute working directory of the server command. */
  cwd: string;
  env: Record<string, string>;
  /** The page URL, may contain `${PORT}`. */
  url: string;
  /** Selector that marks the page as loaded once visible; undefined: the load event. */
  ready: string | undefined;
  /** The scripted interaction whose latency is measured; empty for none. */
  interaction: InteractionSpec[];
  throttle: ThrottleSpec;
  /** Selectors whose rendered DOM the behaviour check compares. */
  check: string[];
  /** Page loads measured by `perfflow measure` (default 10). */
  trials: number;
  /** Longest wait for the page to load and become ready, ms (default 30 s). */
  timeoutMs: number;
  /** How long to wait for the server to answer, ms (default 30 s). */
  readyTimeoutMs: number;
}
