// The names of the network throttling presets, apart from the config schema: parsing a config and
// throttling a page need the names at run time, and the schema module would load TypeBox with them.
export const NETWORK_PRESETS = ['none', 'slow-3g', 'fast-3g', '4g'];
