// isomorphic-git in the CLI bundles (esbuild.config.mjs aliases the package to this file there),
// loaded on its first call instead of when the bundle starts. src/ imports it as a namespace in
// modules the commit path loads (GitRepo, statusScan, stagedPaths, objectReader, ...), but a
// `vault-stack commit` on loose objects calls none of it: its module init, and node's crypto it
// requires, were 8-10 ms of every run. Each function isomorphic-git exports is forwarded to the
// module, required on the first call (tests/build/lazyIsomorphicGit.test.ts holds this list to the
// installed version's). An ES module, so the bundles link its exports directly: a CommonJS one was
// copied into a namespace object, one getter per export, for each of the nine modules importing it.
// main.js bundles isomorphic-git as it is.
/* global require -- esbuild, bundling this for CommonJS output, turns it into its own module loader */
let loaded;
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a require in a function is what makes the load lazy; esbuild bundles it
const load = () => (loaded ??= require('../node_modules/isomorphic-git/index.cjs'));

export function STAGE(...args) {
  return load().STAGE(...args);
}
export function TREE(...args) {
  return load().TREE(...args);
}
export function WORKDIR(...args) {
  return load().WORKDIR(...args);
}
export function abortMerge(...args) {
  return load().abortMerge(...args);
}
export function add(...args) {
  return load().add(...args);
}
export function addNote(...args) {
  return load().addNote(...args);
}
export function addRemote(...args) {
  return load().addRemote(...args);
}
export function annotatedTag(...args) {
  return load().annotatedTag(...args);
}
export function branch(...args) {
  return load().branch(...args);
}
export function checkout(...args) {
  return load().checkout(...args);
}
export function cherryPick(...args) {
  return load().cherryPick(...args);
}
export function clone(...args) {
  return load().clone(...args);
}
export function commit(...args) {
  return load().commit(...args);
}
export function currentBranch(...args) {
  return load().currentBranch(...args);
}
export function deleteBranch(...args) {
  return load().deleteBranch(...args);
}
export function deleteRef(...args) {
  return load().deleteRef(...args);
}
export function deleteRemote(...args) {
  return load().deleteRemote(...args);
}
export function deleteTag(...args) {
  return load().deleteTag(...args);
}
export function expandOid(...args) {
  return load().expandOid(...args);
}
export function expandRef(...args) {
  return load().expandRef(...args);
}
export function fastForward(...args) {
  return load().fastForward(...args);
}
export function fetch(...args) {
  return load().fetch(...args);
}
export function findMergeBase(...args) {
  return load().findMergeBase(...args);
}
export function findRoot(...args) {
  return load().findRoot(...args);
}
export function getConfig(...args) {
  return load().getConfig(...args);
}
export function getConfigAll(...args) {
  return load().getConfigAll(...args);
}
export function getRemoteInfo(...args) {
  return load().getRemoteInfo(...args);
}
export function getRemoteInfo2(...args) {
  return load().getRemoteInfo2(...args);
}
export function hashBlob(...args) {
  return load().hashBlob(...args);
}
export function indexPack(...args) {
  return load().indexPack(...args);
}
export function init(...args) {
  return load().init(...args);
}
export function isDescendent(...args) {
  return load().isDescendent(...args);
}
export function isIgnored(...args) {
  return load().isIgnored(...args);
}
export function listBranches(...args) {
  return load().listBranches(...args);
}
export function listFiles(...args) {
  return load().listFiles(...args);
}
export function listNotes(...args) {
  return load().listNotes(...args);
}
export function listRefs(...args) {
  return load().listRefs(...args);
}
export function listRemotes(...args) {
  return load().listRemotes(...args);
}
export function listServerRefs(...args) {
  return load().listServerRefs(...args);
}
export function listTags(...args) {
  return load().listTags(...args);
}
export function log(...args) {
  return load().log(...args);
}
export function merge(...args) {
  return load().merge(...args);
}
export function packObjects(...args) {
  return load().packObjects(...args);
}
export function pull(...args) {
  return load().pull(...args);
}
export function push(...args) {
  return load().push(...args);
}
export function readBlob(...args) {
  return load().readBlob(...args);
}
export function readCommit(...args) {
  return load().readCommit(...args);
}
export function readNote(...args) {
  return load().readNote(...args);
}
export function readObject(...args) {
  return load().readObject(...args);
}
export function readTag(...args) {
  return load().readTag(...args);
}
export function readTree(...args) {
  return load().readTree(...args);
}
export function remove(...args) {
  return load().remove(...args);
}
export function removeNote(...args) {
  return load().removeNote(...args);
}
export function renameBranch(...args) {
  return load().renameBranch(...args);
}
export function resetIndex(...args) {
  return load().resetIndex(...args);
}
export function resolveRef(...args) {
  return load().resolveRef(...args);
}
export function setConfig(...args) {
  return load().setConfig(...args);
}
export function stash(...args) {
  return load().stash(...args);
}
export function status(...args) {
  return load().status(...args);
}
export function statusMatrix(...args) {
  return load().statusMatrix(...args);
}
export function tag(...args) {
  return load().tag(...args);
}
export function updateIndex(...args) {
  return load().updateIndex(...args);
}
export function version(...args) {
  return load().version(...args);
}
export function walk(...args) {
  return load().walk(...args);
}
export function writeBlob(...args) {
  return load().writeBlob(...args);
}
export function writeCommit(...args) {
  return load().writeCommit(...args);
}
export function writeObject(...args) {
  return load().writeObject(...args);
}
export function writeRef(...args) {
  return load().writeRef(...args);
}
export function writeTag(...args) {
  return load().writeTag(...args);
}
export function writeTree(...args) {
  return load().writeTree(...args);
}
