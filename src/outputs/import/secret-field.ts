import type { SecretTemplate } from './secret-ref';

/**
 * `--secret-ref` names where a provider's client secret lives. A provider
 * with another secret (Sign in with Apple's private key, `private_key`)
 * gets its own reference from the same template: the template's words for
 * the client secret become the field's (`client-secret` → `private-key`,
 * `client_secret` → `private_key`, `clientSecret` → `privateKey`), and a
 * template that has no such word gets the field appended in its form's
 * spelling (`…/{provider}` → `…/{provider}/private-key`; a JSON field
 * `#client_secret` → `#private_key`). The caller still refuses two equal
 * references, so the result is never a secret shared by accident.
 */
export function templateForField(template: SecretTemplate, field: string): SecretTemplate {
  if (field === 'client_secret') return template;
  const words = field.split('_');
  const spelled = {
    kebab: words.join('-'),
    snake: words.join('_'),
    camel: words.map((w, i) => (i === 0 ? w : w.charAt(0).toUpperCase() + w.slice(1))).join(''),
  };
  const swap = (text: string) =>
    text
      .replace(/client-secret/g, spelled.kebab)
      .replace(/client_secret/g, spelled.snake)
      .replace(/clientSecret/g, spelled.camel);

  if (template.key !== undefined) {
    // One JSON secret per provider: another field of it.
    const key = swap(template.key);
    return { ...template, key: key !== template.key ? key : spelled.snake };
  }
  const text = swap(template.text);
  if (text !== template.text) return { ...template, text };
  if (template.kind === 'variable')
    return { ...template, text: `${template.text}_${spelled.snake}` };
  return { ...template, text: `${template.text.replace(/\/+$/, '')}/${spelled.kebab}` };
}
