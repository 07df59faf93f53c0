import { SecretComponent, type App, type Setting } from 'obsidian';
import type { ObserveSettings } from './settings';

/**
 * The settings rows of observation: the interval of background checks (off by default), the ntfy
 * topic URL, the secret holding its token (in Obsidian's secret storage, never in the vault), and a
 * JSON webhook.
 */
export function observeRows(
  app: App,
  settings: () => ObserveSettings,
  save: () => Promise<void>,
): { name: string; desc: string; render(setting: Setting): void }[] {
  const text = (key: 'ntfyUrl' | 'webhookUrl') => (setting: Setting) => {
    setting.addText((input) =>
      input.setValue(settings()[key]).onChange((value) => {
        settings()[key] = value.trim();
        void save();
      }),
    );
  };
  return [
    {
      name: 'Verify every',
      desc: 'Minutes between background checks of health URLs, certificates, domains, backups, secrets and links; 0 turns it off. Backups and secrets are checked on desktop only.',
      render: (setting) => {
        setting.addText((input) => {
          input.inputEl.type = 'number';
          input.setValue(String(settings().intervalMinutes)).onChange((value) => {
            const n = Number(value.trim());
            if (!Number.isInteger(n) || n < 0) return;
            settings().intervalMinutes = n;
            void save();
          });
        });
      },
    },
    {
      name: 'Ntfy topic URL',
      desc: 'Changes (a service down or up again, a backup stale, a certificate or domain expiring, a secret reference dangling) are published here, once each. Empty for none.',
      render: text('ntfyUrl'),
    },
    {
      name: 'Ntfy access token',
      desc: "The secret holding the ntfy token, if the topic needs one. It stays in Obsidian's secret storage.",
      render: (setting) => {
        setting.addComponent((el) =>
          new SecretComponent(app, el).setValue(settings().ntfyTokenSecret).onChange((name) => {
            settings().ntfyTokenSecret = name;
            void save();
          }),
        );
      },
    },
    {
      name: 'Webhook URL',
      desc: 'Each change is also posted here as JSON. Empty for none.',
      render: text('webhookUrl'),
    },
  ];
}
