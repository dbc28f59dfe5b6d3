/**
 * What `cogfed diff` and `cogfed plan` warn about, with a stable code each
 * (printed, used by `--accept`, and the SARIF rule id). The last codes exist
 * only in a plan: they need Terraform's view of the state. Severities:
 * - blocking: the change loses user data, or cuts users off from their
 *   accounts, or is known to fail at apply. `diff` exits 1 unless the code is
 *   accepted with `--accept CODE`.
 * - warning: the change breaks something that can be repaired (an app's
 *   client id, an IdP's registered redirect URI); printed, exit 0.
 */
export type HazardSeverity = 'blocking' | 'warning';

export interface HazardKind {
  code: string;
  severity: HazardSeverity;
  /** One line: what the hazard is. */
  description: string;
}

export const HAZARD_KINDS = [
  { code: 'pool-replaced', severity: 'blocking', description: 'A user pool is replaced (a replacing argument changed, its key was renamed, or its Region moved): every user in it is deleted.' },
  { code: 'pool-destroyed', severity: 'blocking', description: 'A user pool is removed, or its stack is: every user in it is deleted.' },
  { code: 'idp-renamed', severity: 'blocking', description: 'An identity provider is renamed (removed and added with the same issuer and client id): users linked to it lose their link and get new accounts.' },
  { code: 'idp-replaced', severity: 'blocking', description: 'An identity provider is replaced: users linked to it lose their link and get new accounts.' },
  { code: 'idp-removed', severity: 'blocking', description: 'An identity provider is removed: users linked to it lose their link, and its email domains stop routing.' },
  { code: 'custom-attribute-changed', severity: 'blocking', description: 'A custom attribute changes: the plan looks harmless, but Cognito rejects it at apply ("cannot modify or remove schema items").' },
  { code: 'custom-attribute-removed', severity: 'blocking', description: 'A custom attribute is removed: the plan looks harmless, but Cognito rejects it at apply ("cannot modify or remove schema items").' },
  { code: 'client-replaced', severity: 'warning', description: 'An app client is replaced: it gets a new client id, and every app using the old one breaks until updated.' },
  { code: 'client-removed', severity: 'warning', description: 'An app client is removed: apps using its client id stop working.' },
  { code: 'domain-changed', severity: 'warning', description: "A pool's domain changes or is removed: every IdP's registered redirect URI must change." },
  { code: 'identifiers-removed', severity: 'warning', description: 'Identifiers (email domains) are removed from a provider: those domains stop routing to it.' },
  { code: 'resource-server-replaced', severity: 'warning', description: "A resource server's identifier changes: its scopes get new names, and APIs checking the old ones reject new tokens." },
  { code: 'backend-changed', severity: 'warning', description: "A stack's state moves: without a state migration, Terraform creates every resource again." },
  { code: 'pool-destroy-prevented', severity: 'blocking', description: 'A plan destroys or replaces a user pool that prevent_destroy or AWS deletion protection guards: the plan or the apply fails, and if the guard is lifted, every user in it is deleted.' },
  { code: 'drift-reverted', severity: 'warning', description: 'A plan changes a resource the YAML did not change: it was edited outside Terraform (console, CLI), and the apply reverts that edit.' },
  { code: 'unknown-resource', severity: 'warning', description: "A plan touches a resource the YAML does not describe: added by hand to the stack's configuration or state, and managed by no YAML line." },
  { code: 'plan-mismatch', severity: 'warning', description: 'The plan was not made from these files (another commit, or edited JSON): what it shows is not what the YAML says.' },
] as const satisfies readonly HazardKind[];

export type HazardCode = (typeof HAZARD_KINDS)[number]['code'];

export function hazardKind(code: HazardCode): HazardKind {
  return HAZARD_KINDS.find((k) => k.code === code)!;
}

export function isHazardCode(code: string): code is HazardCode {
  return HAZARD_KINDS.some((k) => k.code === code);
}
