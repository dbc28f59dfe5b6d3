import { DataAwsCognitoUserPool } from './engine';
import type { TerraformStack } from './engine';
import type { Pool } from '../model/model';
import { AddressBook, address, DATA_KIND } from '../model/addresses';
import { declareData } from './declare';
import { literal } from './expressions';

/**
 * A pool another stack (or Amplify) owns, attached to by id (`existingPool`):
 * read with the aws_cognito_user_pool data source (hashicorp/aws 5.56.0 and
 * later, https://github.com/hashicorp/terraform-provider-aws/pull/37399),
 * whose `id` and `arn` take the place of the resource's. A data source is
 * never created, replaced or destroyed, so nothing this stack plans can delete
 * the pool or its users; and a wrong id fails the plan (the read finds no
 * pool) instead of creating one.
 * https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/cognito_user_pool
 */
export function readExistingPool(
  stack: TerraformStack,
  book: AddressBook,
  pool: Pool,
  userPoolId: string,
): DataAwsCognitoUserPool {
  return declareData(
    book,
    DATA_KIND.userPool,
    address.pool(pool),
    (id) => new DataAwsCognitoUserPool(stack, id, { userPoolId: literal(userPoolId) }),
  );
}
