import type { Setting } from 'obsidian';
import { RELATION_CHECKS, type RelationCheck } from '../core/relations/relationWarnings';
import type { VaultStackSettings } from './settings';

const CHECK_TEXT: Record<RelationCheck, { name: string; desc: string }> = {
  'service-without-backup': { name: 'Services without a backup', desc: 'Warn about a service that no backup covers.' },
  'unused-secret': { name: 'Secrets nothing uses', desc: 'Warn about a secret that no service or other item uses.' },
  'device-without-bootstrap': {
    name: 'Devices without bootstrap steps',
    desc: 'Warn about a device that hosts services but lists no bootstrap steps.',
  },
  'backup-covers-nothing': {
    name: 'Backups that cover nothing',
    desc: 'Warn about a backup whose covers list is empty.',
  },
  'duplicate-url': {
    name: 'Bookmarks of the same page',
    desc: 'Warn about two bookmarks whose URLs differ only by case, a trailing slash or tracking parameters.',
  },
};

/** The settings rows that switch each relation check on or off (shown in Problems and by `vault-stack check`). */
export function relationCheckRows(
  settings: () => VaultStackSettings,
  save: () => Promise<void>,
): { name: string; desc: string; render(setting: Setting): void }[] {
  return RELATION_CHECKS.map((check) => ({
    ...CHECK_TEXT[check],
    render: (setting: Setting) => {
      setting.addToggle((t) =>
        t.setValue(settings().relationChecks[check]).onChange((on) => {
          settings().relationChecks[check] = on;
          void save();
        }),
      );
    },
  }));
}
