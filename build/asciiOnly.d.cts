/** `text` with each non-ASCII UTF-16 unit written as a `\uXXXX` escape (see asciiOnly.cjs). */
export declare function escapeNonAscii(text: string): string;
/** Rewrites the file at `path` with {@link escapeNonAscii}, when it has anything to escape. */
export declare function asciiOnly(path: string): void;
