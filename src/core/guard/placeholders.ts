import { shannonEntropy } from './entropy';

// Short words only count where a random string would not put them (at an end, or with a
// separator), so a real random token is not mistaken for a placeholder by chance.
const PLACEHOLDER_WORDS =
  /example|changeme|change[_-]me|placeholder|dummy|sample|redacted|replace[_-]?me|insert[_-]|your[_-]|^your\b|[_-]here$|^todo\b|^fixme\b|^fake\b|[xX]{6,}|\*\*\*\*|\.\.\.|…|notreal|not[_-]a[_-]real/gi;

const TEMPLATE =
  /^<.*>$|\$\{[^}]*\}|^\$[A-Za-z_]\w*$|^\$env:\w+$|\{\{.*\}\}|^%[A-Z_][A-Z0-9_]*%$|^%\(\w+\)s$|^ENC\[|^!vault/;

// What documentation writes where a credential goes: `postgres://user:password@db`.
const NAME_OF_A_SECRET = /^(?:pass(?:word)?|passwd|pwd|secret|token|user(?:name)?|api_?key)$/i;

/**
 * Whether a value is obviously not a real secret: `changeme`, `<your-token>`, `${VAR}`, `$VAR`,
 * `{{ var }}`, `password`, `xxxx…`, `abcdef…`, anything saying example/sample/dummy, or a run of one
 * repeated character.
 */
export function isPlaceholder(value: string): boolean {
  if (TEMPLATE.test(value) || NAME_OF_A_SECRET.test(value) || hasPlaceholderWord(value) || hasCountingRun(value)) return true;
  // Digits repeat by chance in numeric ids (`1138111111364`); an all-digit filler has low entropy.
  return /([^0-9])\1{5,}/.test(value) || shannonEntropy(value) < 1.5;
}

/**
 * A placeholder word written the way people write words (`example`, `EXAMPLE`, `Example`); a
 * random token spells `DUmMY` or `yoUR-` now and then, and must not pass for a placeholder.
 */
function hasPlaceholderWord(value: string): boolean {
  for (const [word] of value.matchAll(PLACEHOLDER_WORDS)) {
    const rest = word.slice(1);
    if (word === word.toLowerCase() || word === word.toUpperCase() || rest === rest.toLowerCase()) return true;
  }
  return false;
}

/**
 * `abcdef`, `012345`, `123456`…: six characters counting up, as in kubeadm's documented token
 * `abcdef.0123456789abcdef`; a random token does so about once in a billion positions.
 */
function hasCountingRun(value: string): boolean {
  let run = 1;
  for (let i = 1; i < value.length; i++) {
    const step = value.charCodeAt(i) - value.charCodeAt(i - 1);
    run = step === 1 && /[a-z0-9]/i.test(value[i]) ? run + 1 : 1;
    if (run >= 6) return true;
  }
  return false;
}

const REFERENCE_SCHEMES =
  /^(?:pass|gopass|op|bw|bitwarden|1password|vault|env|sops|age|keepassxc|keepass|kp|lpass|lastpass|doppler|infisical|secret|secrets|file|aws-sm|gcp-sm|azure-kv):/i;

/**
 * Whether a value points at a secret instead of holding one: a store reference (`pass:infra/nas`,
 * `op://vault/item`), any URI, a file path, an environment variable name, a wikilink, or code
 * that reads one (`process.env.TOKEN`, `getenv("TOKEN")`).
 */
export function isReference(value: string): boolean {
  return (
    REFERENCE_SCHEMES.test(value) ||
    /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ||
    /^(?:~|\.{1,2})?\//.test(value) ||
    /^[A-Z][A-Z0-9_]*$/.test(value) ||
    // Code rather than a value: `process.env.API_TOKEN`, `settings.github.token`, `getenv("TOKEN")`.
    /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/.test(value) ||
    /^[\w$.]+\(.*\)$/.test(value) ||
    // Indexing or calling into the environment or a config: `os.environ["API_KEY"]`, `ENV.fetch("X")`.
    /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*(?:\[[^\]]*\]|\([^)]*\)|\.[A-Za-z_$][\w$]*)+$/.test(value) ||
    /^!?\[\[.*\]\]$/.test(value)
  );
}
