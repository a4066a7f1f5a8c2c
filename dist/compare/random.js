/**
 * A small, fast, seeded generator (mulberry32). Seeded so that a comparison's order of trials and
 * its bootstrap are reproducible from the seed recorded in the report; Math.random cannot be seeded.
 * @param seed - any 32-bit integer
 * @returns a generator of numbers in [0, 1)
 */
export function createRandom(seed) {
    let state = seed >>> 0;
    return () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
/**
 * Shuffles a copy of a list (Fisher-Yates).
 * @param items - the list
 * @param random - the generator
 * @returns a new list in random order
 */
export function shuffle(items, random) {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i -= 1) {
        const j = Math.floor(random() * (i + 1));
        const a = out[i];
        out[i] = out[j];
        out[j] = a;
    }
    return out;
}
