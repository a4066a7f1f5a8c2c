import { existsSync } from 'node:fs';
import { InputError } from '../errors.js';
import type { Feed, FeedItem } from '../contracts/feed.js';
import { namedSchemaProblem } from '../contracts/validate.js';
import { readJsonFile } from '../state/atomic-file.js';

/** The feed's title when it is created. */
export const FEED_TITLE = 'perfflow: published performance runs';

/**
 * Reads `feed.json`, or an empty feed when there is none yet.
 * @param path - the feed file
 * @returns the feed
 * @throws InputError `invalid-file` when it exists but is not a JSON Feed 1.1 perfflow can update
 */
export function readFeed(path: string): Feed {
  if (!existsSync(path)) return { version: 'https://jsonfeed.org/version/1.1', title: FEED_TITLE, items: [] };
  const value = readJsonFile(path, 'feed.json');
  const problem = namedSchemaProblem('feed', value);
  if (problem !== null) throw new InputError('invalid-file', `feed.json (${path}) is not a JSON Feed 1.1 perfflow can update: ${problem}; repair it or move it away`);
  return value as Feed; // validated against schemas/feed.schema.json just above
}

/**
 * Puts a run's item into the feed: replaces the item with the same id in place (keeping its first
 * publication date), or adds it; newest first. Pure.
 * @param feed - the current feed
 * @param item - the run's item
 * @returns the new feed; never two items with one id
 */
export function upsertFeedItem(feed: Feed, item: FeedItem): Feed {
  const previous = feed.items.find((i) => i.id === item.id);
  const merged: FeedItem = previous === undefined ? item : { ...item, date_published: previous.date_published };
  const items: FeedItem[] = [];
  let placed = false;
  for (const existing of feed.items) {
    if (existing.id !== item.id) items.push(existing);
    else if (!placed) {
      items.push(merged);
      placed = true;
    }
  }
  if (!placed) items.unshift(merged);
  return { ...feed, items };
}
