import { Platform } from 'obsidian';
import type { TlsProbe } from '../../core/observe/TlsProbe';
import { nodeTlsProbe, type TlsModules } from '../../node/nodeTlsProbe';

// The CommonJS `require` Obsidian hands the plugin bundle; it resolves node builtins only in the desktop app.
declare const require: (id: string) => unknown;

/**
 * Node's `tls.connect` in the desktop app, where certificates can be read (DESIGN.md §5); null on
 * mobile, where the TLS check is skipped. Required only here, behind the platform check.
 */
export function desktopTlsProbe(): TlsProbe | null {
  if (Platform.isDesktop && Platform.isDesktopApp) {
    try {
      const tls = require('tls') as { connect: TlsModules['connect'] };
      const net = require('net') as { isIP: TlsModules['isIP'] };
      return nodeTlsProbe({ connect: tls.connect, isIP: net.isIP });
    } catch {
      return null;
    }
  }
  return null;
}

/** The desktop app's environment (env-stored secret references, `VAULT_STACK_*` switches); empty on mobile. */
export function desktopEnvironment(): Readonly<Record<string, string | undefined>> {
  if (Platform.isDesktop && Platform.isDesktopApp) {
    try {
      return (require('process') as { env: Record<string, string | undefined> }).env;
    } catch {
      return {};
    }
  }
  return {};
}
