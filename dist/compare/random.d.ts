/** A source of uniform random numbers in [0, 1). Injected wherever perfflow draws at random. */
export type Random = () => number;
/**
 * A small, fast, seeded generator (mulberry32). Seeded so that a comparison's order of trials and
 * its bootstrap are reproducible from the seed recorded in the report; Math.random cannot be seeded.
 * @param seed - any 32-bit integer
 * @returns a generator of numbers in [0, 1)
 */
export declare function createRandom(seed: number): Random;
/**
 * Shuffles a copy of a list (Fisher-Yates).
 * @param items - the list
 * @param random - the generator
 * @returns a new list in random order
 */
export declare function shuffle<T>(items: readonly T[], random: Random): T[];
