import { describe, expect, it } from '@jest/globals';
import { formatFinding, type GuardRule } from '../../../src/core/guard/Finding';
import { scanForSecrets } from '../../../src/core/guard/scanForSecrets';
import { FakeSecrets, note, textFile } from './fakeSecrets';

const fake = new FakeSecrets();

interface Case {
  name: string;
  rule: GuardRule;
  label: RegExp;
  secret: string;
  path: string;
  text: string;
  line: number;
}

/** A service note with the secret on fourth body line, line 9 (frontmatter takes lines 1–5). */
function inServiceNote(
  name: string,
  rule: GuardRule,
  label: RegExp,
  secret: string,
  lineText: (s: string) => string,
): Case {
  const text = note(
    ['stack: service', 'url: https://git.home.example.net', 'deploy: compose'],
    ['# Forgejo', '', 'Notes from the last upgrade:', lineText(secret), ''],
  );
  return { name, rule, label, secret, path: 'Infra/Forgejo.md', text, line: 9 };
}

const aws = fake.awsSecretAccessKey();
const cases: Case[] = [
  inServiceNote(
    'an AWS access key id',
    'aws-access-key-id',
    /AWS access key id/,
    fake.awsAccessKeyId(),
    (s) => `aws_access_key_id = ${s}`,
  ),
  inServiceNote(
    'an AWS secret key in context',
    'aws-secret-access-key',
    /AWS secret access key/,
    aws,
    (s) => `aws_secret_access_key = ${s}`,
  ),
  inServiceNote(
    'a classic GitHub token',
    'github-token',
    /GitHub personal access token/,
    fake.githubClassic(),
    (s) => `- runner registration: ${s}`,
  ),
  inServiceNote(
    'a fine-grained GitHub token',
    'github-token',
    /GitHub fine-grained personal access token/,
    fake.githubFineGrained(),
    (s) => `GH_PAT=${s}`,
  ),
  inServiceNote(
    'a GitHub app token',
    'github-token',
    /GitHub OAuth or app token/,
    `ghs_${fake.random(36)}`,
    (s) => `installation token ${s}`,
  ),
  inServiceNote('a GitLab token', 'gitlab-token', /GitLab/, fake.gitlab(), (s) => `Mirror uses \`${s}\` to pull.`),
  inServiceNote('a Slack bot token', 'slack-token', /Slack token/, fake.slackBot(), (s) => `slack: ${s}`),
  inServiceNote(
    'a Slack webhook',
    'slack-webhook',
    /Slack webhook/,
    fake.slackWebhook(),
    (s) => `Alerts go to ${s} (ops channel)`,
  ),
  inServiceNote(
    'a Discord webhook',
    'discord-webhook',
    /Discord webhook/,
    fake.discordWebhook(),
    (s) => `notify: "${s}"`,
  ),
  inServiceNote('a Google API key', 'google-api-key', /Google API key/, fake.googleApiKey(), (s) => `maps key ${s}`),
  inServiceNote('a Stripe live key', 'stripe-live-key', /Stripe/, fake.stripeLive(), (s) => `STRIPE=${s}`),
  inServiceNote('an OpenAI-style key', 'openai-api-key', /OpenAI-style API key/, fake.openAi(), (s) => `OPENAI=${s}`),
  inServiceNote('a JWT', 'jwt', /JSON web token/, fake.jwt(), (s) => `session cookie was ${s}`),
  inServiceNote('an npm token', 'npm-token', /npm access token/, fake.npm(), (s) => `publish with ${s}`),
  inServiceNote(
    'an npmrc auth token',
    'npm-token',
    /npmrc/,
    fake.random(36),
    (s) => `//registry.npmjs.org/:_authToken=${s}`,
  ),
  inServiceNote(
    'a Telegram bot token',
    'telegram-bot-token',
    /Telegram bot token/,
    fake.telegramBot(),
    (s) => `bot: ${s}`,
  ),
  inServiceNote(
    'a bearer token in a curl line',
    'bearer-token',
    /bearer token/,
    fake.bearer(),
    (s) => `curl -H "Authorization: Bearer ${s}" https://api.example.net`,
  ),
  inServiceNote(
    'a password in YAML',
    'secret-assignment',
    /`admin_password`/,
    fake.password(),
    (s) => `admin_password: "${s}"`,
  ),
  inServiceNote(
    'an env-style token',
    'secret-assignment',
    /`RESTIC_PASSWORD`/,
    fake.random(32),
    (s) => `export RESTIC_PASSWORD=${s}`,
  ),
  inServiceNote(
    'a camelCase client secret in JSON',
    'secret-assignment',
    /`clientSecret`/,
    fake.random(30),
    (s) => `  "clientSecret": "${s}",`,
  ),
  inServiceNote(
    'a letters-only passphrase in YAML',
    'secret-assignment',
    /`password`/,
    'CorrectHorseBatteryStaple',
    (s) => `password: ${s}`,
  ),
  inServiceNote('an INI password', 'secret-assignment', /`pass`|`password`/, fake.random(24), (s) => `password = ${s}`),
  inServiceNote(
    'a token in minified JSON',
    'secret-assignment',
    /`apiToken`/,
    fake.random(40),
    (s) => `{"enabled":true,"apiToken":"${s}","interval":5}`,
  ),
  inServiceNote('a TOML api key', 'secret-assignment', /`api-key`/, fake.hex(32), (s) => `api-key = '${s}'`),
  inServiceNote(
    'a weak password in .env',
    'secret-assignment',
    /`DB_PASSWORD`/,
    fake.weakPassword(),
    (s) => `DB_PASSWORD=${s}`,
  ),
  inServiceNote('an age secret key', 'age-secret-key', /age secret key/, fake.ageSecretKey(), (s) => s),
  inServiceNote(
    'a kubeadm bootstrap token',
    'kubernetes-bootstrap-token',
    /Kubernetes bootstrap token/,
    fake.kubeadmToken(),
    (s) => `kubeadm join 10.0.0.5:6443 --token ${s}`,
  ),
  inServiceNote('a Slack refresh token', 'slack-token', /Slack token/, fake.slackRefresh(), (s) => `refresh: ${s}`),
  inServiceNote('a SendGrid key', 'sendgrid-api-key', /SendGrid API key/, fake.sendgrid(), (s) => `SENDGRID=${s}`),
  inServiceNote(
    'a DigitalOcean token',
    'digitalocean-token',
    /DigitalOcean token/,
    fake.digitalOcean('r'),
    (s) => `refresh ${s}`,
  ),
  inServiceNote(
    'an Azure account key',
    'azure-account-key',
    /Azure account key/,
    fake.azureAccountKey(),
    (s) => `AccountName=x;AccountKey=${s};EndpointSuffix=core.windows.net`,
  ),
  inServiceNote('a Vault token', 'vault-token', /HashiCorp Vault token/, fake.vault(), (s) => `vault login ${s}`),
  inServiceNote(
    'a password in a database URL',
    'url-credentials',
    /password in a URL/,
    fake.random(20),
    (s) => `DATABASE_URL=postgres://app:${s}@db:5432/app`,
  ),
  inServiceNote(
    'a .netrc password',
    'netrc-password',
    /\.netrc password/,
    fake.random(20),
    (s) => `machine api.example.net login me password ${s}`,
  ),
];

describe('scanForSecrets finds every rule', () => {
  it.each(cases.map((c) => [c.name, c] as const))('reports %s with its line and a masked reason', (_name, c) => {
    const findings = scanForSecrets([textFile(c.path, c.text)], { allowlist: [] });

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ path: c.path, line: c.line, rule: c.rule });
    expect(findings[0].reason).toMatch(c.label);
    expect(findings[0].reason).toContain(`(${c.secret.length} characters)`);
    expect(findings[0].reason).not.toContain(c.secret.slice(-12));
  });

  it('finds a key in frontmatter as well as in the body', () => {
    const token = fake.random(40);
    const text = note(['stack: service', `api_key: ${token}`], ['# Paperless']);

    const findings = scanForSecrets([textFile('Paperless.md', text)], { allowlist: [] });

    expect(findings).toEqual([expect.objectContaining({ line: 3, rule: 'secret-assignment' })]);
  });

  it('formats a finding as path, line and reason without the secret', () => {
    const token = fake.githubClassic();
    const text = note(null, ['a', 'b', 'c', 'd', 'e', 'f', `GITHUB_TOKEN=${token}`]);

    const [finding] = scanForSecrets([textFile('Notes/CI.md', text)], { allowlist: [] });

    expect(formatFinding(finding)).toBe('Notes/CI.md:7: GitHub personal access token ghp_… (40 characters)');
  });

  it('reports one finding per secret when a line holds two', () => {
    const text = note(null, [`keys: ${fake.awsAccessKeyId()} and ${fake.googleApiKey()}`]);

    const findings = scanForSecrets([textFile('a.md', text)], { allowlist: [] });

    expect(findings.map((f) => f.rule)).toEqual(['aws-access-key-id', 'google-api-key']);
  });

  it('names a JWT sent as a bearer token once, as a JWT', () => {
    const text = note(null, [`Authorization: Bearer ${fake.jwt()}`]);

    const findings = scanForSecrets([textFile('a.md', text)], { allowlist: [] });

    expect(findings.map((f) => f.rule)).toEqual(['jwt']);
  });

  it('counts lines the same with CRLF line endings', () => {
    const text = ['# Title', '', `token: ${fake.random(32)}`].join('\r\n');

    const findings = scanForSecrets([textFile('win.md', text)], { allowlist: [] });

    expect(findings).toEqual([expect.objectContaining({ line: 3 })]);
  });
});

describe('scanForSecrets finds private key blocks', () => {
  it.each([
    ['OpenSSH', 'OPENSSH PRIVATE KEY', /OPENSSH private key block/],
    ['RSA (PEM)', 'RSA PRIVATE KEY', /RSA private key block/],
    ['PKCS#8', 'PRIVATE KEY', /^private key block/],
    ['encrypted PKCS#8', 'ENCRYPTED PRIVATE KEY', /ENCRYPTED private key block/],
    ['EC', 'EC PRIVATE KEY', /EC private key block/],
    ['PGP', 'PGP PRIVATE KEY BLOCK', /PGP private key block/],
  ])('reports an %s key at its BEGIN line', (_name, type, reason) => {
    const body = type.startsWith('PGP') ? ['', ...fake.pemBody(4)] : fake.pemBody(4);
    const text = note(
      ['stack: device', 'os: debian'],
      ['# nas', '```', `-----BEGIN ${type}-----`, ...body, `-----END ${type}-----`, '```'],
    );

    const findings = scanForSecrets([textFile('Devices/nas.md', text)], { allowlist: [] });

    expect(findings).toEqual([
      { path: 'Devices/nas.md', line: 7, rule: 'private-key', reason: expect.stringMatching(reason) },
    ]);
  });

  it.each([
    ['a blockquote', (line: string) => `> ${line}`],
    ['a nested blockquote in a list', (line: string) => `- > > ${line}`],
    ['indented YAML', (line: string) => `    ${line}`],
  ])('reports a key inside %s', (_name, wrap) => {
    const text = note(null, ['# nas', ...fake.pem('OPENSSH PRIVATE KEY').map(wrap)]);

    expect(scanForSecrets([textFile('nas.md', text)], { allowlist: [] })).toEqual([
      expect.objectContaining({ line: 2, rule: 'private-key' }),
    ]);
  });

  it('reports a kubeconfig client key and a PuTTY key file', () => {
    const clientKey = Buffer.from(fake.pem('EC PRIVATE KEY', 2).join('\n')).toString('base64');
    const text = note(null, ['users:', '- user:', `    client-key-data: ${clientKey}`, ...fake.puttyKeyLines()]);

    const findings = scanForSecrets([textFile('kube.md', text)], { allowlist: [] });

    expect(findings).toEqual([
      {
        path: 'kube.md',
        line: 3,
        rule: 'private-key',
        reason: expect.stringMatching(/^base64-encoded private key block … \(\d+ characters\)$/),
      },
      { path: 'kube.md', line: 4, rule: 'private-key', reason: 'PuTTY private key file' },
    ]);
  });

  it('reports a key embedded in a JSON service-account file', () => {
    const json = `{"type": "service_account", "private_key": "-----BEGIN PRIVATE KEY-----\\n${fake.pemBody(1)[0]}\\n-----END PRIVATE KEY-----\\n"}`;

    const findings = scanForSecrets([textFile('gcp.json', json)], { allowlist: [] });

    expect(findings.map((f) => f.rule)).toEqual(['private-key']);
  });
});

describe('scanForSecrets on secret items', () => {
  it.each(['value', 'password', 'secret', 'token'])(
    'reports a `%s` field on a stack: secret note even when it looks harmless',
    (field) => {
      const text = note(['stack: secret', 'store: pass', 'ref: infra/nas', `${field}: changeme`], ['# NAS admin']);

      const findings = scanForSecrets([textFile('Secrets/NAS admin.md', text)], { allowlist: [] });

      expect(findings).toEqual([
        {
          path: 'Secrets/NAS admin.md',
          line: 5,
          rule: 'secret-item-value',
          reason: expect.stringContaining(`\`${field}\` holds a value on a secret item`),
        },
      ]);
    },
  );

  it('reports the field once when its value is also high-entropy, and never echoes it', () => {
    const value = fake.password();
    const text = note(['stack: secret', 'store: env', 'ref: NAS_PASSWORD', `password: "${value}"`], []);

    const findings = scanForSecrets([textFile('s.md', text)], { allowlist: [] });

    expect(findings.map((f) => f.rule)).toEqual(['secret-item-value']);
    expect(findings[0].reason).not.toContain(value);
  });

  it('accepts a secret item that holds only its reference', () => {
    const text = note(
      ['stack: secret', 'store: 1password', 'ref: op://infra/nas-admin/password', 'rotate: 1y', 'used-by: ["[[NAS]]"]'],
      [],
    );

    expect(scanForSecrets([textFile('s.md', text)], { allowlist: [] })).toEqual([]);
  });

  it('ignores an empty value field on a secret item', () => {
    const text = note(['stack: secret', 'store: pass', 'ref: infra/nas', 'value:'], []);

    expect(scanForSecrets([textFile('s.md', text)], { allowlist: [] })).toEqual([]);
  });
});

describe('scanForSecrets allowlist', () => {
  const text = note(null, [`GITHUB_TOKEN=${fake.githubClassic()}`]);

  it.each(['Fixtures/**', 'Fixtures/*.md', 'Fixtures/tokens.md', 'Fixtures', '**/tokens.md'])(
    'skips a file matched by %s',
    (glob) => {
      expect(scanForSecrets([textFile('Fixtures/tokens.md', text)], { allowlist: [glob] })).toEqual([]);
    },
  );

  it.each(['Fixtures/*.txt', 'Fix', 'Other/**', 'tokens.md'])('still scans a file not matched by %s', (glob) => {
    expect(scanForSecrets([textFile('Fixtures/tokens.md', text)], { allowlist: [glob] })).toHaveLength(1);
  });
});
