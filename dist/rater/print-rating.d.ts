import type { Rating } from '../contracts/rating.js';
/**
 * Formats a rating for people: the verdict, each dimension with a bar, the raters, caps and feedback.
 * @param rating - the rating
 * @param written - where it was written, if anywhere
 * @returns text
 */
export declare function formatRating(rating: Rating, written?: string | null): string;
