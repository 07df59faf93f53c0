import type * as O from 'obsidian';
import { type TextAreaComponent, type TextComponent } from './components';
import { ButtonComponent } from './buttonComponents';
import { Setting } from './Setting';
import { SettingGroup } from './SettingGroup';

/** What a definitions tab needs from its owner: values, and a way to open sub-pages. */
export interface DefinitionsOwner {
  getControlValue(key: string): unknown;
  setControlValue(key: string, value: unknown): void | Promise<void>;
  openPage(page: O.SettingDefinitionPage): void;
}

/** A rendered row whose `visible`/`disabled` predicates can be re-evaluated. */
interface LiveRow {
  el: HTMLElement;
  visible?: boolean | (() => boolean);
  setting?: Setting;
  disabled?: boolean | (() => boolean);
}

const evaluate = (flag: boolean | (() => boolean) | undefined, fallback: boolean): boolean =>
  flag === undefined ? fallback : typeof flag === 'function' ? flag() : flag;

/**
 * Renders Obsidian 1.13 declarative setting definitions into real Setting rows: controls read and
 * write through the owner (with `validate` messages), `render` rows get a Setting, groups and lists
 * get headings, pages become navigable rows. `refresh()` re-applies `visible`/`disabled`.
 */
export class DefinitionsRenderer {
  private rows: LiveRow[] = [];
  private cleanups: Array<() => void> = [];

  constructor(private readonly owner: DefinitionsOwner) {}

  /** Renders items into a container (emptied first). */
  render(items: O.SettingDefinitionItem[], containerEl: HTMLElement): void {
    this.dispose();
    containerEl.empty();
    const loose = new SettingGroup(containerEl);
    for (const item of items) {
      if (isGroup(item)) this.renderGroup(item, containerEl);
      else this.renderItem(item, loose, 0);
    }
    this.refresh();
  }

  /** Re-evaluates every `visible` and `disabled` predicate. */
  refresh(): void {
    for (const row of this.rows) {
      row.el.toggle(evaluate(row.visible, true));
      if (row.setting && row.disabled !== undefined) row.setting.setDisabled(evaluate(row.disabled, false));
    }
  }

  /** Runs `render` cleanups. */
  dispose(): void {
    for (const c of this.cleanups.splice(0)) c();
    this.rows = [];
  }

  private renderGroup(group: O.SettingDefinitionGroup | O.SettingDefinitionList, containerEl: HTMLElement): void {
    const g = new SettingGroup(containerEl);
    if (group.heading) g.setHeading(group.heading);
    if (group.cls) g.addClass(...group.cls.split(' '));
    this.rows.push({ el: g.groupEl, visible: group.visible });
    for (const cb of group.extraButtons ?? []) g.addExtraButton(cb);
    const list = group.type === 'list' ? (group as O.SettingDefinitionList) : null;
    if (list?.addItem) {
      const add = list.addItem;
      g.addExtraButton((b) =>
        b
          .setIcon('plus')
          .setTooltip(add.name)
          .onClick(() => add.action(b.extraSettingsEl)),
      );
    }
    const items = group.items ?? [];
    if (list && items.length === 0 && list.emptyState !== undefined)
      g.listEl.createDiv({ cls: 'setting-list-empty' }).setText(list.emptyState);
    items.forEach((item, index) => {
      const row = this.renderItem(item, g, index);
      if (list?.onDelete && row) {
        const onDelete = list.onDelete;
        new ButtonComponent(row.controlEl)
          .setIcon('trash-2')
          .setTooltip('Delete')
          .setClass('setting-list-delete')
          .onClick(() => onDelete(index));
      }
    });
  }

  private renderItem(item: O.SettingGroupItem, group: SettingGroup, index: number): Setting | null {
    const setting = new Setting(group.listEl).setName(item.name);
    if (item.desc !== undefined) setting.setDesc(item.desc);
    const row: LiveRow = { el: setting.settingEl, visible: item.visible, setting };
    this.rows.push(row);
    if ('type' in item && item.type === 'page') {
      const page = item;
      setting.settingEl.addClass('mod-navigable');
      const value = typeof page.displayValue === 'function' ? page.displayValue() : page.displayValue;
      if (value !== undefined) setting.controlEl.createSpan({ cls: 'setting-item-display-value', text: value });
      const status = typeof page.status === 'function' ? page.status() : page.status;
      if (status === 'warning') setting.settingEl.addClass('mod-warning');
      setting.settingEl.addEventListener('click', () => this.owner.openPage(page));
      return setting;
    }
    const def = item as O.SettingDefinition;
    if (def.render) {
      const cleanup = def.render(setting, group);
      if (typeof cleanup === 'function') this.cleanups.push(cleanup);
    } else if (def.action) {
      const action = def.action;
      row.disabled = def.disabled;
      setting.settingEl.addClass('mod-clickable');
      setting.settingEl.addEventListener('click', () => {
        if (!setting.settingEl.hasClass('is-disabled')) action(setting.settingEl, index);
      });
    } else if (def.control) {
      row.disabled = def.control.disabled;
      this.renderControl(setting, def.control);
    }
    return setting;
  }

  private renderControl(setting: Setting, control: O.SettingControl): void {
    const stored = this.owner.getControlValue(control.key);
    const initial: unknown = stored === undefined || stored === null ? control.defaultValue : stored;
    const commit = async (value: unknown): Promise<void> => {
      const validate = control.validate as ((v: unknown) => string | void | Promise<string | void>) | undefined;
      const message = validate ? await validate(value) : undefined;
      setting.setErrorMessage(message || null);
      if (!message) await this.owner.setControlValue(control.key, value);
    };
    switch (control.type) {
      case 'toggle':
        setting.addToggle((t) => t.setValue(initial === true).onChange((v) => commit(v)));
        return;
      case 'dropdown':
        setting.addDropdown((d) =>
          d
            .addOptions(control.options)
            .setValue(asText(initial))
            .onChange((v) => commit(v)),
        );
        return;
      case 'textarea':
        setting.addTextArea((t: TextAreaComponent) => t.setValue(asText(initial)).onChange((v) => commit(v)));
        break;
      case 'number':
        setting.addText((t: TextComponent) => {
          t.inputEl.type = 'number';
          t.setValue(asText(initial)).onChange((v) => {
            const n = Number(v);
            return commit(v.trim() === '' || Number.isNaN(n) ? (control.defaultValue ?? 0) : n);
          });
        });
        break;
      case 'slider':
      case 'color':
        setting.addText((t: TextComponent) => {
          t.inputEl.type = control.type === 'slider' ? 'range' : 'color';
          t.setValue(asText(initial)).onChange((v) => commit(control.type === 'slider' ? Number(v) : v));
        });
        return;
      default:
        // text, file and folder: a text input holding the path or text.
        setting.addText((t: TextComponent) => {
          if ('placeholder' in control && control.placeholder) t.setPlaceholder(control.placeholder);
          t.setValue(asText(initial)).onChange((v) => commit(v));
        });
    }
    const validate = control.validate as ((v: unknown) => string | void | Promise<string | void>) | undefined;
    if (validate && initial !== undefined) {
      // A block body: returning the Setting (which has a `then` method) would make it a thenable and loop forever.
      void Promise.resolve(validate(initial)).then((message) => {
        setting.setErrorMessage(message || null);
      });
    }
  }
}

/** A stored value as input text (objects become ''). */
function asText(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
}

function isGroup(item: O.SettingDefinitionItem): item is O.SettingDefinitionGroup | O.SettingDefinitionList {
  return 'type' in item && (item.type === 'group' || item.type === 'list');
}

/** Host-only helper for tests: the setting row with this name, searched in an element. */
export function findSettingRow(containerEl: HTMLElement, name: string): HTMLElement | null {
  for (const row of Array.from(containerEl.querySelectorAll<HTMLElement>('.setting-item'))) {
    if (row.querySelector('.setting-item-name')?.textContent === name) return row;
  }
  return null;
}
