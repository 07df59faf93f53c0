import type { FakeSecrets } from '../fakeSecrets';

/** Text that looks like a secret to a careless rule but is not one. */
export interface InnocentSample {
  name: string;
  lines: string[];
}

const base64 = (text: string): string => Buffer.from(text).toString('base64');
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const x = (n: number): string => 'x'.repeat(n);

const families: [string, (f: FakeSecrets) => string[]][] = [
  // Identifiers and digests.
  ['a UUID', (f) => [`id: ${f.uuid()}`, `request_id=${f.uuid()}`]],
  ['a UUID under a key id', (f) => [`api_key_id: ${f.uuid()}`]],
  ['a git SHA', (f) => [`Fixed in ${f.hex(40)}.`, `commit: ${f.hex(40)}`]],
  ['long hex', (f) => [`sha256: ${f.hex(64)}`, `checksum=${f.hex(128)}`]],
  ['a container digest', (f) => [`image: nginx@sha256:${f.hex(64)}`]],
  ['a Git LFS pointer', (f) => ['version https://git-lfs.github.com/spec/v1', `oid sha256:${f.hex(64)}`, 'size 48213']],
  ['a lockfile integrity hash', (f) => [`"integrity": "sha512-${f.random(86, B64)}==",`]],
  ['a kubeadm discovery hash', (f) => [`--discovery-token-ca-cert-hash sha256:${f.hex(64)}`]],
  ['hashed asset names', (f) => [`<script src="/assets/index.${f.hex(16)}.js"></script>`, `main12.${f.hex(16)}.css`]],
  // Encoded content and public material.
  ['a base64 image', (f) => [`![diagram](data:image/png;base64,${f.random(600, B64)}=)`]],
  ['an SSH public key', (f) => [`ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${f.random(43)} me@laptop`]],
  ['an RSA authorized key', (f) => [`ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ${f.random(300, B64)} deploy@ci`]],
  ['an age recipient', (f) => [`recipient: ${f.agePublicKey()}`]],
  ['a certificate', (f) => f.pem('CERTIFICATE', 6)],
  ['a public key block', (f) => f.pem('PUBLIC KEY', 3)],
  ['an RSA public key block', (f) => f.pem('RSA PUBLIC KEY', 3)],
  [
    'a PGP public key block',
    (f) => ['-----BEGIN PGP PUBLIC KEY BLOCK-----', '', ...f.pemBody(5), '-----END PGP PUBLIC KEY BLOCK-----'],
  ],
  [
    'a kubeconfig certificate',
    (f) => [
      `    certificate-authority-data: ${base64(f.pem('CERTIFICATE', 6).join('\n'))}`,
      `    client-certificate-data: ${base64(f.pem('CERTIFICATE', 5).join('\n'))}`,
    ],
  ],
  [
    'a key block in documentation',
    () => ['-----BEGIN OPENSSH PRIVATE KEY-----', '...', '-----END OPENSSH PRIVATE KEY-----'],
  ],
  [
    'a PuTTY public key export',
    (f) => [
      '---- BEGIN SSH2 PUBLIC KEY ----',
      `Comment: "rsa-key-${f.random(8, '0123456789')}"`,
      f.random(64, B64),
      '---- END SSH2 PUBLIC KEY ----',
    ],
  ],
  // Placeholders.
  [
    'angle-bracket placeholders',
    () => ['token: <your-token>', 'API_KEY=<api-key>', 'AccountKey=<storage-account-key>'],
  ],
  [
    'changeme and friends',
    () => ['password: changeme', 'DB_PASSWORD=change-me', 'secret: REDACTED', 'api_key: your_api_key_here'],
  ],
  ['runs of x', () => [`API_KEY=${x(32)}`, `GITHUB_TOKEN=ghp_${x(36)}`, `SENDGRID_API_KEY=${'S'}G.${x(22)}.${x(43)}`]],
  ['starred values', () => ['password: ********', 'token: "****************"']],
  ['an age key placeholder', () => [`${['AGE', 'SECRET', 'KEY', '1'].join('-')}${'Q'.repeat(58)}`]],
  [
    'documented token shapes',
    () => [
      'VAULT_TOKEN=hvs.XXXXXXXXXXXXXXXXXXXXXXXX',
      `DIGITALOCEAN_TOKEN=dop_v1_${'0'.repeat(64)}`,
      'SLACK_TOKEN=xoxb-your-token-here',
    ],
  ],
  [
    'the kubeadm example token',
    () => [`kubeadm join 10.0.0.5:6443 --token ${['abcdef', '0123456789abcdef'].join('.')}`],
  ],
  [
    'URL credential placeholders',
    () => [
      'postgres://user:password@localhost:5432/app',
      'DATABASE_URL=postgres://app:${DB_PASSWORD}@db/app',
      'mysql://root:$MYSQL_PWD@db/',
      'redis://:<password>@cache:6379',
    ],
  ],
  [
    'URLs without a password',
    () => [
      'https://user@git.example.net/repo.git',
      'ssh://git@git.example.net:2222/repo.git',
      'git@github.com:owner/repo.git',
      'http://[2001:db8::1]:8080/health',
      'https://host.example.net:8443/@alice',
    ],
  ],
  [
    '.netrc placeholders',
    () => ['machine api.example.net login me password <password>', 'machine x login y password $NETRC_PASSWORD'],
  ],
  [
    'the AWS documentation keys',
    () => [
      `aws_access_key_id = AKIA${'IOSFODNN7'}EXAMPLE`,
      `aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCY${'EXAMPLEKEY'}`,
    ],
  ],
  // Environment reads and templates.
  [
    'a Python environment read',
    () => ['api_key = os.environ["API_KEY"]', "password = os.environ.get('DB_PASSWORD')", 'token = os.getenv("TOKEN")'],
  ],
  [
    'a Node environment read',
    () => [
      'const token = process.env.GITHUB_TOKEN;',
      '  apiKey: process.env["OPENAI_API_KEY"],',
      'secret: process.env.CONSUMER_SECRET',
    ],
  ],
  ['a Ruby environment read', () => ['api_key = ENV["API_KEY"]', 'password = ENV.fetch("DB_PASSWORD")']],
  [
    'a Java and Go environment read',
    () => ['secret = System.getenv("SECRET")', 'password := os.Getenv("DB_PASSWORD")'],
  ],
  [
    'shell variables',
    () => ['PASSWORD=$DB_PASSWORD', 'TOKEN="${GITHUB_TOKEN}"', 'export API_KEY="$(pass show api/key)"'],
  ],
  [
    'CI and template secrets',
    () => [
      'token: ${{ secrets.GITHUB_TOKEN }}',
      'password: "{{ secrets.DB_PASSWORD }}"',
      'admin_password: "{{ vault_admin_password }}"',
    ],
  ],
  [
    'PowerShell and Windows variables',
    () => ['$apiKey = $env:API_KEY', 'set PASSWORD=%DB_PASSWORD%', 'api_key: $env:API_KEY'],
  ],
  [
    'compose secrets by file',
    () => [
      'environment:',
      '  POSTGRES_PASSWORD_FILE: /run/secrets/pg_password',
      '  POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:-changeme}',
    ],
  ],
  [
    'secret references',
    () => [
      'password: pass:infra/nas',
      'secret: op://vault/item/password',
      'private_key: ~/.ssh/id_ed25519',
      'token: GITHUB_TOKEN',
      'secret: "[[NAS admin password]]"',
    ],
  ],
  // Prose and code about secrets.
  [
    'prose about passwords',
    () => [
      'Use a password manager.',
      'The password: see the runbook.',
      'password reset links expire after 24 hours',
      'Passwords must be 12 characters.',
    ],
  ],
  [
    'password settings',
    () => [
      'password: required',
      'PASSWORD_MIN_LENGTH=12',
      'password_auth: enabled',
      'password: true',
      'password_hash: argon2id',
    ],
  ],
  [
    'code about tokens',
    () => [
      '    pair.srcToken = collItem;',
      '        password: BinaryLike,',
      '  token: mapping_token,',
      'return next ? "unexpected-token" : "eof";',
    ],
  ],
  [
    'max tokens and token URLs',
    () => [
      'max_tokens: 4096',
      'token_url: https://auth.example.net/oauth/token',
      'secrets: ["[[Forgejo runner token]]"]',
    ],
  ],
  [
    'scikit-learn and slugs',
    () => [
      'Install scikit-learn (sk-learn).',
      'https://news.example.net/2026/11/sk-Hynix-memory-prices-rise-again-this-quarter',
    ],
  ],
  ['a Stripe test key', (f) => [`STRIPE=sk_test_${f.random(24)}`]],
  ['a bearer variable', () => ['curl -H "Authorization: Bearer $TOKEN" https://api.example.net']],
  [
    'dotted hostnames and versions',
    () => [
      'host: backup.storagecluster01',
      'version 10.4.2-beta.1',
      'pool.ntp.org, time.cloudflare.com',
      'node01.k8s.example.net',
    ],
  ],
  ['a sops value', (f) => [`password: ENC[AES256_GCM,data:${f.random(24)},iv:${f.random(16)},type:str]`]],
  [
    'minified settings JSON',
    (f) => [`{"id":"${f.uuid()}","commit":"${f.hex(40)}","token":"","tokenUrl":"https://x.example.net"}`],
  ],
];

/** Every innocent family, made fresh from `fake`. */
export function innocentSamples(fake: FakeSecrets): InnocentSample[] {
  return families.map(([name, make]) => ({ name, lines: make(fake) }));
}
