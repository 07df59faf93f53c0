/** What a token is. */
export type TokenType = 'number' | 'string' | 'regex' | 'ident' | 'op' | 'punct' | 'eof';

/** One token of an expression; `pos` is its 0-based offset in the source. */
export interface Token {
  type: TokenType;
  /** The operator or punctuation text, the identifier name, or the decoded string/number text. */
  text: string;
  pos: number;
  /** Offset just past the token (to tell `last-run` from `last - run`). */
  end: number;
  /** A regular expression literal's flags (`gi` in `/a/gi`). */
  flags?: string;
}

/** An expression syntax or meaning error; `pos` is a 0-based offset in the expression. */
export interface ExpressionError {
  pos: number;
  message: string;
}
