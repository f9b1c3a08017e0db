import { createRequire } from "node:module";

type Finding = { type: number; description: string; severity: number; directive: string; value?: string };
type CspModule = {
  CspParser: new (raw: string) => { csp: unknown };
  CspEvaluator: new (csp: unknown, version: unknown) => { evaluate(): Finding[] };
  Version: { CSP3: unknown };
  severities: Record<string, number>;
};

const csp = createRequire(import.meta.url)("@doyensec/csp-evaluator") as CspModule;

/**
 * Google's CSP Evaluator findings for a policy that are high severity or worse: HIGH, SYNTAX,
 * MEDIUM and HIGH_MAYBE (its scale runs from HIGH = 10 to INFO = 60; lower is worse).
 */
export function highFindings(policy: string): { directive: string; description: string }[] {
  const findings = new csp.CspEvaluator(new csp.CspParser(policy).csp, csp.Version.CSP3).evaluate();
  const high = csp.severities.HIGH_MAYBE ?? 40;
  return findings
    .filter((f) => f.severity <= high)
    .map((f) => ({ directive: f.directive, description: f.description }));
}

/** Every finding, with its severity name, for the record. */
export function allFindings(policy: string): string[] {
  const names = Object.fromEntries(Object.entries(csp.severities).map(([k, v]) => [v, k]));
  return new csp.CspEvaluator(new csp.CspParser(policy).csp, csp.Version.CSP3)
    .evaluate()
    .map((f) => `${names[f.severity] ?? f.severity} ${f.directive}: ${f.description}`);
}
