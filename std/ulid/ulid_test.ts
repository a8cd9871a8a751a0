import {
  assert,
  assertEquals,
  assertMatch,
  assertThrows,
} from "../assert/mod.ts";
import { decodeTime, monotonicUlid, ulid } from "./mod.ts";

const ULID_REGEXP = /^[0-9A-HJKMNP-TV-Z]{26}$/;

Deno.test("ulid() makes 26 Crockford base32 characters", () => {
  const ids = new Set<string>();
  for (let i = 0; i < 1000; i++) {
    const id = ulid();
    assertMatch(id, ULID_REGEXP);
    ids.add(id);
  }
  assertEquals(ids.size, 1000);
});

Deno.test("ulid() encodes the seed time", () => {
  assertEquals(ulid(1469918176385).slice(0, 10), "01ARYZ6S41");
  assertEquals(ulid(0).slice(0, 10), "0000000000");
  assertEquals(ulid(2 ** 48 - 1).slice(0, 10), "7ZZZZZZZZZ");
  assertEquals(decodeTime(ulid(1469918176385)), 1469918176385);
  assertThrows(() => ulid(2 ** 48), RangeError);
  assertThrows(() => ulid(-1), RangeError);
  assertThrows(() => ulid(Number.NaN), RangeError);
});

Deno.test("ulid()s of different times sort by time", () => {
  assert(ulid(1000) < ulid(1001));
  assert(ulid(1) < ulid(2 ** 40));
});

Deno.test("monotonicUlid() increases within one millisecond", () => {
  const ids = Array.from({ length: 1000 }, () => monotonicUlid(150000));
  for (let i = 1; i < ids.length; i++) {
    assert(ids[i - 1]! < ids[i]!, `${ids[i - 1]} < ${ids[i]}`);
    assertEquals(ids[i]!.slice(0, 10), ids[0]!.slice(0, 10));
  }
  // A clock going back keeps the last time.
  const later = monotonicUlid(200000);
  const back = monotonicUlid(100000);
  assert(later < back);
  assertEquals(decodeTime(back), 200000);
  assertMatch(monotonicUlid(), ULID_REGEXP);
});

Deno.test("decodeTime() reads the time and rejects bad ULIDs", () => {
  assertEquals(decodeTime("01ARYZ6S41TSV4RRFFQ69G5FAV"), 1469918176385);
  assertEquals(decodeTime("01aryz6s41tsv4rrffq69g5fav"), 1469918176385);
  assertThrows(() => decodeTime("01ARYZ6S41"), Error, "26");
  assertThrows(() => decodeTime("01ARYZ6S4UTSV4RRFFQ69G5FAV"), Error);
  assertThrows(() => decodeTime("8ZZZZZZZZZTSV4RRFFQ69G5FAV"), RangeError);
});
