/**
 * Branches one async iterable into several.
 *
 * @module
 */

/** Utility for representing n-tuple. Used in {@linkcode tee}. */
export type Tuple<T, N extends number> = N extends N
  ? number extends N ? T[] : TupleOf<T, N, []>
  : never;

/** Utility for representing n-tuple of. Used in {@linkcode Tuple}. */
export type TupleOf<T, N extends number, R extends unknown[]> =
  R["length"] extends N ? R : TupleOf<T, N, [T, ...R]>;

interface Node<T> {
  value: T;
  next: Node<T> | null;
}

/**
 * Branches the given async iterable into `n` branches (2 by default). Each
 * branch yields every item of the source; the source is read once, as fast
 * as the fastest branch consumes it.
 *
 * @example
 * ```ts
 * import { tee } from "@std/async/tee";
 * const gen = async function* () { yield 1; yield 2; yield 3; };
 * const [branch1, branch2] = tee(gen());
 * await Array.fromAsync(branch1); // [1, 2, 3]
 * await Array.fromAsync(branch2); // [1, 2, 3]
 * ```
 *
 * @typeParam T The type of the items.
 * @typeParam N The number of branches.
 * @param iterable The async iterable to branch.
 * @param n The number of branches.
 * @returns A tuple of `n` async iterables.
 */
export function tee<T, N extends number = 2>(
  iterable: AsyncIterable<T>,
  n: N = 2 as N,
): Tuple<AsyncIterable<T>, N> {
  const source = iterable[Symbol.asyncIterator]();
  const head = { next: null } as unknown as Node<T>;
  let tail = head;
  let done = false;
  let pulling: Promise<void> | null = null;

  const pull = (): Promise<void> => {
    if (!pulling) {
      pulling = (async () => {
        try {
          const result = await source.next();
          if (result.done) {
            done = true;
          } else {
            const node: Node<T> = { value: result.value, next: null };
            tail.next = node;
            tail = node;
          }
        } finally {
          pulling = null;
        }
      })();
    }
    return pulling;
  };

  async function* branch(): AsyncGenerator<T> {
    let current = head;
    while (true) {
      if (current.next) {
        current = current.next;
        yield current.value;
        continue;
      }
      if (done) return;
      await pull();
    }
  }

  return Array.from({ length: n }).map(() => branch()) as Tuple<
    AsyncIterable<T>,
    N
  >;
}
