/** A DOM subtree as plain data (tag, sorted attributes, classes, children; text trimmed of nothing), for comparing two renderings. */
export type TreeNode = string | { tag: string; attrs: Record<string, string>; children: TreeNode[] };

/** Converts an element's subtree to comparable data; adjacent text nodes are merged. */
export function domTree(node: Node): TreeNode {
  if (node.nodeType === 3) return node.textContent ?? '';
  const el = node as Element;
  const attrs: Record<string, string> = {};
  for (const name of el.getAttributeNames().sort()) attrs[name] = el.getAttribute(name) ?? '';
  const children: TreeNode[] = [];
  for (const child of Array.from(el.childNodes)) {
    if (child.nodeType !== 1 && child.nodeType !== 3) continue;
    const converted = domTree(child);
    const last = children[children.length - 1];
    if (typeof converted === 'string' && typeof last === 'string') children[children.length - 1] = last + converted;
    else if (converted !== '') children.push(converted);
  }
  return { tag: el.tagName.toLowerCase(), attrs, children };
}

/** Parses HTML with the environment's real parser (jsdom's DOMParser) and returns the body's first element. */
export function parseHtml(html: string): Element {
  const doc = new DOMParser().parseFromString(`<!doctype html><html><body>${html}</body></html>`, 'text/html');
  const el = doc.body.firstElementChild;
  if (!el) throw new Error('the HTML parsed to nothing');
  return el;
}
