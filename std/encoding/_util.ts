/**
 * Internal helpers of `@std/encoding`.
 *
 * @module
 */

const encoder = new TextEncoder();

function getTypeName(value: unknown): string {
  const type = typeof value;
  if (type !== "object") return type;
  if (value === null) return "null";
  return (value as object)?.constructor?.name ?? "object";
}

/** Converts a string, `Uint8Array` or `ArrayBuffer` to a `Uint8Array`. */
export function validateBinaryLike(source: unknown): Uint8Array {
  if (typeof source === "string") return encoder.encode(source);
  if (source instanceof Uint8Array) return source;
  if (source instanceof ArrayBuffer) return new Uint8Array(source);
  throw new TypeError(
    `Cannot validate the input as it must be a Uint8Array, a string, or an ArrayBuffer: received a value of the type ${
      getTypeName(source)
    }`,
  );
}

/** Builds a reverse lookup table for an alphabet. */
export function reverseLookup(alphabet: string): Int16Array {
  const table = new Int16Array(128).fill(-1);
  for (let i = 0; i < alphabet.length; i++) table[alphabet.charCodeAt(i)] = i;
  return table;
}

/** Encodes bytes with a base64 alphabet. */
export function encode64(
  data: Uint8Array,
  alphabet: string,
  padding: boolean,
): string {
  let out = "";
  const len = data.length;
  let i = 0;
  for (; i + 2 < len; i += 3) {
    const n = (data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!;
    out += alphabet[n >> 18]! + alphabet[(n >> 12) & 63]! +
      alphabet[(n >> 6) & 63]! + alphabet[n & 63]!;
  }
  const rest = len - i;
  if (rest === 1) {
    const n = data[i]! << 16;
    out += alphabet[n >> 18]! + alphabet[(n >> 12) & 63]!;
    if (padding) out += "==";
  } else if (rest === 2) {
    const n = (data[i]! << 16) | (data[i + 1]! << 8);
    out += alphabet[n >> 18]! + alphabet[(n >> 12) & 63]! +
      alphabet[(n >> 6) & 63]!;
    if (padding) out += "=";
  }
  return out;
}

/** Decodes base64 text (optionally padded) with a reverse lookup table. */
export function decode64(
  input: string,
  table: Int16Array,
  name: string,
): Uint8Array {
  if (typeof input !== "string") {
    throw new TypeError(
      `Cannot decode input as ${name}: input must be a string`,
    );
  }
  let end = input.length;
  let pad = 0;
  while (end > 0 && input[end - 1] === "=" && pad < 2) {
    end--;
    pad++;
  }
  if (pad > 0 && input.length % 4 !== 0) {
    throw new TypeError(
      `Cannot decode input as ${name}: Length (${input.length}), with padding, must be divisible by 4`,
    );
  }
  if (end % 4 === 1) {
    throw new TypeError(
      `Cannot decode input as ${name}: Length (${end}), excluding padding, must not have a remainder of 1 when divided by 4`,
    );
  }
  const out = new Uint8Array(Math.floor((end * 3) / 4));
  let o = 0;
  let buffer = 0;
  let bits = 0;
  for (let i = 0; i < end; i++) {
    const code = input.charCodeAt(i);
    const value = code < 128 ? table[code]! : -1;
    if (value === -1) {
      throw new TypeError(
        `Cannot decode input as ${name}: Invalid character (${input[i]})`,
      );
    }
    buffer = (buffer << 6) | value;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (buffer >> bits) & 0xff;
    }
  }
  return out;
}
