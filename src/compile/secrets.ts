import {
  DataAwsSecretsmanagerSecretVersion,
  DataAwsSsmParameter,
  TerraformStack,
  TerraformVariable,
} from './engine';
import type { SecretRef } from '../validate/config';
import { AddressBook, DATA_KIND, dataAddress } from '../model/addresses';
import { declareData } from './declare';
import { hclString, interpolate, literal } from './expressions';

/**
 * Turns secret references into Terraform references. The synthesized JSON
 * holds only where a secret lives (a parameter name, a secret id, a variable
 * name), never its value; Terraform reads the value at plan time, and marks
 * it sensitive, so plans print `(sensitive value)`.
 *
 * | YAML                                  | Terraform                                                      |
 * | `{ ssm: /p }`                         | data.aws_ssm_parameter.<id> (with_decryption), `.value`        |
 * | `{ secretsManager: s }`               | data.aws_secretsmanager_secret_version.<id>, `.secret_string`  |
 * | `{ secretsManager: s, key: k }`       | the same, `jsondecode(... .secret_string)["k"]`                |
 * | `{ variable: v }`                     | variable "v" (string, sensitive), given as TF_VAR_v            |
 */
export class Secrets {
  /** Variable name → what it is used for, in model order. */
  private readonly variables = new Map<string, string[]>();

  constructor(
    private readonly stack: TerraformStack,
    private readonly book: AddressBook,
  ) {}

  /**
   * A reference to the secret, as a string for a resource argument.
   * `logicalId` names the data source, when the form needs one.
   */
  reference(ref: SecretRef, logicalId: string, purpose: string): string {
    if ('ssm' in ref) {
      const parameter = declareData(
        this.book,
        DATA_KIND.ssmParameter,
        logicalId,
        (id) =>
          new DataAwsSsmParameter(this.stack, id, { name: literal(ref.ssm), withDecryption: true }),
      );
      return parameter.value;
    }
    if ('secretsManager' in ref) {
      const version = declareData(
        this.book,
        DATA_KIND.secretVersion,
        logicalId,
        (id) =>
          new DataAwsSecretsmanagerSecretVersion(this.stack, id, {
            secretId: literal(ref.secretsManager),
          }),
      );
      if (ref.key === undefined) return version.secretString;
      // Written by hand rather than with Fn.lookup: cdktf renders a lookup key
      // as `.key` or `["key"]` without escaping quotes or backslashes.
      return interpolate(
        `jsondecode(${dataAddress(DATA_KIND.secretVersion, logicalId)}.secret_string)[${hclString(ref.key)}]`,
      );
    }
    const purposes = this.variables.get(ref.variable) ?? [];
    this.variables.set(ref.variable, [...purposes, purpose]);
    return interpolate(`var.${ref.variable}`);
  }

  /**
   * Declare the variables, once every use is known: one per distinct name (two
   * providers may share a secret), its description naming each use.
   */
  declareVariables(): void {
    for (const [name, purposes] of this.variables) {
      this.book.claim('variable', name);
      const variable = new TerraformVariable(this.stack, `variable.${name}`, {
        type: 'string',
        sensitive: true,
        nullable: false,
        description: literal(
          `${purposes.join('; ')}. A secret: the pipeline sets TF_VAR_${name} for terraform plan and apply; never commit it.`,
        ),
      });
      variable.overrideLogicalId(name);
    }
  }
}
