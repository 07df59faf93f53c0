import { describe, expect, it } from '@jest/globals';
import { scanForSecrets } from '../../../src/core/guard/scanForSecrets';
import { FakeSecrets, note, textFile } from './fakeSecrets';

const fake = new FakeSecrets(7);

/** Lines that look a little like secrets but are not; none may produce a finding. */
const nearMisses: [string, string][] = [
  ['a commit SHA', `Fixed in commit ${fake.hex(40)}.`],
  ['a commit SHA under a key', `commit: ${fake.hex(40)}`],
  ['a UUID under an id key', `id: ${fake.uuid()}`],
  [
    'a lockfile integrity hash',
    `      "integrity": "sha512-${fake.random(86, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/')}==",`,
  ],
  ['a lockfile resolved URL', '      "resolved": "https://registry.npmjs.org/yaml/-/yaml-2.9.1.tgz",'],
  ['a sha256 checksum', `sha256: ${fake.hex(64)}`],
  [
    'a base64 image in markdown',
    `![diagram](data:image/png;base64,${fake.random(400, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')}AIza${fake.random(35)}=)`,
  ],
  ['a placeholder password', 'password: changeme'],
  ['an angle-bracket placeholder', 'token: <your-token>'],
  ['an env reference', 'DB_PASSWORD=${POSTGRES_PASSWORD}'],
  ['a jinja template', 'admin_password: "{{ vault_admin_password }}"'],
  ['an example value', 'api_key: example-api-key-123'],
  ['a pass reference', 'password: pass:infra/nas'],
  ['a 1Password reference', 'secret: op://vault/item/password'],
  ['a file path', 'private_key: ~/.ssh/id_ed25519'],
  ['an env var name', 'token: GITHUB_TOKEN'],
  ['a wikilink', 'secret: "[[NAS admin password]]"'],
  ['a short English word', 'password: required'],
  ['a number', 'token: 4096'],
  ['a plural key with links', 'secrets: ["[[Forgejo runner token]]"]'],
  ['a max_tokens setting', `max_tokens: 4096`],
  ['a token URL', 'token_url: https://auth.example.net/oauth/token'],
  ['prose about passwords', 'Rotate the password: see the runbook for the steps.'],
  ['a sops-encrypted value', `password: ENC[AES256_GCM,data:${fake.random(24)},iv:${fake.random(16)},type:str]`],
  ['a GitHub token placeholder', 'GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  ['the AWS documentation key id', 'aws_access_key_id = AKIAIOSFODNN7EXAMPLE'],
  ['the AWS documentation secret', 'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'],
  ['a bearer variable', 'curl -H "Authorization: Bearer $TOKEN" https://api.example.net'],
  ['a documented bearer placeholder', 'Authorization: Bearer YOUR_ACCESS_TOKEN_GOES_HERE'],
  ['a public key', `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${fake.random(43)} me@laptop`],
  ['the word sk- in prose', 'Install scikit-learn (sk-learn) for the notebook.'],
  [
    'an article URL whose slug starts with sk-',
    'https://news.example.net/2026/11/sk-Hynix-memory-prices-rise-again-this-quarter',
  ],
  ['a Stripe test key', `STRIPE=sk_test_${fake.random(24)}`],
  ['a YAML key without a space', 'password:hunter2isnotyaml'],
  ['a block scalar header', 'private_key: |'],
  ['an env lookup in code', '  secret: process.env.CONSUMER_SECRET'],
  ['a variable assignment in a code block', '    pair.srcToken = collItem;'],
  ['a type annotation', '        password: BinaryLike,'],
  ['an object field holding a variable', '  token: mapping_token,'],
  [
    'minified JSON without secrets',
    `{"id":"${fake.uuid()}","commit":"${fake.hex(40)}","token":"","tokenUrl":"https://x.example.net"}`,
  ],
  ['a ternary of quoted strings', 'return report(next ? "unexpected-token" : "unterminated-inline-table");'],
  ['a multi-line call', '      targetToken = ctx.nextToken({'],
  ['a JavaScript assignment without a semicolon', '      previousItemToken = tokenAfterItem'],
  ['an os.getenv call', 'api_key = os.getenv("OPENWEATHER_KEY")'],
];

describe('scanForSecrets near-misses', () => {
  it.each(nearMisses)('does not report %s', (_name, line) => {
    const text = note(['stack: service', 'url: https://paperless.home.example.net'], ['# Paperless', '', line, '']);

    expect(scanForSecrets([textFile('Infra/Paperless.md', text)], { allowlist: [] })).toEqual([]);
  });

  it('does not report a key block that is only documentation', () => {
    const text = note(null, [
      'Paste the key:',
      '```',
      '-----BEGIN OPENSSH PRIVATE KEY-----',
      '...',
      '-----END OPENSSH PRIVATE KEY-----',
      '```',
    ]);

    expect(scanForSecrets([textFile('How to/SSH.md', text)], { allowlist: [] })).toEqual([]);
  });

  it('does not report a public key block', () => {
    const text = note(null, ['-----BEGIN PUBLIC KEY-----', ...fake.pemBody(3), '-----END PUBLIC KEY-----']);

    expect(scanForSecrets([textFile('pub.md', text)], { allowlist: [] })).toEqual([]);
  });

  it('does not report value fields on items that are not secrets', () => {
    const text = note(['stack: kind', 'name: reading', 'fields:', '  value: number', '  token: string'], []);

    expect(scanForSecrets([textFile('Kinds/reading.md', text)], { allowlist: [] })).toEqual([]);
  });
});
