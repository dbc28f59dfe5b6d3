import {
  AddressBook,
  address,
  outputName,
  outputPath,
  sanitizeName,
  shortHash,
} from '../../src/model/addresses';
import type { Client, OidcProvider, Pool } from '../../src/model/model';

const pool = (id: string) => ({ id }) as Pool;
const provider = (name: string) => ({ name }) as OidcProvider;
const client = (id: string) => ({ id }) as Client;

describe('sanitizeName', () => {
  test('a clean identifier is kept as written, for readable plans', () => {
    expect(sanitizeName('ScalekitIdPRouter')).toBe('ScalekitIdPRouter');
    expect(sanitizeName('okta-eu_2')).toBe('okta-eu_2');
  });

  test('other characters become _ and a hash of the original name is appended', () => {
    expect(sanitizeName('Acme Corp')).toBe(`Acme_Corp__h${shortHash('Acme Corp')}`);
    expect(sanitizeName('Okta.EU')).toMatch(/^Okta_EU__h[0-9a-f]{8}$/);
  });

  test('names that sanitize alike still get different addresses', () => {
    const names = [
      'Acme Corp',
      'Acme.Corp',
      'Acme_Corp',
      'Acme/Corp',
      'Acme\u00a0Corp',
      'Acme Corp ',
    ];
    const sanitized = names.map(sanitizeName);
    expect(new Set(sanitized).size).toBe(names.length);
    for (const s of sanitized) expect(s).toMatch(/^[A-Za-z_][A-Za-z0-9_-]*$/);
  });

  test('a name holding the joiner __ is hashed, so it cannot pose as a longer address', () => {
    expect(sanitizeName('a__b')).toBe(`a__b__h${shortHash('a__b')}`);
  });

  test('a name that does not start with a letter or _ gets a leading _', () => {
    expect(sanitizeName('1Login')).toBe(`_1Login__h${shortHash('1Login')}`);
    expect(sanitizeName('-x')).toMatch(/^_-x__h/);
  });

  test('the hash is sha256, first 8 hex characters: stable across runs and machines', () => {
    expect(shortHash('abc')).toBe('ba7816bf');
  });
});

describe('addresses come from YAML keys alone', () => {
  test('the examples of the issue', () => {
    expect(address.pool(pool('customers'))).toBe('customers');
    expect(address.domain(pool('customers'))).toBe('customers');
    expect(address.resourceServer(pool('customers'), { id: 'orders' } as never)).toBe(
      'customers__orders',
    );
    expect(address.provider(pool('customers'), provider('ScalekitIdPRouter'))).toBe(
      'customers__ScalekitIdPRouter',
    );
    expect(address.client(pool('customers'), client('web'))).toBe('customers__web');
    expect(
      address.providerDetail(pool('customers'), provider('ScalekitIdPRouter'), 'client_secret'),
    ).toBe('customers__ScalekitIdPRouter__client_secret');
  });

  test('one output per pool, named after the pool; review names values inside it by path', () => {
    const p = pool('customers');
    expect(outputName.pool(p)).toBe('customers');
    // Pool ids never hold `__` (id-format), so a pool's output never meets another output's name.
    expect(outputName.pool(pool('customers_v2'))).not.toBe(outputName.pool(p));
    expect(outputPath.poolId(p)).toBe('customers.user_pool_id');
    expect(outputPath.clientId(p, client('orders-worker'))).toBe('customers.clients.orders-worker');
    expect(outputPath.idpRedirectUri(p)).toBe('customers.idp_redirect_uri');
  });
});

describe('AddressBook', () => {
  test('refuses a second object at one address instead of letting one overwrite the other', () => {
    const book = new AddressBook('s');
    book.claim('aws_cognito_user_pool', 'a');
    book.claim('aws_cognito_user_pool_domain', 'a');
    expect(() => book.claim('aws_cognito_user_pool', 'a')).toThrow(
      /same Terraform address aws_cognito_user_pool\.a/,
    );
  });

  test('refuses a name Terraform cannot parse', () => {
    expect(() => new AddressBook('s').claim('variable', 'bad name')).toThrow(
      /not a valid Terraform name/,
    );
  });
});
