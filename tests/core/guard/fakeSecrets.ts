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
    return `AKIA${this.random(16, UPPER_DIGITS)}`;
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

}

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
