// The rule sets compareRuleSets.ts measures are not dependencies: installed with --no-save to run it.
declare module '@secretlint/core';
declare module '@secretlint/secretlint-rule-preset-recommend';
