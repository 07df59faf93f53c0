import type { LineView } from './lineViews';

/** A private key file or block found in a file: where it starts and what it is. */
export interface KeyBlock {
  /** 1-based line of the `BEGIN` (or `PuTTY-User-Key-File`) line. */
  line: number;
  reason: string;
}

const PEM_BEGIN = /-----BEGIN ((?:[A-Z0-9]+ )*)PRIVATE KEY(?: BLOCK)?-----/;
const PUTTY_BEGIN = /^PuTTY-User-Key-File-\d+:/;
const BASE64_LINE = /^[A-Za-z0-9+/=]{24,}$/;
/** How far past its first line a key's encoded body may start (PEM headers, PuTTY public lines). */
const PEM_LOOKAHEAD = 6;
const PUTTY_LOOKAHEAD = 60;

/**
 * Finds private key blocks: PEM (`-----BEGIN … PRIVATE KEY-----`, OpenSSH, PGP) and PuTTY `.ppk`
 * files, only when encoded key material follows, so `...` in documentation is not a key.
 */
export function findKeyBlocks(views: readonly LineView[]): KeyBlock[] {
  const found: KeyBlock[] = [];
  views.forEach((view, index) => {
    const pem = PEM_BEGIN.exec(view.text);
    if (pem && hasPemBody(view.text.slice(pem.index + pem[0].length), views.slice(index + 1, index + PEM_LOOKAHEAD))) {
      const type = pem[1].trim();
      found.push({ line: view.line, reason: `${type === '' ? '' : `${type} `}private key block` });
    } else if (
      PUTTY_BEGIN.test(view.text.trim()) &&
      hasPuttyPrivateLines(views.slice(index + 1, index + PUTTY_LOOKAHEAD))
    ) {
      found.push({ line: view.line, reason: 'PuTTY private key file' });
    }
  });
  return found;
}

function hasPemBody(restOfLine: string, next: readonly LineView[]): boolean {
  if (/^\s*[A-Za-z0-9+/=]{24,}/.test(restOfLine)) return true;
  for (const view of next) {
    const text = view.text.trim();
    if (text.startsWith('-----END ')) return false;
    if (BASE64_LINE.test(text)) return true;
  }
  return false;
}

function hasPuttyPrivateLines(next: readonly LineView[]): boolean {
  const at = next.findIndex((view) => /^Private-Lines:\s*[1-9]/.test(view.text.trim()));
  return at >= 0 && next.slice(at + 1, at + 3).some((view) => BASE64_LINE.test(view.text.trim()));
}
