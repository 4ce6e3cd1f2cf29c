/**
 * The shape every language's words must have: the English object's keys, with any text as
 * values. Typing `es` and `id` with it makes a missing or extra key a type error.
 *
 * @module
 */

/** Same keys as `T`, string leaves. */
export type Shape<T> = { readonly [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };
