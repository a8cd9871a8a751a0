/**
 * Time-based UUIDs (version 1): {@linkcode generate} and
 * {@linkcode validate}.
 *
 * @module
 */
import { bytesToUuid } from "./_common.ts";

const V1_REGEXP =
  /^[0-9a-f]{8}-[0-9a-f]{4}-1[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/**
 * Returns whether the string is a valid version 1 UUID.
 *
 * @example Usage
 * ```ts
 * import { generate, validate } from "@std/uuid/v1";
 * import { assert, assertFalse } from "@std/assert";
 *
 * assert(validate(generate()));
 * assertFalse(validate(crypto.randomUUID()));
 * ```
 *
 * @param id The string to check.
 * @returns `true` if it is a version 1 UUID.
 */
export function validate(id: string): boolean {
  return V1_REGEXP.test(id);
}

/** Options for {@linkcode generate}. */
export interface GenerateOptions {
  /** The node id: 6 bytes. Defaults to random bytes (multicast bit set). */
  node?: number[];
  /** The 14-bit clock sequence. Defaults to a random one. */
  clockseq?: number;
  /** The time in milliseconds since the Unix epoch. Defaults to now. */
  msecs?: number;
  /** Extra 100-nanosecond intervals (0 to 9999) added to `msecs`. */
  nsecs?: number;
  /** 16 random bytes to take the node and clock sequence from. */
  random?: number[];
  /** A function returning 16 random bytes, used when `random` is not given. */
  rng?: () => number[];
}

/** Milliseconds from the Gregorian epoch (1582-10-15) to the Unix epoch. */
const GREGORIAN_OFFSET = 12219292800000;

let defaultNode: number[] | undefined;
let defaultClockseq: number | undefined;
let lastMsecs = 0;
let lastNsecs = 0;

function randomBytes(): number[] {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)));
}

/**
 * Generates a version 1 (time and node based) UUID.
 *
 * @example Usage
 * ```ts
 * import { generate, validate } from "@std/uuid/v1";
 * import { assert } from "@std/assert";
 *
 * const id = generate();
 * assert(validate(id));
 *
 * const fixed = generate({
 *   node: [0x01, 0x23, 0x45, 0x67, 0x89, 0xab],
 *   clockseq: 0x1234,
 *   msecs: new Date("2011-11-01").getTime(),
 *   nsecs: 5678,
 * });
 * // fixed === "710b962e-041c-11e1-9234-0123456789ab"
 * ```
 *
 * @param options The parts to use instead of the defaults.
 * @returns A version 1 UUID.
 * @throws {RangeError} If more than 10 million UUIDs are made per second.
 */
export function generate(options: GenerateOptions = {}): string {
  // Given random bytes are used for what is not given; otherwise the node
  // and clock sequence are drawn once and kept.
  const seeded = options.random !== undefined || options.rng !== undefined;
  let node = options.node ?? (seeded ? undefined : defaultNode);
  let clockseq = options.clockseq ?? (seeded ? undefined : defaultClockseq);
  if (node === undefined || clockseq === undefined) {
    const seed = options.random ?? options.rng?.() ?? randomBytes();
    if (node === undefined) {
      node = [
        seed[0]! | 0x01,
        seed[1]!,
        seed[2]!,
        seed[3]!,
        seed[4]!,
        seed[5]!,
      ];
      if (!seeded) defaultNode = node;
    }
    if (clockseq === undefined) {
      clockseq = ((seed[6]! << 8) | seed[7]!) & 0x3fff;
      if (!seeded) defaultClockseq = clockseq;
    }
  }

  let msecs = options.msecs ?? Date.now();
  let nsecs = options.nsecs ?? lastNsecs + 1;
  const dt = msecs - lastMsecs + (nsecs - lastNsecs) / 10000;
  if (dt < 0 && options.clockseq === undefined) {
    clockseq = (clockseq + 1) & 0x3fff;
    defaultClockseq = clockseq;
  }
  if ((dt < 0 || msecs > lastMsecs) && options.nsecs === undefined) nsecs = 0;
  if (nsecs >= 10000) {
    throw new RangeError("Cannot create more than 10M uuids/sec");
  }
  lastMsecs = msecs;
  lastNsecs = nsecs;

  msecs += GREGORIAN_OFFSET;
  const bytes = new Array<number>(16);
  const timeLow = ((msecs & 0xfffffff) * 10000 + nsecs) % 0x100000000;
  bytes[0] = (timeLow >>> 24) & 0xff;
  bytes[1] = (timeLow >>> 16) & 0xff;
  bytes[2] = (timeLow >>> 8) & 0xff;
  bytes[3] = timeLow & 0xff;
  const timeHigh = ((msecs / 0x100000000) * 10000) & 0xfffffff;
  bytes[4] = (timeHigh >>> 8) & 0xff;
  bytes[5] = timeHigh & 0xff;
  bytes[6] = ((timeHigh >>> 24) & 0x0f) | 0x10;
  bytes[7] = (timeHigh >>> 16) & 0xff;
  bytes[8] = (clockseq >>> 8) | 0x80;
  bytes[9] = clockseq & 0xff;
  for (let i = 0; i < 6; i++) bytes[10 + i] = node[i]!;
  return bytesToUuid(bytes);
}
