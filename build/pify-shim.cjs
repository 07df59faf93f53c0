// Stands in for `pify` in main.js: isomorphic-git promisifies the methods of a callback-style fs
// with `pify(fn)` (the plugin's fs has `promises`, so this only runs for other callers). Resolves
// with the callback's first value, as pify does by default.
'use strict';

module.exports = function pify(fn) {
  return (...args) =>
    new Promise((resolve, reject) => {
      fn(...args, (err, value) => (err ? reject(err) : resolve(value)));
    });
};
