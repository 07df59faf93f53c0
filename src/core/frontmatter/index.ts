/** Comment- and order-preserving frontmatter edits: the public surface of this folder. */
export { editFrontmatter } from './editFrontmatter';
export {
  Edits,
  wikilink,
  type FrontmatterEdit,
  type FrontmatterScalar,
  type FrontmatterValue,
} from './FrontmatterEdit';
export { type EditFailureCode, type EditResult } from './EditResult';
export { FrontmatterError } from './FrontmatterError';
export { locateFrontmatter, type FrontmatterBlock, type FrontmatterLocation } from './locateFrontmatter';
export { applyToData } from './applyToData';
