/** One look of a design as it was observed. */
export interface ObservedLook {
    /** Information fraction of the look (elapsed time / budget). */
    fraction: number;
    /** The metric's p at the look; null when the metric was not tested there (it still spent alpha). */
    p: number | null;
}
/**
 * The design's p-value of one metric (see the module comment): the smallest overall level at which
 * the group-sequential design with these looks would have rejected at one of them.
 * @param looks - every look taken, in order, with the metric's p where it was tested; the last one
 *   is the final analysis when `final` is true
 * @param final - whether the final analysis was reached (it spends all the level that is left)
 * @returns the p-value, in [smallest p seen, 1]; 1 when no p was seen
 * @throws RangeError when the fractions do not increase within (0, 1]
 */
export declare function sequentialP(looks: readonly ObservedLook[], final: boolean): number;
/** What {@link designPValues} reads of a comparison's sequential record. */
export interface DesignCourse {
    looks: readonly {
        look: number;
        fraction: number;
        p: number | null;
        outcome: 'continue' | 'stop' | 'skipped';
    }[];
    stopped_at: {
        look: number;
    } | null;
    /** The information fraction of the final analysis; absent in records written before it was kept. */
    final_fraction?: number | null | undefined;
}
/**
 * The design's p-value of every metric of a comparison. The objective was watched at every look
 * taken, so all of them count; a guard was tested only where the comparison was analysed (the look
 * that stopped it, or the final analysis), so only that one does, and the looks before it still
 * spend the level (conservative: a guard's p at an earlier look is not kept).
 * @param course - the comparison's sequential record, or undefined for a fixed-budget comparison
 * @param metrics - the metrics with their role and their p where the comparison was analysed
 * @returns one p per metric (null where the metric has none); the fixed-budget p without a design;
 *   1 for every metric of a record that lacks the final analysis's fraction (it cannot be vouched for)
 */
export declare function designPValues(course: DesignCourse | undefined, metrics: readonly {
    role: 'objective' | 'guard';
    p: number | null;
}[]): (number | null)[];
