// Rewrites a CLI bundle so that every character is ASCII. esbuild escapes non-ASCII text in
// strings, templates and names (its default `charset`), but leaves it in regular expression
// literals: isomorphic-git's /[\ud800-<U+FFFF>]/ and the secret guard's /…|notreal/ made the whole
// bundle a two-byte string once read, which node reads and V8 checks against the code cache more
// slowly (at each run of dist/cli-commit.cjs: read 2.5 -> 2.0 ms, vm.Script 2.4 -> 1.6 ms).
// A `\uXXXX` escape means the same character inside a regular expression (a character class
// included, with or without the `u` flag, a surrogate pair read as one code point there) and in a
// string; in a comment it changes only the comment. tests/build/cliBundleAscii.test.ts.
'use strict';
const { readFileSync, writeFileSync } = require('node:fs');

/** `text` with each non-ASCII UTF-16 unit written as a `\uXXXX` escape. */
function escapeNonAscii(text) {
  // eslint-disable-next-line no-control-regex -- the class names every non-ASCII unit, which starts past the control characters
  return text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Rewrites the file at `path` with {@link escapeNonAscii}, when it has anything to escape. */
function asciiOnly(path) {
  const text = readFileSync(path, 'utf8');
  const escaped = escapeNonAscii(text);
  if (escaped !== text) writeFileSync(path, escaped);
}

module.exports = { asciiOnly, escapeNonAscii };
