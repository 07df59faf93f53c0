import { parseItem } from '../kinds/parseItem';
import type { ParseFn } from './types';

/** The index's parser unless one is passed in: the kinds' `parseItem`. */
export const defaultParse: ParseFn = parseItem;
