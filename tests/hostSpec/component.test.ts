/** @jest-environment jsdom */
import { afterEach, describe, expect, jest, test } from '@jest/globals';
import { Component, Events } from 'obsidian';
import { takeHandlerErrors } from '../host/testing';

afterEach(() => expect(takeHandlerErrors()).toEqual([]));

describe('Component cleanup', () => {
  test('registered events stop firing after unload', () => {
    const emitter = new Events();
    const component = new Component();
    const seen: unknown[] = [];
    component.load();
    component.registerEvent(emitter.on('ping', (n: unknown) => seen.push(n)));

    emitter.trigger('ping', 1);
    component.unload();
    emitter.trigger('ping', 2);

    expect(seen).toEqual([1]);
  });

  test('unload runs registered callbacks last-first and unloads children', () => {
    const order: string[] = [];
    const parent = new Component();
    const child = new (class extends Component {
      override onunload(): void {
        order.push('child onunload');
      }
    })();
    parent.register(() => order.push('first registered'));
    parent.register(() => order.push('second registered'));
    parent.addChild(child);
    parent.load();

    parent.unload();

    expect(order).toEqual(['child onunload', 'second registered', 'first registered']);
  });

  test('a child added to a loaded component is loaded at once', () => {
    const parent = new Component();
    const loads: string[] = [];
    parent.load();

    parent.addChild(
      new (class extends Component {
        override onload(): void {
          loads.push('child');
        }
      })(),
    );

    expect(loads).toEqual(['child']);
  });

  test('registerDomEvent listeners are removed on unload', () => {
    const component = new Component();
    const button = activeDocument.body.createEl('button');
    let clicks = 0;
    component.load();
    component.registerDomEvent(button, 'click', () => clicks++);

    button.click();
    component.unload();
    button.click();

    expect(clicks).toBe(1);
  });

  test('registerInterval intervals are cleared on unload', () => {
    jest.useFakeTimers();
    const component = new Component();
    let ticks = 0;
    component.load();
    component.registerInterval(window.setInterval(() => ticks++, 10));

    jest.advanceTimersByTime(35);
    component.unload();
    jest.advanceTimersByTime(100);
    jest.useRealTimers();

    expect(ticks).toBe(3);
  });

  test('offref removes exactly one subscription and ctx becomes this', () => {
    const emitter = new Events();
    const ctx = { name: 'ctx' };
    const seen: string[] = [];
    const handler = function (this: { name: string }): void {
      seen.push(this.name);
    };
    const ref = emitter.on('e', handler, ctx);
    emitter.on('e', handler, { name: 'other' });

    emitter.offref(ref);
    emitter.trigger('e');

    expect(seen).toEqual(['other']);
  });
});
