/** A note before the module doc: not the module doc, because it has no module tag. */
import type { Hidden, Shape } from "./shapes.ts";

/**
 * Shapes, their areas, and a few odd comments.
 *
 *   indented text keeps its place
 *no space after the star
 *    * a star inside the text
 * an email: someone@example.com
 *
 * ```ts
 * // @ignore inside a code block is text, not a tag
 * import { area } from "./mod.ts";
 * ```
 * @module
 */

/**
 * The area of a shape.
 * @param shape the shape, mentioning @internal in its text
 * @returns its area
 */
export function area(shape: Shape): number {
  return shape.w * shape.h;
}

/** Not documented: @ignore */
export function ignored(h: Hidden): number {
  return h.n;
}

/**
 * Used by the package only.
 * @internal
 */
export function internal(h: Hidden): number {
  return h.n;
}

/**
	* Tabs before the stars.
	* @deprecated use {@link area}
	*/
export const OLD_AREA = 1;

/** A namespace with a hidden member. */
export namespace Tools {
  /** @ignore */
  export function secret(h: Hidden): number {
    return h.n;
  }
  /** Shown. */
  export function shown(): number {
    return 1;
  }
}
