/** Signatures of formats whose content is compressed: no text secret can be read in them. */
const SIGNATURES: readonly { at: number; bytes: readonly number[] }[] = [
  { at: 0, bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] }, // PNG
  { at: 0, bytes: [0xff, 0xd8, 0xff] }, // JPEG
  { at: 0, bytes: [0x47, 0x49, 0x46, 0x38, 0x39, 0x61] }, // GIF89a
  { at: 0, bytes: [0x47, 0x49, 0x46, 0x38, 0x37, 0x61] }, // GIF87a
  { at: 8, bytes: [0x57, 0x45, 0x42, 0x50, 0x56, 0x50, 0x38] }, // RIFF….WEBPVP8
  { at: 0, bytes: [0x1a, 0x45, 0xdf, 0xa3] }, // Matroska, WebM
  { at: 0, bytes: [0x4f, 0x67, 0x67, 0x53, 0x00] }, // OggS, version 0
  { at: 0, bytes: [0x49, 0x44, 0x33, 0x03, 0x00] }, // ID3v2.3 (MP3)
  { at: 0, bytes: [0x49, 0x44, 0x33, 0x04, 0x00] }, // ID3v2.4 (MP3)
  { at: 0, bytes: [0x66, 0x4c, 0x61, 0x43, 0x00] }, // fLaC, then its first metadata block
  { at: 0, bytes: [0x50, 0x4b, 0x03, 0x04] }, // ZIP: docx, xlsx, epub, jar
  { at: 0, bytes: [0x1f, 0x8b, 0x08] }, // gzip (deflate)
  { at: 0, bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] }, // 7z
  { at: 0, bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00] }, // xz
  { at: 0, bytes: [0x28, 0xb5, 0x2f, 0xfd] }, // zstd
];

/**
 * Whether bytes start like compressed media or an archive (images, audio, video, zip, gzip):
 * the guard skips them, since a secret in them is not text a scan could see, and reading a
 * vault's videos line by line would make every commit slow.
 * @example isCompressedMedia(new Uint8Array([0xff, 0xd8, 0xff, 0xe0])) // true (JPEG)
 */
export function isCompressedMedia(bytes: Uint8Array): boolean {
  return (
    SIGNATURES.some(({ at, bytes: signature }) => signature.every((byte, i) => bytes[at + i] === byte)) ||
    isIsoMedia(bytes)
  );
}

/** MP4, MOV, M4A, HEIC, AVIF: a box size below 16 MiB (a zero first byte), then `ftyp`. */
function isIsoMedia(bytes: Uint8Array): boolean {
  return bytes[0] === 0 && bytes[4] === 0x66 && bytes[5] === 0x74 && bytes[6] === 0x79 && bytes[7] === 0x70;
}
