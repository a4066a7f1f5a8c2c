/**
 * Expands `{{workflow_id}}`, `{{run_id}}`, `{{plan_id}}`, `{{run_dir}}` and `{{target}}`.
 * An unknown placeholder is left as it is, so a typo shows up in the output instead of vanishing.
 * @param text - a path or command from the yaml
 * @param values - the run's values
 * @returns the expanded text
 */
export function expandTemplate(text, values) {
    return text.replace(/\{\{\s*([a-z_]+)\s*\}\}/g, (whole, name) => Object.hasOwn(values, name) ? values[name] : whole);
}
