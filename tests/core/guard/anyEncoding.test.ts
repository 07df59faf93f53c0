import { describe, expect, it } from '@jest/globals';
import { decodeForScan } from '../../../src/core/guard/decodeForScan';
import { isCompressedMedia } from '../../../src/core/guard/isCompressedMedia';
import { scanForSecrets } from '../../../src/core/guard/scanForSecrets';
import { FakeSecrets } from './fakeSecrets';

const fake = new FakeSecrets(8);

const latin1 = (text: string): Uint8Array => Uint8Array.from(text, (ch) => ch.charCodeAt(0));
const utf16le = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'utf16le'));
const utf16be = (text: string): Uint8Array => utf16le(text).map((_, i, all) => all[i ^ 1]);

describe('decodeForScan', () => {
  it.each([
    ['UTF-8', new TextEncoder().encode('café token'), 'café token'],
    ['UTF-8 with a BOM', new TextEncoder().encode('\uFEFFcafé'), 'café'],
    ['Latin-1, with U+FFFD for what is not UTF-8', latin1('café token'), 'caf\uFFFD token'],
    ['UTF-16LE with a BOM', utf16le('\uFEFFcafé token'), 'café token'],
    ['UTF-16BE with a BOM', utf16be('\uFEFFcafé token'), 'café token'],
    ['UTF-16LE without a BOM', utf16le('KEY=value\nnext line'), 'KEY=value\nnext line'],
    ['UTF-16BE without a BOM', utf16be('KEY=value\nnext line'), 'KEY=value\nnext line'],
    ['UTF-8 with one NUL byte', new TextEncoder().encode('# a\u0000\nb'), '# a\u0000\nb'],
  ])('reads %s', (_name, bytes, text) => {
    expect(decodeForScan(bytes)).toBe(text);
  });

  it('keeps random binary as UTF-8 rather than taking its NULs for UTF-16', () => {
    const bytes = Uint8Array.from({ length: 4096 }, (_, i) => (i % 7 === 0 ? 0 : (i * 37) % 256));

    expect(decodeForScan(bytes)).toBe(new TextDecoder().decode(bytes));
  });
});

describe('scanForSecrets on files that are not strict UTF-8', () => {
  it('finds a GitHub token in a Latin-1 .env', () => {
    const bytes = latin1(`# Konfiguration für den Server\nGITHUB_TOKEN=${fake.githubClassic()}\n`);

    expect(scanForSecrets([{ path: '.env', bytes }], { allowlist: [] })).toEqual([
      expect.objectContaining({ line: 2, rule: 'github-token' }),
    ]);
  });

  it.each([
    ['UTF-16LE', (t: string) => utf16le(`\uFEFF${t}`)],
    ['UTF-16BE', (t: string) => utf16be(`\uFEFF${t}`)],
    ['UTF-16LE without a BOM', utf16le],
  ])('finds a token in a %s .env', (_name, encode) => {
    const bytes = encode(`APP=notes\r\nSTRIPE=${fake.stripeLive()}\r\n`);

    expect(scanForSecrets([{ path: '.env', bytes }], { allowlist: [] })).toEqual([
      expect.objectContaining({ line: 2, rule: 'stripe-live-key' }),
    ]);
  });

  it('finds an OpenSSH key after a NUL byte', () => {
    const bytes = new TextEncoder().encode(['# nas\u0000', ...fake.pem('OPENSSH PRIVATE KEY')].join('\n'));

    expect(scanForSecrets([{ path: 'nas.md', bytes }], { allowlist: [] })).toEqual([
      expect.objectContaining({ line: 2, rule: 'private-key' }),
    ]);
  });
});

describe('isCompressedMedia', () => {
  it.each([
    ['PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]],
    ['JPEG', [0xff, 0xd8, 0xff, 0xe0, 0, 0x10]],
    ['MP4', [0, 0, 0, 0x20, 0x66, 0x74, 0x79, 0x70, 0x69, 0x73]],
    ['ZIP', [0x50, 0x4b, 0x03, 0x04, 0x14, 0]],
  ])('knows %s', (_name, bytes) => {
    expect(isCompressedMedia(Uint8Array.from(bytes))).toBe(true);
  });

  it.each(['ID3 tags and how to edit them', 'GIF8 is not a format', 'PK notes', '\uFEFF# Note'])(
    'does not take the text %j for media',
    (text) => {
      expect(isCompressedMedia(new TextEncoder().encode(text))).toBe(false);
    },
  );
});
