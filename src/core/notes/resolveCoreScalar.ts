const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const TRUE = /^(?:[Tt]rue|TRUE)$/;
const FALSE = /^(?:[Ff]alse|FALSE)$/;
const INT = /^[-+]?[0-9]+$/;
const OCT = /^0o[0-7]+$/;
const HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
const INF = /^[-+]?\.(?:inf|Inf|INF)$/;
const NAN = /^\.(?:nan|NaN|NAN)$/;

/**
 * What a plain (unquoted) scalar means under the YAML 1.2 core schema, as the `yaml` package
 * resolves it: null, booleans, ints (decimal, 0o, 0x), floats, else the string itself.
 * @example resolveCoreScalar('2026-11-28') // → '2026-11-28' (dates stay strings)
 */
export function resolveCoreScalar(text: string): unknown {
  const c = text.charCodeAt(0);
  // Only these first characters can start a non-string; everything else is a string at once.
  const maybeSpecial =
    text.length === 0 ||
    (c >= 48 && c <= 57) ||
    c === 43 ||
    c === 45 ||
    c === 46 ||
    c === 126 ||
    c === 78 ||
    c === 110 ||
    c === 84 ||
    c === 116 ||
    c === 70 ||
    c === 102;
  if (!maybeSpecial) return text;
  if (NULL.test(text)) return null;
  if (TRUE.test(text)) return true;
  if (FALSE.test(text)) return false;
  if (INT.test(text)) return parseInt(text, 10);
  if (OCT.test(text)) return parseInt(text.slice(2), 8);
  if (HEX.test(text)) return parseInt(text.slice(2), 16);
  if (FLOAT.test(text)) return parseFloat(text);
  if (INF.test(text)) return text.startsWith('-') ? -Infinity : Infinity;
  if (NAN.test(text)) return NaN;
  return text;
}
