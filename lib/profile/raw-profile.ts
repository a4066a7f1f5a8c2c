import type { BottleneckReport } from '../contracts/bottleneck-report.js';
import type { EventLoopDelay } from './build-report.js';
import type { CpuProfile } from './cpu-profile.js';

/** What a profiling run of any target kind produces, before analysis. */
export interface RawProfile {
  /** One profile per profiled Node process, with the file it was read from. */
  profiles: { path: string; profile: CpuProfile }[];
  /** Event-loop delay while profiled; null when the kind cannot show it. */
  eventLoop: EventLoopDelay | null;
  overhead: BottleneckReport['profiler_overhead'];
  load: BottleneckReport['load'];
  notes: string[];
}
