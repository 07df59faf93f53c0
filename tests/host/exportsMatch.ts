// Compile-time checks (no runtime code): every name the host exports exists in the real `obsidian`
// module, and every exported function is assignable to the declared one.
import type * as Host from './index';
import type * as O from 'obsidian';

type HostNames = keyof typeof Host;
type Extra = Exclude<HostNames, keyof typeof O>;

/** Fails to compile when the host exports a name the `obsidian` module does not. */
export const noExtraExports: Record<Extra, never> = {};

type FunctionNames = {
  [K in HostNames]: (typeof Host)[K] extends abstract new (...args: never[]) => unknown
    ? never
    : (typeof Host)[K] extends (...args: never[]) => unknown
      ? K
      : never;
}[HostNames];

type Mismatched = {
  [K in FunctionNames & keyof typeof O]: (typeof Host)[K] extends (typeof O)[K] ? never : K;
}[FunctionNames & keyof typeof O];

/** Fails to compile when an exported function's type is not assignable to the declared one. */
export const noMismatchedFunctions: Record<Mismatched, never> = {};
