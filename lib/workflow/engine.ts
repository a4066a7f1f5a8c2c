// The workflow engine's public face: every operation on a run, by name. The code lives in one
// module per operation beside this file.
export { awaitingApproval, channelOf, conditionHolds, gateVariables, planIdOf, templateValues } from './run-view.js';
export { currentStepId } from './step-state.js';
export type { EngineOptions } from './run-view.js';
export { initRun } from './init-run.js';
export type { InitResult } from './init-run.js';
export { nextStep } from './next-step.js';
export type { FileRef, NextInfo } from './next-step.js';
export { failStep, submitStep } from './gate-decisions.js';
export type { SubmitResult } from './gate-decisions.js';
export { approveStep, overrideGate } from './person-decisions.js';
export type { ApproveResult } from './person-decisions.js';
export { rollbackRun } from './rollback.js';
export type { RollbackResult } from './rollback.js';
export { resumeRun } from './resume.js';
export type { ResumeResult } from './resume.js';
export { getStep, loadWorkflow } from './load.js';
