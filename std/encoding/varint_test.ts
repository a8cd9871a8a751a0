/**
 * Tests for the varint encoding.
 *
 * @module
 */
import { assertEquals, assertThrows } from "../assert/mod.ts";
import {
  decodeVarint,
  decodeVarint32,
  encodeVarint,
  MaxUint64,
  MaxVarintLen16,
  MaxVarintLen32,
  MaxVarintLen64,
} from "./varint.ts";

Deno.test("encodeVarint()", () => {
  assertEquals(encodeVarint(0), [new Uint8Array([0]), 1]);
  assertEquals(encodeVarint(1n), [new Uint8Array([1]), 1]);
  assertEquals(encodeVarint(300), [new Uint8Array([0xac, 0x02]), 2]);
  assertEquals(encodeVarint(MaxUint64)[0].length, MaxVarintLen64);
  assertEquals(
    encodeVarint(MaxUint64)[0],
    new Uint8Array([255, 255, 255, 255, 255, 255, 255, 255, 255, 1]),
  );
  const buf = new Uint8Array(6);
  assertEquals(encodeVarint(42n, buf, 3), [new Uint8Array([42]), 4]);
  assertEquals(buf[3], 42);
  assertThrows(() => encodeVarint(-1), RangeError);
  assertThrows(() => encodeVarint(1.5), RangeError);
  assertThrows(() => encodeVarint(MaxUint64 + 1n), RangeError);
  assertThrows(() => encodeVarint(300, new Uint8Array(1)), RangeError);
  assertEquals([MaxVarintLen16, MaxVarintLen32, MaxVarintLen64], [3, 5, 10]);
});

Deno.test("decodeVarint()", () => {
  assertEquals(decodeVarint(new Uint8Array([0x8e, 0x02])), [270n, 2]);
  assertEquals(decodeVarint(new Uint8Array([9, 0xac, 0x02, 7]), 1), [300n, 3]);
  assertEquals(decodeVarint(encodeVarint(MaxUint64)[0]), [MaxUint64, 10]);
  assertThrows(() => decodeVarint(new Uint8Array([0x80])), RangeError);
  assertThrows(() => decodeVarint(new Uint8Array(11).fill(0xff)), RangeError);
  assertThrows(
    () =>
      decodeVarint(
        new Uint8Array([255, 255, 255, 255, 255, 255, 255, 255, 255, 2]),
      ),
    RangeError,
  );
  for (const n of [0n, 127n, 128n, 16383n, 16384n, 2n ** 32n, 2n ** 53n + 1n]) {
    assertEquals(decodeVarint(encodeVarint(n)[0])[0], n);
  }
});

Deno.test("decodeVarint32()", () => {
  assertEquals(decodeVarint32(new Uint8Array([0x8e, 0x02])), [270, 2]);
  assertEquals(decodeVarint32(encodeVarint(2 ** 32 - 1)[0]), [2 ** 32 - 1, 5]);
  assertThrows(() => decodeVarint32(encodeVarint(2 ** 32)[0]), RangeError);
  assertThrows(() => decodeVarint32(new Uint8Array([0xff, 0xff])), RangeError);
});
