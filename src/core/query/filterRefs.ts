import type { Expr } from './Ast';
import { ITEM_FIELDS } from './properties';

/** What a block's filters read that can silently match nothing: note properties by name and `file.inFolder` folders. */
export interface FilterRefs {
  /** Property names read bare (`status`) or through `note` (`note.status`, `note["last-run"]`). */
  properties: string[];
  /** The literal folders given to `file.inFolder(…)`. */
  folders: string[];
}

const NOT_PROPERTIES = new Set(['this', 'file', 'formula', 'note']);
/** The methods whose arguments are expressions over `value`, `index` and `acc`. */
const LAMBDA_METHODS = new Set(['filter', 'map', 'reduce']);
const LAMBDA_LOCALS = new Set(['value', 'index', 'acc']);

/**
 * Adds the property names and `file.inFolder` folders an expression reads to `refs` (each once).
 * `this.x` is the note showing the block, not an item property, so it is left out.
 * @example collectFilterRefs(parseExpression('stauts == "todo"').expr, refs) // refs.properties → ['stauts']
 */
export function collectFilterRefs(expr: Expr, refs: FilterRefs): void {
  const add = (list: string[], name: string): void => {
    if (!list.includes(name)) list.push(name);
  };
  let lambdaDepth = 0;
  const visit = (e: Expr): void => {
    switch (e.type) {
      case 'literal':
      case 'regex':
        return;
      case 'ident':
        if (lambdaDepth > 0 && LAMBDA_LOCALS.has(e.name)) return;
        if (!NOT_PROPERTIES.has(e.name) && !Object.prototype.hasOwnProperty.call(ITEM_FIELDS, e.name))
          add(refs.properties, e.name);
        return;
      case 'member':
        if (e.object.type === 'ident' && e.object.name === 'note') add(refs.properties, e.name);
        else if (!(e.object.type === 'ident' && e.object.name === 'this')) visit(e.object);
        return;
      case 'index':
        if (
          e.object.type === 'ident' &&
          e.object.name === 'note' &&
          e.index.type === 'literal' &&
          typeof e.index.value === 'string'
        )
          add(refs.properties, e.index.value);
        else if (!(e.object.type === 'ident' && e.object.name === 'this')) [e.object, e.index].forEach(visit);
        return;
      case 'call': {
        const c = e.callee;
        const arg = e.args[0];
        if (
          c.type === 'member' &&
          c.name === 'inFolder' &&
          c.object.type === 'ident' &&
          c.object.name === 'file' &&
          arg?.type === 'literal' &&
          typeof arg.value === 'string'
        )
          add(refs.folders, arg.value);
        // A function's name (`today` in `today()`) is not a property; a method's receiver is read.
        if (c.type === 'member') visit(c.object);
        const lambda = c.type === 'member' && LAMBDA_METHODS.has(c.name);
        if (lambda) lambdaDepth++;
        e.args.forEach(visit);
        if (lambda) lambdaDepth--;
        return;
      }
      case 'unary':
        visit(e.operand);
        return;
      case 'binary':
        visit(e.left);
        visit(e.right);
        return;
      case 'list':
        e.elements.forEach(visit);
        return;
    }
  };
  visit(expr);
}
