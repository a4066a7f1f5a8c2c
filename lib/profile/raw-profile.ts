import type { BottleneckReport } from '../contracts/bottleneck-report.js';
import type { EventLoopDelay } from './build-report.js';
import type { CpuProfile } from './cpu-profile.js';
import type { CpuWait } from './cpu-wait.js';

/** What a profiling run of any target kind produces, before analysis. */
export interface RawProfile {
  /** One profile per profiled Node process, with the file it was read from. */
  profiles: { path: string; profile: CpuProfile }[];
  /** Event-loop delay while profiled; null when the kind cannot show it. */
  eventLoop: EventLoopDelay | null;
  /** How long the profiled threads ran and waited for a CPU; null when the kernel does not say. */
  cpuWait: CpuWait | null;
  overhead: BottleneckReport['profiler_overhead'];
  load: BottleneckReport['load'];
  notes: string[];
}
