/** Values the `{{name}}` placeholders of performance-flow.yaml expand to. */
export interface TemplateValues {
    workflow_id: string;
    run_id: string;
    plan_id: string;
    run_dir: string;
    target: string;
}
/**
 * Expands `{{workflow_id}}`, `{{run_id}}`, `{{plan_id}}`, `{{run_dir}}` and `{{target}}`.
 * An unknown placeholder is left as it is, so a typo shows up in the output instead of vanishing.
 * @param text - a path or command from the yaml
 * @param values - the run's values
 * @returns the expanded text
 */
export declare function expandTemplate(text: string, values: TemplateValues): string;
