// Stands in for the `typed-array-buffer` package in main.js. sha.js (through to-buffer) needs it
// only on engines without ArrayBuffer.isView; Obsidian's engines all have it, and the package's
// polyfill chain (get-intrinsic, call-bind, …) costs about 18 KiB of the plugin's bundle.
'use strict';
module.exports = function typedArrayBuffer(view) {
  if (!ArrayBuffer.isView(view)) throw new TypeError('Not a Typed Array');
  return view.buffer;
};
