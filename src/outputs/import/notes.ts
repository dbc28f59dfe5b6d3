/**
 * What the import found that the YAML does not carry, and what Terraform's
 * first plan and apply will do about it. "Lossless or loud": every attribute
 * of every describe response is mapped, equal to cogfed's default, metadata,
 * or listed here.
 */
export type Effect =
  /** Terraform leaves the live value alone (not in the configuration, or Optional+Computed in the provider). */
  | 'kept'
  /** The first apply adds something the live resource lacks (a tag, a managed login style); nothing live is lost. */
  | 'added'
  /** The first apply changes the live value back to what cogfed writes, or removes it. */
  | 'reverted'
  /** The first plan replaces the resource (a ForceNew attribute): for a pool, every user is deleted. */
  | 'replaced'
  /** The first apply fails: the provider refuses the change (e.g. "cannot modify or remove schema items"). */
  | 'apply-fails'
  /** cogfed does not know what Terraform does with it: read the first plan. */
  | 'unverified';

/** Effects that lose or may lose something live: `cogfed import` exits 1 for them unless `--accept-loss`. */
export const BLOCKING: ReadonlySet<Effect> = new Set<Effect>([
  'reverted',
  'replaced',
  'apply-fails',
  'unverified',
]);

export interface ImportNote {
  /** e.g. `user pool us-east-1_AbC123`, `app client web (4example)`. */
  resource: string;
  /** The API attribute, dotted: `LambdaConfig.PreSignUp`, `ProviderDetails.token_request_method`. */
  attribute: string;
  /** A short, secret-free summary of the live value. */
  live: string;
  effect: Effect;
  /** Why, and where that is documented. */
  why: string;
}

export const EFFECT_TEXT: Record<Effect, string> = {
  kept: 'Terraform leaves it as it is',
  added: 'the first apply adds it',
  reverted: 'the first apply changes it back or removes it',
  replaced: 'the first plan REPLACES the resource',
  'apply-fails': 'the first apply fails on it',
  unverified: 'not verified what Terraform does: read the first plan',
};

/** A live value, short and on one line; never used for secrets (their callers never pass them). */
export function summarize(value: unknown): string {
  const text =
    typeof value === 'string'
      ? JSON.stringify(value)
      : JSON.stringify(value, (_k, v: unknown) => (v instanceof Date ? v.toISOString() : v));
  if (text === undefined) return String(value);
  return text.length > 100 ? `${text.slice(0, 97)}...` : text;
}
