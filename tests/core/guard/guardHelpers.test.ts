import { describe, expect, it } from '@jest/globals';
import { characterClasses, shannonEntropy } from '../../../src/core/guard/entropy';
import { globMatch } from '../../../src/core/guard/globMatch';
import { maskSecret } from '../../../src/core/guard/mask';
import { hasCountingRun, isPlaceholder, isReference } from '../../../src/core/guard/placeholders';
import { isHighEntropySecret, isPasswordValue, isSecretKey } from '../../../src/core/guard/secretAssignment';
import fc from 'fast-check';

describe('shannonEntropy', () => {
  it.each([
    ['', 0],
    ['aaaa', 0],
    ['abab', 1],
    ['abcd', 2],
    ['0123456789abcdef', 4],
  ])('gives %j %d bits per character', (text, bits) => {
    expect(shannonEntropy(text)).toBeCloseTo(bits, 10);
  });

  it('never exceeds log2 of the length', () => {
    fc.assert(fc.property(fc.string({ minLength: 1 }), (s) => shannonEntropy(s) <= Math.log2([...s].length) + 1e-9));
  });
});

describe('characterClasses', () => {
  it('counts lower, upper, digit and other', () => {
    expect([
      characterClasses('abc'),
      characterClasses('aB'),
      characterClasses('aB3'),
      characterClasses('aB3!'),
    ]).toEqual([1, 2, 3, 4]);
  });
});

describe('globMatch', () => {
  it.each([
    ['a/b/c.md', '**', true],
    ['a/b/c.md', '**/*.md', true],
    ['c.md', '**/*.md', true],
    ['a/b/c.md', 'a/*.md', false],
    ['a/b/c.md', 'a/*/c.md', true],
    ['a/b/c.md', 'a/b/?.md', true],
    ['a/b/cd.md', 'a/b/?.md', false],
    ['a/b/c.md', 'a/b', true],
    ['a/bc/c.md', 'a/b', false],
    ['a+b/c.md', 'a+b/*', true],
    ['a/b/c.md', './a/b/c.md', true],
  ])('%s against %s is %s', (path, glob, expected) => {
    expect(globMatch(path, glob)).toBe(expected);
  });
});

describe('maskSecret', () => {
  it('shows only the public prefix and the length', () => {
    expect(maskSecret('ghp_abcdefgh', 4)).toBe('ghp_… (12 characters)');
    expect(maskSecret('hunter2', 0)).toBe('… (7 characters)');
  });

  it('never contains more than the prefix of the secret', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 8, maxLength: 60 }), fc.nat({ max: 6 }), (secret, prefix) => {
        const masked = maskSecret(secret, prefix);
        return (
          masked.startsWith(secret.slice(0, prefix)) &&
          !masked.includes(secret.slice(prefix, prefix + 8).padEnd(9, '\u0000'))
        );
      }),
    );
  });
});

describe('placeholders and references', () => {
  it.each([
    'changeme',
    '<your-token>',
    '${VAR}',
    '$TOKEN',
    '%APPDATA%',
    '{{ secret }}',
    'example-key',
    'EXAMPLEKEY',
    'xxxxxxxxxxxx',
    'REDACTED',
    'your_api_key_here',
  ])('%s is a placeholder', (value) => {
    expect(isPlaceholder(value)).toBe(true);
  });

  it.each([
    'pass:infra/nas',
    'op://vault/item',
    'bw:nas',
    'https://vault.example.net/x',
    '~/.ssh/id',
    './secrets/db',
    'DB_PASSWORD',
    '[[NAS]]',
  ])('%s is a reference', (value) => {
    expect(isReference(value)).toBe(true);
  });

  it.each([
    'ghp_J9lSPX7IVG71f2sSKKDUmMYtpfI1RR6zrwrI',
    'SM-cHqL0TT7SMqqa3inrB87m25Chny1QQ-yoUR-I0IW',
    '%MyB42RjhdrE1YP6Fy5%',
    '1138111111364',
    `IK2JDIKB8U8F00H82X0K9GO2BNF5944VD8QDVWROTS00ZEW8ECYJLQYXACP2KDXF52C1C8N083MKC75SON3F0M4J8WJ1N9${'A'.repeat(6)}8SQAIUGXY3HTPDWHPPAFTXHCR9363UFZ7B`,
  ])('%s is not, though it spells a placeholder word or pattern in mixed case by chance', (value) => {
    expect(isPlaceholder(value)).toBe(false);
  });
});

describe('isSecretKey', () => {
  it.each([
    'password',
    'DB_PASSWORD',
    'passwd',
    'token',
    'GITHUB_TOKEN',
    'api_key',
    'apiKey',
    'apikey',
    'secret',
    'client_secret',
    'clientSecret',
    'private_key',
    'github-token',
  ])('%s names a secret', (key) => {
    expect(isSecretKey(key)).toBe(true);
  });

  it.each(['secrets', 'max_tokens', 'token_url', 'key', 'keyboard', 'public_key', 'passport', 'id'])(
    '%s does not',
    (key) => {
      expect(isSecretKey(key)).toBe(false);
    },
  );
});

describe('isHighEntropySecret', () => {
  it.each(['Tr0ub4dor&3', 'q8Z!x2Lm#pR7', 'a3f9c27e1b8d4f60a3f9c27e1b8d4f60'])('%s is a secret', (value) => {
    expect(isHighEntropySecret(value)).toBe(true);
  });

  it.each(['hunter2', 'required', 'aaaaaaaaaaaa', '12345678', 'two words here', 'abababababab'])(
    '%s is not',
    (value) => {
      expect(isHighEntropySecret(value)).toBe(false);
    },
  );
});

describe('isPasswordValue', () => {
  it.each(['hunter2hunter2!', 'Summer123456!', 'qwerty123456', 'Tr0ub4dor&3'])(
    '%s is a password someone chose',
    (value) => {
      expect(isPasswordValue(value)).toBe(true);
    },
  );

  it.each([
    'required',
    'my-password',
    'changeme',
    'Password',
    '${DB_PASSWORD}',
    'os.environ["DB_PASSWORD"]',
    '12345678',
    'short1!',
  ])('%s is not', (value) => {
    expect(isPasswordValue(value)).toBe(false);
  });
});

describe('environment reads are references', () => {
  it.each([
    'os.environ["API_KEY"]',
    "os.environ.get('API_KEY')",
    'process.env.API_KEY',
    'process.env["API_KEY"]',
    'ENV["API_KEY"]',
    'ENV.fetch("API_KEY")',
    'getenv("API_KEY")',
    'System.getenv("API_KEY")',
  ])('%s', (value) => {
    expect(isReference(value)).toBe(true);
  });

  it.each(['${API_KEY}', '$API_KEY', '$env:API_KEY', '{{ secrets.API_KEY }}', '%API_KEY%'])(
    '%s is a placeholder',
    (value) => {
      expect(isPlaceholder(value)).toBe(true);
    },
  );
});

describe('hasCountingRun', () => {
  it.each([
    ['abcdef.0123456789abcdef', true],
    ['x012345y', true],
    ['abcdeg', false],
    ['a1b2c3d4e5f6', false],
  ])('%s: %s', (value, expected) => {
    expect(hasCountingRun(value)).toBe(expected);
  });
});
