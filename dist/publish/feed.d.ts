import type { Feed, FeedItem } from '../contracts/feed.js';
/** The feed's title when it is created. */
export declare const FEED_TITLE = "perfflow: published performance runs";
/**
 * Reads `feed.json`, or an empty feed when there is none yet.
 * @param path - the feed file
 * @returns the feed
 * @throws InputError `invalid-file` when it exists but is not a JSON Feed 1.1 perfflow can update
 */
export declare function readFeed(path: string): Feed;
/**
 * Puts a run's item into the feed: replaces the item with the same id in place (keeping its first
 * publication date), or adds it; newest first. Pure.
 * @param feed - the current feed
 * @param item - the run's item
 * @returns the new feed; never two items with one id
 */
export declare function upsertFeedItem(feed: Feed, item: FeedItem): Feed;
