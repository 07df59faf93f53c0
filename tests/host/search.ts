import type * as O from 'obsidian';

/** Obsidian-like fuzzy search: query characters in order (case-insensitive); tighter, earlier matches score higher (scores ≤ 0). */
export function prepareFuzzySearch(query: string): (text: string) => O.SearchResult | null {
  const q = query.toLowerCase().replace(/\s+/g, '');
  return (text: string) => {
    if (q === '') return { score: 0, matches: [] };
    const t = text.toLowerCase();
    const matches: O.SearchMatches = [];
    let from = 0;
    let score = 0;
    for (const ch of q) {
      const i = t.indexOf(ch, from);
      if (i < 0) return null;
      const last = matches[matches.length - 1];
      if (last && last[1] === i) last[1] = i + 1;
      else matches.push([i, i + 1]);
      score -= i - from;
      from = i + 1;
    }
    score -= matches.length * 0.5 + matches[0][0] * 0.1;
    return { score, matches };
  };
}

/** Obsidian-like simple search: every space-separated word must occur (case-insensitive). */
export function prepareSimpleSearch(query: string): (text: string) => O.SearchResult | null {
  const words = query
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w !== '');
  return (text: string) => {
    const t = text.toLowerCase();
    const matches: O.SearchMatches = [];
    for (const w of words) {
      const i = t.indexOf(w);
      if (i < 0) return null;
      matches.push([i, i + w.length]);
    }
    return { score: -matches.reduce((s, m) => s + m[0], 0) / 100, matches: matches.sort((a, b) => a[0] - b[0]) };
  };
}

/** Sorts search results by descending score. */
export function sortSearchResults(results: O.SearchResultContainer[]): void {
  results.sort((a, b) => b.match.score - a.match.score);
}

/** Renders text with matched ranges wrapped in `<span class="suggestion-highlight">` (as text). */
export function renderMatches(
  el: HTMLElement | DocumentFragment,
  text: string,
  matches: O.SearchMatches | null,
  offset = 0,
): void {
  let pos = 0;
  for (const [s0, e0] of matches ?? []) {
    const s = s0 + offset;
    const e = e0 + offset;
    if (s > pos) el.appendText(text.slice(pos, s));
    el.createSpan({ cls: 'suggestion-highlight', text: text.slice(Math.max(s, 0), e) });
    pos = e;
  }
  if (pos < text.length) el.appendText(text.slice(pos));
}

/** Renders a search result's matches into an element. */
export function renderResults(el: HTMLElement, text: string, result: O.SearchResult, offset?: number): void {
  renderMatches(el, text, result.matches, offset);
}
