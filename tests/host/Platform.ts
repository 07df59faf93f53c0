/** Obsidian's Platform flags: the host pretends to be the Linux desktop app. */
export const Platform = {
  isDesktop: true,
  isMobile: false,
  isDesktopApp: true,
  isMobileApp: false,
  isIosApp: false,
  isAndroidApp: false,
  isPhone: false,
  isTablet: false,
  isMacOS: false,
  isWin: false,
  isLinux: true,
  isSafari: false,
  resourcePathPrefix: 'app://vault-stack-host/',
};

/** The API version the host emulates (the installed `obsidian` type package). */
export const apiVersion = '1.13.1';

/** Whether `apiVersion` is at least `version`. */
export function requireApiVersion(version: string): boolean {
  const a = apiVersion.split('.').map(Number);
  const b = version.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d > 0;
  }
  return true;
}

/** The UI language ("en"). */
export function getLanguage(): string {
  return 'en';
}
