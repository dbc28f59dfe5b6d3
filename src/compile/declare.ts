import type { AddressBook, DataKind, ResourceKind } from '../model/addresses';
import type { TerraformElement } from './engine';

/**
 * Create a resource at the address the model names: the address is claimed
 * (so two objects can never share one), the construct is created with the
 * Terraform address as its id, and its logical id is set from the YAML keys
 * instead of cdktf's hashed construct path.
 */
export function declare<T extends TerraformElement>(
  book: AddressBook,
  kind: ResourceKind,
  logicalId: string,
  create: (constructId: string) => T,
): T {
  const name = book.claim(kind, logicalId);
  const resource = create(`${kind}.${name}`);
  resource.overrideLogicalId(name);
  return resource;
}

/** The same for a data source (`data.<type>.<name>`). */
export function declareData<T extends TerraformElement>(
  book: AddressBook,
  kind: DataKind,
  logicalId: string,
  create: (constructId: string) => T,
): T {
  const name = book.claim(`data.${kind}`, logicalId);
  const source = create(`data.${kind}.${name}`);
  source.overrideLogicalId(name);
  return source;
}
