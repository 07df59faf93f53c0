import { suggestField } from '../core/kinds/typos';

/**
 * `; did you mean "check"?` when `given` is one or two edits from a known name (the rule field
 * typos use), else ''. `prefix` goes in front of the suggestion (`--` for options).
 * @example didYouMean('chek', ['check', 'list']) // '; did you mean "check"?'
 */
export function didYouMean(given: string, known: Iterable<string>, prefix = ''): string {
  const guess = suggestField(given, [...known]);
  return guess === null ? '' : `; did you mean "${prefix}${guess}"?`;
}
