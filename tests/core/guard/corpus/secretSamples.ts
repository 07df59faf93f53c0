import type { GuardRule } from '../../../../src/core/guard/Finding';
import type { FakeSecrets } from '../fakeSecrets';

/** One family of secret as people write it: the lines, which of them holds it, and the rule that must fire. */
export interface SecretSample {
  name: string;
  rule: GuardRule;
  lines: string[];
  /** 0-based index in `lines` of the line the finding must name. */
  at: number;
  /** Only where the file starts with it (frontmatter): the layouts that wrap lines do not apply. */
  fileStart?: boolean;
}

type Make = (f: FakeSecrets) => Omit<SecretSample, 'name' | 'rule'>;

const one = (line: string): Omit<SecretSample, 'name' | 'rule'> => ({ lines: [line], at: 0 });
const base64 = (text: string): string => Buffer.from(text).toString('base64');

const families: [string, GuardRule, Make][] = [
  ['GitHub classic token', 'github-token', (f) => one(`GITHUB_TOKEN=${f.githubClassic()}`)],
  ['GitHub fine-grained token', 'github-token', (f) => one(`Runner uses ${f.githubFineGrained()} to clone.`)],
  ['GitHub app token', 'github-token', (f) => one(`installation token: ghs_${f.random(36)}`)],
  [
    'GitLab token',
    'gitlab-token',
    (f) => one(`git remote set-url origin https://oauth2@gitlab.example.net # ${f.gitlab()}`),
  ],
  ['Slack bot token', 'slack-token', (f) => one(`slack_bot: ${f.slackBot()}`)],
  ['Slack refresh token', 'slack-token', (f) => one(`refresh: ${f.slackRefresh()}`)],
  ['Slack rotating access token', 'slack-token', (f) => one(`"access": "${f.slackRotatingAccess()}"`)],
  ['Slack webhook', 'slack-webhook', (f) => one(`Alerts: ${f.slackWebhook()}`)],
  ['Discord webhook', 'discord-webhook', (f) => one(`notify: "${f.discordWebhook()}"`)],
  ['AWS access key id', 'aws-access-key-id', (f) => one(`aws_access_key_id = ${f.awsAccessKeyId()}`)],
  ['AWS secret access key', 'aws-secret-access-key', (f) => one(`aws_secret_access_key = ${f.awsSecretAccessKey()}`)],
  ['Google API key', 'google-api-key', (f) => one(`maps: ${f.googleApiKey()}`)],
  ['Stripe live key', 'stripe-live-key', (f) => one(`STRIPE=${f.stripeLive()}`)],
  ['OpenAI key', 'openai-api-key', (f) => one(`OPENAI=${f.openAi()}`)],
  ['JWT', 'jwt', (f) => one(`session: ${f.jwt()}`)],
  ['npm token', 'npm-token', (f) => one(`publish with ${f.npm()}`)],
  ['npmrc auth token', 'npm-token', (f) => one(`//registry.npmjs.org/:_authToken=${f.random(36)}`)],
  ['Telegram bot token', 'telegram-bot-token', (f) => one(`bot: ${f.telegramBot()}`)],
  ['bearer token', 'bearer-token', (f) => one(`curl -H 'Authorization: Bearer ${f.bearer()}' https://api.example.net`)],
  ['random password in YAML', 'secret-assignment', (f) => one(`admin_password: '${f.password()}'`)],
  ['random API key in env', 'secret-assignment', (f) => one(`export API_KEY=${f.random(32)}`)],
  ['weak password in .env', 'secret-assignment', (f) => one(`DB_PASSWORD=${f.weakPassword()}`)],
  [
    'weak password in compose',
    'secret-assignment',
    (f) => ({ lines: ['environment:', `  POSTGRES_PASSWORD: ${f.weakPassword()}`], at: 1 }),
  ],
  [
    'weak password in a compose list',
    'secret-assignment',
    (f) => ({ lines: ['environment:', `  - MYSQL_ROOT_PASS=${f.weakPassword()}`], at: 1 }),
  ],
  ['OpenSSH private key', 'private-key', (f) => ({ lines: f.pem('OPENSSH PRIVATE KEY'), at: 0 })],
  ['RSA private key', 'private-key', (f) => ({ lines: f.pem('RSA PRIVATE KEY'), at: 0 })],
  ['PKCS#8 private key', 'private-key', (f) => ({ lines: f.pem('PRIVATE KEY'), at: 0 })],
  ['encrypted private key', 'private-key', (f) => ({ lines: f.pem('ENCRYPTED PRIVATE KEY'), at: 0 })],
  ['EC private key', 'private-key', (f) => ({ lines: f.pem('EC PRIVATE KEY', 2), at: 0 })],
  [
    'PGP private key',
    'private-key',
    (f) => ({
      lines: ['-----BEGIN PGP PRIVATE KEY BLOCK-----', '', ...f.pemBody(5), '-----END PGP PRIVATE KEY BLOCK-----'],
      at: 0,
    }),
  ],
  [
    'service-account JSON key',
    'private-key',
    (f) => one(`{"type": "service_account", "private_key": "${f.pem('PRIVATE KEY', 2).join('\\n')}\\n"}`),
  ],
  [
    'kubeconfig client key',
    'private-key',
    (f) => ({
      lines: [
        'users:',
        '- name: admin',
        '  user:',
        `    client-key-data: ${base64(f.pem('RSA PRIVATE KEY', 6).join('\n'))}`,
      ],
      at: 3,
    }),
  ],
  ['PuTTY private key', 'private-key', (f) => ({ lines: f.puttyKeyLines(), at: 0 })],
  [
    'age secret key',
    'age-secret-key',
    (f) => ({
      lines: ['# created: 2026-11-28T10:00:00Z', `# public key: ${f.agePublicKey()}`, f.ageSecretKey()],
      at: 2,
    }),
  ],
  [
    'kubeadm bootstrap token',
    'kubernetes-bootstrap-token',
    (f) =>
      one(`kubeadm join 10.0.0.5:6443 --token ${f.kubeadmToken()} --discovery-token-ca-cert-hash sha256:${f.hex(64)}`),
  ],
  ['SendGrid key', 'sendgrid-api-key', (f) => one(`SENDGRID=${f.sendgrid()}`)],
  ['DigitalOcean personal token', 'digitalocean-token', (f) => one(`doctl auth init -t ${f.digitalOcean('p')}`)],
  ['DigitalOcean OAuth token', 'digitalocean-token', (f) => one(`oauth: ${f.digitalOcean('o')}`)],
  ['DigitalOcean refresh token', 'digitalocean-token', (f) => one(`refresh ${f.digitalOcean('r')}`)],
  [
    'Azure storage connection string',
    'azure-account-key',
    (f) =>
      one(
        `AZURE_STORAGE=DefaultEndpointsProtocol=https;AccountName=backups;AccountKey=${f.azureAccountKey()};EndpointSuffix=core.windows.net`,
      ),
  ],
  ['Vault token', 'vault-token', (f) => one(`vault login ${f.vault()}`)],
  [
    'Postgres URL with a password',
    'url-credentials',
    (f) => one(`DATABASE_URL=postgres://app:${f.random(18)}@db.internal:5432/app`),
  ],
  ['Redis URL with a password only', 'url-credentials', (f) => one(`cache: redis://:${f.weakPassword()}@cache:6379/0`)],
  [
    'MongoDB SRV URL',
    'url-credentials',
    (f) => one(`[Atlas](mongodb+srv://backup:${f.random(16)}@cluster0.example.net/admin)`),
  ],
  ['.netrc on one line', 'netrc-password', (f) => one(`machine api.example.net login deploy password ${f.random(24)}`)],
  [
    '.netrc over lines',
    'netrc-password',
    (f) => ({ lines: ['machine git.example.net', '  login deploy', `  password ${f.weakPassword()}`], at: 2 }),
  ],
  [
    'value on a secret item',
    'secret-item-value',
    (f) => ({
      lines: ['---', 'stack: secret', 'store: pass', `value: ${f.password()}`, '---'],
      at: 3,
      fileStart: true,
    }),
  ],
];

/** Every secret family, made fresh from `fake`: a new value for each call. */
export function secretSamples(fake: FakeSecrets): SecretSample[] {
  return families.map(([name, rule, make]) => ({ name, rule, ...make(fake) }));
}
