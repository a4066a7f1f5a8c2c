// The targets of perfflow.config.yaml as the rest of perfflow sees them: one type per kind, with
// every default filled in.
export {};
