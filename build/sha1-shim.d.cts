/** FIPS 180-4 SHA-1 in plain JavaScript (see sha1-shim.cjs). */
declare class Sha1 {
  update(bytes: Uint8Array): this;
  digest(): Uint8Array;
  digest(encoding: 'hex'): string;
}
export = Sha1;
