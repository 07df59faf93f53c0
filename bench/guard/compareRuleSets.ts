// Measures recall and false positives of the guard and of two well-kept rule sets on the guard's
// corpus (tests/core/guard/corpus). Neither rule set is a dependency; see docs/guard.md to run it:
//   npm install --no-save @secretlint/core @secretlint/secretlint-rule-preset-recommend
//   python3 -c 'import tomllib,json,sys; json.dump(tomllib.load(open(sys.argv[1],"rb")), open("bench/out/gitleaks.json","w"))' gitleaks.toml
//   npx esbuild bench/guard/compareRuleSets.ts --bundle --platform=node --format=esm --packages=external --outfile=bench/out/compareRuleSets.mjs
//   node bench/out/compareRuleSets.mjs bench/out/gitleaks.json
import { readFileSync } from 'node:fs';
import { decodeForScan } from '../../src/core/guard/decodeForScan';
import { shannonEntropy } from '../../src/core/guard/entropy';
import { scanForSecrets } from '../../src/core/guard/scanForSecrets';
import { buildCorpus } from '../../tests/core/guard/corpus/buildCorpus';

/** Whether a scanner reports anything in a file. */
type Scanner = (bytes: Uint8Array) => Promise<boolean>;
type Decode = (bytes: Uint8Array) => string;

interface SecretlintCore {
  lintSource(args: { source: object; options: { config: { rules: object[] } } }): Promise<{ messages: unknown[] }>;
}

interface GitleaksAllowlist {
  regexes?: string[];
  stopwords?: string[];
  regexTarget?: string;
}
interface GitleaksRule {
  id: string;
  regex?: string;
  path?: string;
  keywords?: string[];
  entropy?: number;
  secretGroup?: number;
  allowlists?: GitleaksAllowlist[];
}
interface GitleaksConfig {
  rules: GitleaksRule[];
  allowlist: { regexes: string[]; stopwords: string[] };
}

const SECRETLINT_PRESET = '@secretlint/secretlint-rule-preset-recommend';

const asUtf8: Decode = (bytes) => Buffer.from(bytes).toString('utf8');
const asRawBytes: Decode = (bytes) => Buffer.from(bytes).toString('latin1');

async function secretlint(decode: Decode): Promise<Scanner> {
  // Installed only to be measured (see the top of this file); ruleSets.d.ts declares them.
  const core = (await import('@secretlint/core')) as unknown as SecretlintCore;
  const preset = ((await import('@secretlint/secretlint-rule-preset-recommend')) as unknown as { creator: object })
    .creator;
  return async (bytes) => {
    const source = { content: decode(bytes), filePath: '/vault/note.md', ext: '.md', contentType: 'text' };
    const result = await core.lintSource({
      source,
      options: { config: { rules: [{ id: SECRETLINT_PRESET, rule: preset }] } },
    });
    return result.messages.length > 0;
  };
}

/** Go's RE2 syntax as far as gitleaks uses it, in JavaScript: `(?i)`, `(?i:…)`, `(?s:.)`, `(?P<n>…)`. */
function fromGo(source: string): RegExp {
  const caseless = /\(\?i[):]/.test(source);
  const js = source
    .replace(/\(\?i\)/g, '')
    .replace(/\(\?-?i:/g, '(?:')
    .replace(/\(\?s:\.\)/g, '[\\s\\S]')
    .replace(/\(\?s:/g, '(?:')
    .replace(/\(\?P</g, '(?<')
    .replace(/\\z/g, '$')
    .replace(/\\A/g, '^');
  return new RegExp(js, caseless ? 'gi' : 'g');
}

/** gitleaks' rules as data, applied the way its detector does: keywords, regex, entropy, allowlists. */
function gitleaks(config: GitleaksConfig, decode: Decode): Scanner {
  const rules = config.rules
    .filter((rule) => rule.regex !== undefined && rule.path === undefined)
    .map((rule) => ({
      ...rule,
      pattern: fromGo(rule.regex ?? ''),
      allow: (rule.allowlists ?? []).map((a) => ({ ...a, patterns: (a.regexes ?? []).map(fromGo) })),
    }));
  const globalAllow = config.allowlist.regexes.map(fromGo);
  const stopwords = config.allowlist.stopwords.map((w) => w.toLowerCase());
  const hits = (re: RegExp, text: string): boolean => {
    re.lastIndex = 0;
    return re.test(text);
  };
  return (bytes) => {
    const text = decode(bytes);
    const lower = text.toLowerCase();
    for (const rule of rules) {
      if (rule.keywords && !rule.keywords.some((k) => lower.includes(k.toLowerCase()))) continue;
      for (const m of text.matchAll(rule.pattern)) {
        const secret = (rule.secretGroup ? m[rule.secretGroup] : m.slice(1).find((g) => g)) ?? m[0];
        if (rule.entropy && shannonEntropy(secret) < rule.entropy) continue;
        if (globalAllow.some((re) => hits(re, secret)) || stopwords.some((w) => secret.toLowerCase().includes(w)))
          continue;
        const start = text.lastIndexOf('\n', m.index) + 1;
        const end = text.indexOf('\n', (m.index ?? 0) + m[0].length);
        const line = text.slice(start, end < 0 ? undefined : end);
        const target = (a: GitleaksAllowlist): string =>
          a.regexTarget === 'match' ? m[0] : a.regexTarget === 'line' ? line : secret;
        if (
          rule.allow.some(
            (a) =>
              a.patterns.some((re) => hits(re, target(a))) ||
              (a.stopwords ?? []).some((w) => secret.toLowerCase().includes(w.toLowerCase())),
          )
        )
          continue;
        return Promise.resolve(true);
      }
    }
    return Promise.resolve(false);
  };
}

async function measure(name: string, scan: Scanner): Promise<void> {
  const { secretFiles, innocentFiles } = buildCorpus();
  const family = (fileName: string): string => fileName.replace(/ \([^)]*\)$/, '');
  const missed = new Set<string>();
  const flagged = new Set<string>();
  let found = 0;
  let falsePositives = 0;
  for (const file of secretFiles) {
    if (await scan(file.bytes)) found++;
    else missed.add(family(file.name));
  }
  for (const file of innocentFiles) {
    if (!(await scan(file.bytes))) continue;
    falsePositives++;
    flagged.add(family(file.name));
  }
  process.stdout.write(
    `${name}: recall ${found}/${secretFiles.length}, false positives ${falsePositives}/${innocentFiles.length}\n`,
  );
  process.stdout.write(`  families missed in some layout: ${[...missed].join('; ') || 'none'}\n`);
  process.stdout.write(`  look-alikes flagged: ${[...flagged].join('; ') || 'none'}\n`);
}

const ours: Scanner = (bytes) =>
  Promise.resolve(scanForSecrets([{ path: 'note.md', bytes }], { allowlist: [] }).length > 0);
await measure('vault-stack guard', ours);
await measure('secretlint preset-recommend, file read as UTF-8', await secretlint(asUtf8));
await measure('secretlint preset-recommend, file decoded by decodeForScan', await secretlint(decodeForScan));
const gitleaksJson = process.argv[2];
if (gitleaksJson !== undefined) {
  const config = JSON.parse(readFileSync(gitleaksJson, 'utf8')) as GitleaksConfig;
  await measure(`gitleaks (${config.rules.length} rules as data), raw bytes`, gitleaks(config, asRawBytes));
  await measure('gitleaks rules as data, file decoded by decodeForScan', gitleaks(config, decodeForScan));
}
