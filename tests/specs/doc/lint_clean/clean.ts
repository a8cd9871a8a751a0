/**
 * Everything documented.
 * @module
 */

/** Options for {@linkcode scale}. */
export interface ScaleOptions {
  /** The factor. */
  factor: number;
}

/** Scales a number. */
export function scale(n: number, options: ScaleOptions): number {
  return n * options.factor;
}
