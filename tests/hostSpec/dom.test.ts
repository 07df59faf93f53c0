/** @jest-environment jsdom */
import { describe, expect, test } from '@jest/globals';
import 'obsidian';

const HOSTILE = '<img src=x onerror="alert(1)"><b>bold</b>';

describe('DOM helpers', () => {
  test('createEl puts text in as text, never as HTML', () => {
    const parent = createDiv();

    const el = parent.createEl('p', { text: HOSTILE });

    expect(el.textContent).toBe(HOSTILE);
    expect(el.children).toHaveLength(0);
    expect(parent.querySelector('img')).toBeNull();
  });

  test('setText replaces content with text; a fragment is appended as nodes', () => {
    const el = createSpan();
    el.createEl('b', { text: 'Old' });

    el.setText(HOSTILE);
    const afterText = el.childNodes.length;
    el.setText(createFragment((f) => f.createEl('em', { text: 'X' })));

    expect(afterText).toBe(1);
    expect(el.getText()).toBe('X');
    expect(el.firstElementChild?.tagName).toBe('EM');
  });

  test('DomElementInfo sets classes, attributes, title, type, value, placeholder and href', () => {
    const parent = createDiv();

    const input = parent.createEl('input', {
      cls: ['a', 'b c'],
      attr: { 'data-x': 1, hidden: null },
      title: 'Tip',
      type: 'number',
      value: '5',
      placeholder: 'p',
    });
    const link = parent.createEl('a', { cls: 'link', href: 'https://example.com/' });

    expect([...input.classList]).toEqual(['a', 'b', 'c']);
    expect(input.getAttribute('data-x')).toBe('1');
    expect(input.hasAttribute('hidden')).toBe(false);
    expect([input.title, input.type, input.value, input.placeholder]).toEqual(['Tip', 'number', '5', 'p']);
    expect(link.getAttribute('href')).toBe('https://example.com/');
  });

  test('a string option is a class name, prepend inserts first, and the callback receives the element', () => {
    const parent = createDiv();
    parent.createSpan({ text: 'second' });
    let seen: HTMLElement | null = null;

    const first = parent.createDiv({ cls: 'first', prepend: true }, (el) => (seen = el));
    const classOnly = parent.createDiv('only-class');

    expect(parent.firstElementChild).toBe(first);
    expect(seen).toBe(first);
    expect(classOnly.className).toBe('only-class');
  });

  test('class helpers add, remove, toggle and test classes', () => {
    const el = createDiv();

    el.addClass('a', 'b');
    el.removeClass('a');
    el.toggleClass('c', true);
    el.toggleClass('b', false);

    expect(el.className).toBe('c');
    expect(el.hasClass('c')).toBe(true);
  });

  test('empty removes children, detach removes the element, setAttr(null) removes the attribute', () => {
    const parent = createDiv();
    const child = parent.createDiv();
    child.setAttr('aria-label', 'x');

    child.setAttr('aria-label', null);
    child.detach();
    parent.createDiv();
    parent.createDiv();
    parent.empty();

    expect(child.hasAttribute('aria-label')).toBe(false);
    expect(child.parentNode).toBeNull();
    expect(parent.childNodes).toHaveLength(0);
  });

  test('instanceOf checks the class; onClickEvent fires on click', () => {
    const el = activeDocument.body.createEl('button');
    let clicks = 0;
    el.onClickEvent(() => clicks++);

    el.click();

    expect(el.instanceOf(HTMLButtonElement)).toBe(true);
    expect(el.instanceOf(HTMLDivElement)).toBe(false);
    expect(clicks).toBe(1);
  });

  test('hide and show toggle visibility seen by isShown', () => {
    const parent = activeDocument.body.createDiv();
    const child = parent.createDiv();

    parent.hide();
    const hidden = child.isShown();
    parent.show();

    expect(hidden).toBe(false);
    expect(child.isShown()).toBe(true);
  });

  test('activeDocument and activeWindow are the current document and window', () => {
    expect(activeDocument).toBe(document);
    expect(activeWindow).toBe(window);
  });
});
