/** The public members of a declared class, so a host class can `implements` it despite protected members. */
export type Public<T> = { [K in keyof T]: T[K] };
