import { InputError } from '../errors.js';
/**
 * Characters that only mean something to a shell. perfflow never runs config values through a shell
 * (a config is data, and a shell would expand `$VARS`, globs and `;`), so a command line using them is
 * refused with a hint instead of being silently passed as literal words.
 */
const SHELL_ONLY = /[|&;<>`*]|\$[({A-Za-z_]/y;
/**
 * Splits a command line into argv words the way a POSIX shell tokenises simple words, without any
 * expansion: whitespace separates words, 'single quotes' keep everything literal, "double quotes"
 * allow \" and \\ escapes, a backslash outside quotes escapes the next character. Hand-written
 * because the libraries that do this (shell-quote, string-argv) also expand variables or globs,
 * which is exactly what must not happen to a config value. `${PORT}` is kept as is (substituted later).
 * @param text - the command line from the config
 * @param key - the config key, for error messages (e.g. `targets.build.command.run`)
 * @returns the words, at least one
 * @throws InputError `invalid-config` for an unterminated quote, an empty line or shell syntax
 */
export function splitCommandLine(text, key) {
    const words = [];
    let word = '';
    let inWord = false;
    let i = 0;
    while (i < text.length) {
        const c = text.charAt(i);
        if (c === "'") {
            const end = text.indexOf("'", i + 1);
            if (end < 0)
                throw new InputError('invalid-config', `${key}: unterminated ' quote in '${text}'; close the quote or write the command as a list of words`);
            word += text.slice(i + 1, end);
            inWord = true;
            i = end + 1;
            continue;
        }
        if (c === '"') {
            i += 1;
            let closed = false;
            while (i < text.length) {
                const d = text.charAt(i);
                if (d === '"') {
                    closed = true;
                    i += 1;
                    break;
                }
                if (d === '\\' && (text.charAt(i + 1) === '"' || text.charAt(i + 1) === '\\')) {
                    word += text.charAt(i + 1);
                    i += 2;
                    continue;
                }
                word += d;
                i += 1;
            }
            if (!closed)
                throw new InputError('invalid-config', `${key}: unterminated " quote in '${text}'; close the quote or write the command as a list of words`);
            inWord = true;
            continue;
        }
        if (c === '\\' && i + 1 < text.length) {
            word += text.charAt(i + 1);
            inWord = true;
            i += 2;
            continue;
        }
        if (/\s/.test(c)) {
            if (inWord)
                words.push(word);
            word = '';
            inWord = false;
            i += 1;
            continue;
        }
        SHELL_ONLY.lastIndex = i;
        if (SHELL_ONLY.test(text) && !text.startsWith('${PORT}', i)) {
            throw new InputError('invalid-config', `${key}: '${text}' uses shell syntax ('${c}'), but perfflow runs commands without a shell; put the pipeline in a script and run that (e.g. run: sh scripts/build.sh)`);
        }
        word += c;
        inWord = true;
        i += 1;
    }
    if (inWord)
        words.push(word);
    if (words.length === 0)
        throw new InputError('invalid-config', `${key}: the command is empty; name a program, e.g. node server.js`);
    return words;
}
/**
 * Replaces every `${PORT}` in a text.
 * @param text - a URL or an argv word
 * @param port - the port
 * @returns the text with the port filled in
 */
export function substitutePort(text, port) {
    return text.split('${PORT}').join(String(port));
}
