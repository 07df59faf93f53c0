// yaml as main.js and the CLI bundle it, without what src/ never asks of it
// (tests/build/pluginOnlyCode.test.ts holds the result to yaml's own reading and writing):
// - its tag table has the YAML 1.2 core and failsafe schemas only. Every parse in src/ names the
//   core schema without YAML 1.1's explicit tags (`!!set`, `!!timestamp`, `!!binary`, `!!omap`,
//   `!!pairs`: CORE_YAML in src/core/notes/coreYaml.ts, so dates stay strings, DESIGN.md §1), so
//   yaml's `yaml-1.1` and `json` schemas and those tags are never used (about 9 KiB of main.js). A
//   schema name it lacks throws yaml's own "Unknown schema" error.
// - its line folding is left out: every stringify in src/ passes `lineWidth: 0`, with which yaml's
//   foldFlowLines returns the text as it is (1.2 KiB). Folding only splits long lines; the YAML
//   written reads back the same either way.
// - the walk of its `CST` namespace, which src/ does not import, is a stub (0.9 KiB).
'use strict';
const { dirname } = require('node:path');

// yaml's schema/tags.js (2.x, ESM in browser/dist and CJS in dist: esbuild imports either way)
// with only the tags of the schemas kept; getTags is yaml's own, unchanged.
const contents = `
import { map } from './common/map.js';
import { nullTag } from './common/null.js';
import { seq } from './common/seq.js';
import { string } from './common/string.js';
import { boolTag } from './core/bool.js';
import { floatNaN, floatExp, float } from './core/float.js';
import { intOct, intHex, int } from './core/int.js';
import { schema } from './core/schema.js';
import { merge } from './yaml-1.1/merge.js';

const schemas = new Map([
  ['core', schema],
  ['failsafe', [map, seq, string]],
]);
const tagsByName = { bool: boolTag, float, floatExp, floatNaN, int, intHex, intOct, map, merge, null: nullTag, seq };
export const coreKnownTags = {};
export function getTags(customTags, schemaName, addMergeTag) {
  const schemaTags = schemas.get(schemaName);
  if (schemaTags && !customTags) {
    return addMergeTag && !schemaTags.includes(merge) ? schemaTags.concat(merge) : schemaTags.slice();
  }
  let tags = schemaTags;
  if (!tags) {
    if (Array.isArray(customTags)) tags = [];
    else {
      const keys = Array.from(schemas.keys()).map((key) => JSON.stringify(key)).join(', ');
      throw new Error(\`Unknown schema "\${schemaName}"; use one of \${keys} or define customTags array\`);
    }
  }
  if (Array.isArray(customTags)) {
    for (const tag of customTags) tags = tags.concat(tag);
  } else if (typeof customTags === 'function') {
    tags = customTags(tags.slice());
  }
  if (addMergeTag) tags = tags.concat(merge);
  return tags.reduce((tags, tag) => {
    const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
    if (!tagObj) {
      const tagName = JSON.stringify(tag);
      const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(', ');
      throw new Error(\`Unknown custom tag \${tagName}; use one of \${keys}\`);
    }
    if (!tags.includes(tagObj)) tags.push(tagObj);
    return tags;
  }, []);
}
`;

// yaml's stringify/foldFlowLines.js with lineWidth 0 whatever the options say.
const folding = `
export const FOLD_FLOW = 'flow';
export const FOLD_BLOCK = 'block';
export const FOLD_QUOTED = 'quoted';
export function foldFlowLines(text) {
  return text;
}
`;

// yaml's parse/cst-visit.js, the walk of its public `CST` namespace, which src/ does not import
// (yaml itself never calls it; its module is kept only for the properties it sets on `visit`).
const cstVisit = `
export function visit() {
  throw new Error('yaml CST.visit is not in this build');
}
`;

/**
 * An esbuild plugin: yaml's schema/tags.js becomes the table above, its
 * stringify/foldFlowLines.js the pass-through, and parse/cst-visit.js the stub (browser or node build).
 */
const yamlForBundles = {
  name: 'yaml-for-bundles',
  setup(build) {
    const dist = '[\\\\/]yaml[\\\\/](browser[\\\\/])?dist[\\\\/]';
    build.onLoad({ filter: new RegExp(`${dist}schema[\\\\/]tags\\.js$`) }, (args) => ({
      contents,
      loader: 'js',
      resolveDir: dirname(args.path),
    }));
    build.onLoad({ filter: new RegExp(`${dist}stringify[\\\\/]foldFlowLines\\.js$`) }, () => ({
      contents: folding,
      loader: 'js',
    }));
    build.onLoad({ filter: new RegExp(`${dist}parse[\\\\/]cst-visit\\.js$`) }, () => ({
      contents: cstVisit,
      loader: 'js',
    }));
  },
};

module.exports = { yamlForBundles };
