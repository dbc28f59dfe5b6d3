import type { IdentityProviderConfig } from '../../validate/config';
import type { IdentityProvider } from '../model';
import { oidc } from './oidc';
import type { ProviderTypeModule } from './types';

/**
 * The identity-provider types cogfed supports, one module each. Adding a type
 * is a module here plus its schema branch, model variant, rules and tests.
 */
export const PROVIDER_TYPES: {
  [T in IdentityProvider['type']]: ProviderTypeModule<Extract<IdentityProvider, { type: T }>>;
} = {
  oidc,
};

/** The module of a provider's type. */
export function providerType<P extends IdentityProvider>(provider: P): ProviderTypeModule<P> {
  return PROVIDER_TYPES[provider.type as P['type']] as unknown as ProviderTypeModule<P>;
}

/** Build a provider's model with its type's module. */
export function buildProvider(name: string, config: IdentityProviderConfig): IdentityProvider {
  const module = PROVIDER_TYPES[config.type] as ProviderTypeModule;
  return module.build(name, config as never);
}

export type { ProviderTypeModule } from './types';
