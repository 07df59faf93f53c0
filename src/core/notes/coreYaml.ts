/**
 * The schema of every YAML parse in src/ (frontmatter, ```stack blocks, sops files): YAML 1.2's
 * core schema without YAML 1.1's explicitly tagged types, so `!!timestamp 2026-11-30` stays the
 * string `2026-11-30` (with a warning) as an untagged date does (DESIGN.md §1), `!!set`,
 * `!!binary`, `!!omap` and `!!pairs` are never a Set, bytes or pairs, and a `%YAML 1.1` directive
 * does not switch schemas. Both bundles leave those tags out (build/yamlForBundles.cjs);
 * tests/build/pluginOnlyCode.test.ts checks every parse names this.
 * @example parseDocument('due: !!timestamp 2026-11-30', CORE_YAML).toJS() // { due: '2026-11-30' }
 */
export const CORE_YAML = { schema: 'core', resolveKnownTags: false } as const;
