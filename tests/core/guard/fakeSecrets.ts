import { mulberry32 } from '../../../bench/random';

/**
 * Generates fake secrets in real formats for guard tests: random from a seeded generator, never
 * real credentials. Each call advances the generator, so every secret in a test is distinct.
 */
export class FakeSecrets {
  /** mulberry32: small, fast and deterministic. */
  private readonly next: () => number;

  constructor(seed = 20261128) {
    this.next = mulberry32(seed);
  }

  /** A random string of `length` characters from `alphabet`. */
  random(length: number, alphabet = ALNUM): string {
    let out = '';
    for (let i = 0; i < length; i++) out += alphabet[Math.floor(this.next() * alphabet.length)];
    return out;
  }

  githubClassic(): string {
    return `ghp_${this.random(36)}`;
  }
  githubFineGrained(): string {
    return `github_pat_${this.random(22)}_${this.random(59)}`;
  }
  gitlab(): string {
    return `glpat-${this.random(20, `${ALNUM}_-`)}`;
  }
  slackBot(): string {
    return `xoxb-${this.random(11, DIGITS)}-${this.random(13, DIGITS)}-${this.random(24)}`;
  }
  slackWebhook(): string {
    return `https://hooks.slack.com/services/T${this.random(8, UPPER_DIGITS)}/B${this.random(8, UPPER_DIGITS)}/${this.random(24)}`;
  }
  discordWebhook(): string {
    return `https://discord.com/api/webhooks/${this.random(18, DIGITS)}/${this.random(68, `${ALNUM}_-`)}`;
  }
  awsAccessKeyId(): string {
    return `AKIA${this.random(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}`;
  }
  awsSecretAccessKey(): string {
    return this.random(40, `${ALNUM}/+`);
  }
  googleApiKey(): string {
    return `AIza${this.random(35, `${ALNUM}_-`)}`;
  }
  stripeLive(): string {
    return `sk_live_${this.random(24)}`;
  }
  openAi(): string {
    return `sk-proj-${this.random(48, `${ALNUM}_-`)}`;
  }
  jwt(): string {
    const b64 = (json: string): string => Buffer.from(json).toString('base64url');
    return `${b64('{"alg":"HS256","typ":"JWT"}')}.${b64(`{"sub":"${this.random(10, DIGITS)}","name":"svc"}`)}.${this.random(43, `${ALNUM}_-`)}`;
  }
  npm(): string {
    return `npm_${this.random(36)}`;
  }
  telegramBot(): string {
    return `${this.random(10, DIGITS)}:AA${this.random(33, `${ALNUM}_-`)}`;
  }
  bearer(): string {
    return this.random(40, `${ALNUM}_-`);
  }
  password(): string {
    return this.random(20, `${ALNUM}!@#%^&*`);
  }
  /** Base64 lines like the body of a PEM block. */
  pemBody(lines: number): string[] {
    return Array.from({ length: lines }, () => this.random(64, `${ALNUM}+/`));
  }
  hex(length: number): string {
    return this.random(length, '0123456789abcdef');
  }
  uuid(): string {
    const h = this.hex(32);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20)}`;
  }
  /** An age identity: the prefix in parts, so no literal key shape sits in the source. */
  ageSecretKey(): string {
    return `${['AGE', 'SECRET', 'KEY', '1'].join('-')}${this.random(58, BECH32.toUpperCase())}`;
  }
  /** An age recipient (a public key). */
  agePublicKey(): string {
    return `age1${this.random(58, BECH32)}`;
  }
  /** A kubeadm bootstrap token whose second part starts with a letter and holds a digit. */
  kubeadmToken(): string {
    const second = `${this.random(1, 'abcdefghijklmnopqrstuvwxyz')}${this.random(14, LOWER_DIGITS)}${this.random(1, DIGITS)}`;
    return `${this.random(6, LOWER_DIGITS)}.${second}`;
  }
  slackRefresh(): string {
    return `xoxe-1-${this.random(146, UPPER_DIGITS)}`;
  }
  slackRotatingAccess(): string {
    return `xoxe.xoxp-1-${this.random(164, UPPER_DIGITS)}`;
  }
  sendgrid(): string {
    return `${'S'}G.${this.random(22, `${ALNUM}_-`)}.${this.random(43, `${ALNUM}_-`)}`;
  }
  /** A DigitalOcean token of kind `p` (personal), `o` (OAuth) or `r` (refresh). */
  digitalOcean(kind: 'p' | 'o' | 'r'): string {
    return `do${kind}_v1_${this.hex(64)}`;
  }
  azureAccountKey(): string {
    return `${this.random(86, `${ALNUM}+/`)}==`;
  }
  vault(): string {
    return `hv${'s'}.${this.random(92, `${ALNUM}_-`)}`;
  }
  /** A weak password a person chose: `hunter2hunter2!`, never random. */
  weakPassword(): string {
    const word = WORDS[Math.floor(this.next() * WORDS.length)];
    const digits = this.random(1 + Math.floor(this.next() * 3), DIGITS);
    return `${word}${digits}${word}${digits}${this.random(1, '!?#')}`;
  }
  /** The lines of a PuTTY `.ppk` file (format 3, unencrypted) with random key material. */
  puttyKeyLines(): string[] {
    return [
      `PuTTY-User-Key-File-3: ssh-ed25519`,
      'Encryption: none',
      `Comment: ed25519-key-${this.random(8, DIGITS)}`,
      'Public-Lines: 2',
      this.random(64, `${ALNUM}+/`),
      `${this.random(4, `${ALNUM}+/`)}`,
      'Private-Lines: 1',
      this.random(44, `${ALNUM}+/`),
      `Private-MAC: ${this.hex(64)}`,
    ];
  }
  /** A PEM block of `type` (`OPENSSH PRIVATE KEY`, `CERTIFICATE`, …) with a random body. */
  pem(type: string, lines = 4): string[] {
    return [`-----BEGIN ${type}-----`, ...this.pemBody(lines), `-----END ${type}-----`];
  }
}

const BECH32 = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const LOWER_DIGITS = 'abcdefghijklmnopqrstuvwxyz0123456789';
const WORDS = [
  'hunter',
  'summer',
  'dragon',
  'monkey',
  'shadow',
  'sunshine',
  'letmein',
  'football',
  'princess',
  'baseball',
];

const DIGITS = '0123456789';
const UPPER_DIGITS = `ABCDEFGHIJKLMNOPQRSTUVWXYZ${DIGITS}`;
const ALNUM = `abcdefghijklmnopqrstuvwxyz${UPPER_DIGITS}`;

/** Builds a note: optional frontmatter lines, then body lines. Returns the text and the line of each body line. */
export function note(frontmatter: string[] | null, body: string[]): string {
  const head = frontmatter === null ? [] : ['---', ...frontmatter, '---'];
  return [...head, ...body].join('\n') + '\n';
}

/** A file for the guard from text, as UTF-8 bytes. */
export function textFile(path: string, text: string): { path: string; bytes: Uint8Array } {
  return { path, bytes: new TextEncoder().encode(text) };
}
