import { GitLayerError } from './errors';

/** What to do about a damaged repository, in words: the notes themselves are never at stake. */
export const REPAIR_HINT =
  'Run `git fsck` in the vault to see the damage, then repair it with git or restore the .git folder from a backup or a fresh clone of your remote; your notes are untouched.';

const OID = /\b[0-9a-f]{40}\b/;
const ZLIB =
  /incorrect header check|invalid (stored )?block|invalid distance|unexpected end of file|Z_DATA_ERROR|Z_BUF_ERROR|unknown compression method/i;

/**
 * A `REPOSITORY_CORRUPT` error saying what is damaged and what to do, for the errors isomorphic-git
 * and zlib throw on a damaged repository (a ref naming a missing commit, an object that is not
 * valid compressed data, does not match its id, or does not parse); any other error unchanged.
 */
export function describeCorruption(err: unknown): unknown {
  if (err instanceof GitLayerError || !(err instanceof Error)) return err;
  const code = (err as { code?: unknown }).code;
  const oid = OID.exec(err.message)?.[0];
  let what: string | null = null;
  if (code === 'NotFoundError' && oid !== undefined) what = `it refers to an object that is missing (${oid})`;
  else if (/SHA check failed/i.test(err.message)) what = `an object does not match its id${oid ? ` (${oid})` : ''}`;
  else if (ZLIB.test(err.message) || code === 'Z_DATA_ERROR' || code === 'Z_BUF_ERROR')
    what = 'an object is not valid compressed data';
  else if (code === 'ObjectTypeError') what = `an object has the wrong type (${err.message})`;
  else if (code === 'InternalError' || code === 'ParseError')
    what = `an object cannot be read (${err.message.split('\n').pop() ?? err.message})`;
  if (what === null) return err;
  return new GitLayerError(
    'REPOSITORY_CORRUPT',
    `The vault's git repository is damaged: ${what}. ${REPAIR_HINT}`,
    'GitRepo',
    err,
  );
}
