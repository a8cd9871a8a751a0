/**
 * Multiplexes several async iterators into one.
 *
 * @module
 */

interface TaggedYieldedValue<T> {
  iterator: AsyncIterator<T>;
  value: T;
}

/**
 * Multiplexes multiple async iterators into a single stream. Values are
 * yielded as soon as any source produces them; each source is only advanced
 * after its previous value was consumed. If a source throws, iteration
 * throws that error.
 *
 * @example
 * ```ts
 * import { MuxAsyncIterator } from "@std/async/mux-async-iterator";
 * async function* gen123() { yield 1; yield 2; yield 3; }
 * async function* gen456() { yield 4; yield 5; yield 6; }
 * const mux = new MuxAsyncIterator<number>();
 * mux.add(gen123());
 * mux.add(gen456());
 * const result = await Array.fromAsync(mux); // 1..6 in some order
 * ```
 *
 * @typeParam T The type of the provided async iterables and generated values.
 */
export class MuxAsyncIterator<T> implements AsyncIterable<T> {
  #iteratorCount = 0;
  #yields: Array<TaggedYieldedValue<T>> = [];
  // deno-lint-ignore no-explicit-any
  #throws: any[] = [];
  #signal = Promise.withResolvers<void>();

  /**
   * Adds an async iterable to the multiplexer.
   *
   * @param iterable The async iterable to add.
   */
  add(iterable: AsyncIterable<T>): void {
    ++this.#iteratorCount;
    this.#callIteratorNext(iterable[Symbol.asyncIterator]());
  }

  async #callIteratorNext(iterator: AsyncIterator<T>) {
    try {
      const { value, done } = await iterator.next();
      if (done) --this.#iteratorCount;
      else this.#yields.push({ iterator, value });
    } catch (e) {
      this.#throws.push(e);
    }
    this.#signal.resolve();
  }

  /**
   * Returns an async iterator over the values of all added iterables.
   *
   * @returns The async iterator.
   */
  async *iterate(): AsyncIterableIterator<T> {
    while (this.#iteratorCount > 0) {
      await this.#signal.promise;
      for (let i = 0; i < this.#yields.length; i++) {
        const { iterator, value } = this.#yields[i]!;
        yield value;
        this.#callIteratorNext(iterator);
      }
      if (this.#throws.length) {
        const [error] = this.#throws;
        this.#throws.length = 0;
        throw error;
      }
      this.#yields.length = 0;
      this.#signal = Promise.withResolvers<void>();
    }
  }

  /**
   * Implements the async iterable protocol.
   *
   * @returns The async iterator.
   */
  [Symbol.asyncIterator](): AsyncIterator<T> {
    return this.iterate();
  }
}
