/** Expression syntax tree; every node keeps the 0-based source offset it starts at. */
export type Expr =
  | { type: 'literal'; value: string | number | boolean | null; pos: number }
  | { type: 'regex'; pattern: string; flags: string; pos: number }
  | { type: 'ident'; name: string; pos: number }
  | { type: 'member'; object: Expr; name: string; pos: number }
  | { type: 'index'; object: Expr; index: Expr; pos: number }
  | { type: 'call'; callee: Expr; args: Expr[]; pos: number }
  | { type: 'unary'; op: '!' | '-'; operand: Expr; pos: number }
  | { type: 'binary'; op: BinaryOp; left: Expr; right: Expr; pos: number }
  | { type: 'list'; elements: Expr[]; pos: number };

/** The binary operators, loosest first: `||`, `&&`, equality, ordering, additive, multiplicative. */
export type BinaryOp = '||' | '&&' | '==' | '!=' | '<' | '<=' | '>' | '>=' | '+' | '-' | '*' | '/' | '%';
