/** The query language of ```stack blocks: parse a block, run it over items. See docs/queries.md. */
export { parseQuery } from './parseQuery';
export { runQuery, envOf } from './runQuery';
export { parseExpression } from './parseExpression';
export { compileExpression } from './compileExpression';
export { QueryContextError } from './QueryContextError';
export { selfNote } from './selfNote';
export type { SelfNoteOptions } from './selfNote';
export { displayValue, toValue, isTruthy } from './Value';
export type { Value, DateValue, DurationValue, LinkValue, ObjectValue } from './Value';
export type { EvalEnv, Compiled } from './Compiled';
export type { Expr, BinaryOp } from './Ast';
export { VIEW_TYPES } from './Query';
export type {
  Column,
  Heatmap,
  HeatmapDay,
  PropertyRef,
  Query,
  QueryContext,
  QueryError,
  QueryResult,
  Row,
  RowGroup,
  SortKey,
  TimelineEntry,
  ViewType,
} from './Query';
