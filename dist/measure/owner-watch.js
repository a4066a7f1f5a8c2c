import { compiledFile } from './compiled-file.js';
/**
 * The NODE_OPTIONS entry that loads the Node probe in watch-only mode: a Node process started with
 * it (and every Node process it starts in turn) ends itself within 250 ms once this perfflow process
 * is gone. A SIGKILLed perfflow runs no cleanup, so this is what keeps its servers and checks from
 * outliving it.
 * @returns `--import=<file URL of node-preload.js>?owner=<pid>` (a file URL holds no spaces)
 */
export function ownerWatchOption() {
    return `--import=${compiledFile('node-preload.js').href}?owner=${String(process.pid)}`;
}
/**
 * NODE_OPTIONS extended with {@link ownerWatchOption}.
 * @param inherited - the NODE_OPTIONS already set, if any
 * @returns the new value
 */
export function nodeOptionsWithOwnerWatch(inherited) {
    return [inherited ?? '', ownerWatchOption()].filter((s) => s.trim() !== '').join(' ');
}
