/**
 * @jest-environment jsdom
 */
import { describe, expect, it } from '@jest/globals';
import { StaticElement } from '../../src/views/dom/StaticElement';
import { StaticElementError } from '../../src/views/dom/StaticElementError';
import { moveBefore } from '../../src/views/dom/ViewElement';
import { domTree, parseHtml } from './support/domTree';

const HOSTILE = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>&amp; "quoted" \'single\'';

function codeOf(fn: () => void): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof StaticElementError) return e.code;
    throw e;
  }
  return 'no error';
}

describe('StaticElement', () => {
  it('writes text and attribute values that parse back exactly, with no element made from them', () => {
    const root = new StaticElement('div');
    root.createEl('p', { cls: 'note', text: HOSTILE, attr: { title: HOSTILE, 'aria-label': '"><b>x</b>' } });

    const parsed = parseHtml(root.toHtml());

    const p = parsed.querySelector('p');
    expect(p?.textContent).toBe(HOSTILE);
    expect(p?.getAttribute('title')).toBe(HOSTILE);
    expect(p?.getAttribute('aria-label')).toBe('"><b>x</b>');
    expect(parsed.querySelectorAll('img, script, b')).toHaveLength(0);
  });

  it('nests children in order with classes, and serialises void elements without a closing tag', () => {
    const root = new StaticElement('section');
    const list = root.createEl('ul', 'vault-stack-list');
    list.createEl('li', { text: 'First', cls: ['a', 'b c'] });
    list.createEl('li').createSpan({ text: 'two' });
    root.createEl('hr');
    root.createDiv({ text: 'after' });

    expect(root.toHtml()).toBe(
      '<section><ul class="vault-stack-list"><li class="a b c">First</li><li><span>two</span></li></ul><hr><div>after</div></section>',
    );
    expect(domTree(parseHtml(root.toHtml()))).toEqual({
      tag: 'section',
      attrs: {},
      children: [
        {
          tag: 'ul',
          attrs: { class: 'vault-stack-list' },
          children: [
            { tag: 'li', attrs: { class: 'a b c' }, children: ['First'] },
            { tag: 'li', attrs: {}, children: [{ tag: 'span', attrs: {}, children: ['two'] }] },
          ],
        },
        { tag: 'hr', attrs: {}, children: [] },
        { tag: 'div', attrs: {}, children: ['after'] },
      ],
    });
  });

  it('replaces children on setText, removes them on empty, and removes an attribute set to null', () => {
    const el = new StaticElement('div');
    el.createSpan({ text: 'old' });
    el.setText('Replaced');
    el.setAttr('data-x', 1);
    el.setAttr('data-x', null);
    el.setAttr('disabled', true);
    el.toggleClass('on', true);
    el.toggleClass('gone', true);
    el.toggleClass('gone', false);

    expect(el.toHtml()).toBe('<div class="on" disabled="true">Replaced</div>');
    el.empty();
    expect(el.textContent).toBe('');
  });

  it('refuses event handler, style and class attributes', () => {
    const el = new StaticElement('div');

    expect(codeOf(() => el.setAttr('onclick', 'alert(1)'))).toBe('UNSAFE_ATTRIBUTE');
    expect(codeOf(() => el.setAttr('ONMOUSEOVER', 'alert(1)'))).toBe('UNSAFE_ATTRIBUTE');
    expect(codeOf(() => el.createSpan({ attr: { onerror: 'x' } }))).toBe('UNSAFE_ATTRIBUTE');
    expect(codeOf(() => el.setAttr('style', 'color: red'))).toBe('UNSAFE_ATTRIBUTE');
    expect(codeOf(() => el.setAttr('a b', 'x'))).toBe('UNSAFE_ATTRIBUTE');
    expect(el.toHtml()).toBe('<div></div>');
  });

  it('refuses hrefs that are not http or https', () => {
    const a = new StaticElement('a');

    for (const url of [
      'javascript:alert(1)',
      'data:text/html,x',
      'file:///etc/passwd',
      ' javascript:x',
      'vbscript:x',
    ]) {
      expect(codeOf(() => a.setAttr('href', url))).toBe('UNSAFE_URL');
    }
    a.setAttr('href', 'https://example.com/?a=1&b="2"');
    expect(parseHtml(a.toHtml()).getAttribute('href')).toBe('https://example.com/?a=1&b="2"');
  });

  it('refuses script-capable tags and children of void elements', () => {
    const el = new StaticElement('div');

    expect(codeOf(() => el.createEl('script'))).toBe('UNSAFE_TAG');
    expect(codeOf(() => el.createEl('iframe'))).toBe('UNSAFE_TAG');
    expect(codeOf(() => el.createEl('object'))).toBe('UNSAFE_TAG');
    expect(codeOf(() => new StaticElement('style'))).toBe('UNSAFE_TAG');
    expect(codeOf(() => new StaticElement('div onload=x'))).toBe('UNSAFE_TAG');
    expect(codeOf(() => el.createEl('input').createSpan())).toBe('VOID_CHILD');
  });

  it('counts listeners but never runs them', () => {
    const el = new StaticElement('button');
    let ran = false;

    el.addEventListener('click', () => {
      ran = true;
    });

    expect(el.listeners).toBe(1);
    expect(ran).toBe(false);
  });

  it('moves a child before another or to the end, out of its old parent, and removes one', () => {
    const root = new StaticElement('div');
    const a = root.createEl('ul');
    const b = root.createEl('ul');
    const one = a.createEl('li', { text: '1' });
    const two = a.createEl('li', { text: '2' });

    moveBefore(b, two, null);
    moveBefore(b, one, two);
    expect(root.toHtml()).toBe('<div><ul></ul><ul><li>1</li><li>2</li></ul></div>');
    two.remove();
    one.remove();
    expect(root.toHtml()).toBe('<div><ul></ul><ul></ul></div>');
    expect(() => moveBefore(b.createEl('br'), one, null)).toThrow(StaticElementError);
  });
});
