/**
 * The shape every language's words must have: the English object's keys, with any text as
 * values. Typing `es` and `id` with it makes a missing or extra key a type error.
 *
 * @module
 */

/**
 * A language's words typed after `T` (the English words, `typeof en`): the same keys, any text as
 * leaves, so a missing or extra key in `es` or `id` is a type error.
 */
export type Shape<T> = { readonly [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };
