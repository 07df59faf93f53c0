import type { GuardRule } from './Finding';
import { characterClasses } from './entropy';
import { isPlaceholder } from './placeholders';

/** A secret recognised by its format wherever it appears in a line. */
export interface TokenRule {
  rule: GuardRule;
  /** What the reason calls it: `GitHub personal access token`. */
  label: string;
  /** Global pattern; the secret is capture group 1 when there is one, else the whole match. */
  pattern: RegExp;
  /** How many leading characters of the secret are a public prefix safe to show (`ghp_` = 4). */
  visiblePrefix: number;
  /** Extra check on the secret beyond the pattern. */
  accept?: (secret: string) => boolean;
}

const mixesLettersAndDigits = (s: string): boolean => /[A-Za-z]/.test(s) && /[0-9]/.test(s);

/** Every format rule the guard applies to each line. Order matters only for the message. */
export const TOKEN_RULES: readonly TokenRule[] = [
  {
    rule: 'aws-access-key-id',
    label: 'AWS access key id',
    pattern: /\b((?:AKIA|ASIA|ABIA|ACCA|AIDA|AROA)[A-Z0-9]{16})\b/g,
    visiblePrefix: 4,
  },
  {
    rule: 'aws-secret-access-key',
    label: 'AWS secret access key',
    pattern: /(?:aws_?)?secret_?access_?key["']?\s*[:=]\s*["']?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+])/gi,
    visiblePrefix: 0,
    accept: (s) => characterClasses(s) >= 2,
  },
  {
    rule: 'github-token',
    label: 'GitHub fine-grained personal access token',
    pattern: /\b(github_pat_[A-Za-z0-9_]{50,})\b/g,
    visiblePrefix: 11,
  },
  {
    rule: 'github-token',
    label: 'GitHub personal access token',
    pattern: /\b(ghp_[A-Za-z0-9]{36,})\b/g,
    visiblePrefix: 4,
  },
  {
    rule: 'github-token',
    label: 'GitHub OAuth or app token',
    pattern: /\b(gh[ousr]_[A-Za-z0-9]{36,})\b/g,
    visiblePrefix: 4,
  },
  {
    rule: 'gitlab-token',
    label: 'GitLab personal access token',
    pattern: /\b(glpat-[A-Za-z0-9_-]{20,})/g,
    visiblePrefix: 6,
  },
  {
    rule: 'slack-token',
    label: 'Slack token',
    pattern: /\b(xox[bpras]-[A-Za-z0-9-]{10,})/g,
    visiblePrefix: 5,
    accept: mixesLettersAndDigits,
  },
  {
    rule: 'slack-webhook',
    label: 'Slack webhook URL',
    pattern: /(https:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9]+\/[A-Za-z0-9]+\/[A-Za-z0-9]{16,})/g,
    visiblePrefix: 'https://hooks.slack.com/'.length,
  },
  {
    rule: 'discord-webhook',
    label: 'Discord webhook URL',
    pattern: /(https:\/\/(?:ptb\.|canary\.)?discord(?:app)?\.com\/api\/webhooks\/[0-9]+\/[A-Za-z0-9_-]{30,})/g,
    visiblePrefix: 'https://discord.com/api/webhooks/'.length,
  },
  {
    rule: 'google-api-key',
    label: 'Google API key',
    pattern: /\b(AIza[0-9A-Za-z_-]{35})(?![0-9A-Za-z_-])/g,
    visiblePrefix: 4,
  },
  {
    rule: 'stripe-live-key',
    label: 'Stripe live secret key',
    pattern: /\b((?:sk|rk)_live_[0-9A-Za-z]{16,})\b/g,
    visiblePrefix: 8,
  },
  {
    rule: 'openai-api-key',
    label: 'OpenAI-style API key',
    pattern: /(?<![A-Za-z0-9_-])(sk-(?:proj-|svcacct-|admin-|ant-)?[A-Za-z0-9_-]{32,})/g,
    visiblePrefix: 3,
    // Random keys mix cases or digits; a URL slug such as `/sk-hynix-memory-prices-…` is words.
    accept: (s) => characterClasses(s) >= 3 && !/^sk-(?:[A-Za-z][a-z]*-)*[A-Za-z][a-z]*$/.test(s),
  },
  {
    rule: 'jwt',
    label: 'JSON web token',
    pattern: /\b(eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{16,})/g,
    visiblePrefix: 3,
  },
  {
    rule: 'npm-token',
    label: 'npm access token',
    pattern: /\b(npm_[A-Za-z0-9]{36})\b/g,
    visiblePrefix: 4,
  },
  {
    rule: 'npm-token',
    label: 'npm auth token in .npmrc',
    pattern: /:_auth(?:Token)?\s*=\s*["']?([^\s"'$][^\s"']{15,})/g,
    visiblePrefix: 0,
  },
  {
    rule: 'telegram-bot-token',
    label: 'Telegram bot token',
    pattern: /\b([0-9]{8,10}:AA[A-Za-z0-9_-]{33})(?![A-Za-z0-9_-])/g,
    visiblePrefix: 0,
  },
  {
    rule: 'bearer-token',
    label: 'Authorization bearer token',
    pattern: /authorization["']?\s*[:=]\s*["']?bearer\s+([A-Za-z0-9._~+/=-]{20,})/gi,
    visiblePrefix: 0,
  },
];

/** A format rule's hit in one line. */
export interface TokenMatch {
  rule: TokenRule;
  secret: string;
}

// A cheap pre-check: every rule's pattern contains one of these, so most lines skip all rules.
const TRIGGER = /AKIA|ASIA|ABIA|ACCA|AIDA|AROA|access_?key|github_pat_|gh[pousr]_|glpat-|xox[bpras]-|hooks\.slack|discord|AIza|_live_|sk-|eyJ|npm_|_auth|:AA|authorization/i;

/** Finds every format-recognised secret in one line, skipping placeholders such as `ghp_xxxx…`. */
export function matchTokens(line: string): TokenMatch[] {
  const matches: TokenMatch[] = [];
  if (!TRIGGER.test(line)) return matches;
  for (const rule of TOKEN_RULES) {
    for (const m of line.matchAll(rule.pattern)) {
      const secret = m[1] ?? m[0];
      const body = secret.slice(rule.visiblePrefix);
      if (isPlaceholder(body)) continue;
      if (rule.accept && !rule.accept(secret)) continue;
      matches.push({ rule, secret });
    }
  }
  return matches;
}
