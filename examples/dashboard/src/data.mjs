// The dashboard's data, made at build time from a fixed seed, so every build serves the same numbers.

/** A small seeded generator (mulberry32): the same seed gives the same series on every machine. */
function generator(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Request latencies in whole milliseconds, long-tailed, with a slow hour in the middle. */
function latencies(random, count, base) {
  const values = [];
  for (let i = 0; i < count; i += 1) {
    const slow = i > count * 0.45 && i < count * 0.55 ? 2 : 1;
    values.push(Math.round(base * slow * Math.exp(random() * random() * 3)));
  }
  return values;
}

/** The series the dashboard charts: one per service. */
export function series() {
  const random = generator(7);
  return [
    { name: 'api', values: latencies(random, 2400, 40) },
    { name: 'db', values: latencies(random, 2400, 12) },
    { name: 'cache', values: latencies(random, 2400, 3) },
  ];
}

/** Last quarter's raw samples, for the export button. */
export default function archive() {
  const random = generator(11);
  return latencies(random, 180_000, 25);
}
