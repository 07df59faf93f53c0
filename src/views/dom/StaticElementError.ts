/** Why a StaticElement refused a write: each is a bug in view code, never a property of a note. */
export type StaticElementErrorCode = 'UNSAFE_TAG' | 'UNSAFE_ATTRIBUTE' | 'UNSAFE_URL' | 'VOID_CHILD';

/** Thrown when view code asks the serialising element for something that could run script or break the page. */
export class StaticElementError extends Error {
  constructor(
    readonly code: StaticElementErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'StaticElementError';
  }
}
