import type { ParseFn } from './types';

/** Placeholder until kinds/parseItem lands. */
export const defaultParse: ParseFn = () => {
  throw new Error('parseItem not yet available');
};
