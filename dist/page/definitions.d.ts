/** Definitions of the page figures, by metric name. */
export declare const PAGE_DEFINITIONS: Record<string, string>;
