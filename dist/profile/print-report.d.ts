import type { BottleneckReport } from '../contracts/bottleneck-report.js';
/**
 * Formats a bottleneck report for people: the ranked table, categories, findings and files.
 * @param report - the report
 * @returns text
 */
export declare function printBottleneckReport(report: BottleneckReport): string;
