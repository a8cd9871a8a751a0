import {
  assert,
  assertEquals,
  assertFalse,
  assertMatch,
} from "../assert/mod.ts";
import { eTag, ifMatch, ifNoneMatch } from "./etag.ts";

Deno.test("eTag() of content is strong and stable", async () => {
  const tag = await eTag("hello deno");
  assertMatch(tag, /^"a-[A-Za-z0-9+/]{27}"$/);
  assertEquals(tag, await eTag(new TextEncoder().encode("hello deno")));
  assert(tag !== await eTag("hello dena"));
  assertMatch(await eTag("", { weak: true }), /^W\/"0-/);
  assert(tag !== await eTag("hello deno", { algorithm: "SHA-1" }));
});

Deno.test("eTag() of file information is weak", async () => {
  const info = { mtime: new Date(1_700_000_000_000), size: 1024 };
  const tag = await eTag(info);
  assertMatch(tag!, /^W\/"400-/);
  assertEquals(tag, await eTag({ ...info }));
  assert(tag !== await eTag({ ...info, mtime: new Date(1_700_000_000_001) }));
  assertMatch((await eTag(info, { weak: false }))!, /^"400-/);
  assertEquals(await eTag({ mtime: null, size: 1 }), undefined);
});

Deno.test("ifMatch() and ifNoneMatch()", () => {
  assert(ifMatch('"a", "b"', '"b"'));
  assert(ifMatch(" * ", '"b"'));
  assertFalse(ifMatch('"a"', '"b"'));
  assertFalse(ifMatch('W/"b"', 'W/"b"'));
  assertFalse(ifMatch(null, '"b"'));
  assertFalse(ifMatch('"b"', undefined));

  assertFalse(ifNoneMatch('"a"', '"a"'));
  assertFalse(ifNoneMatch('W/"a"', '"a"'));
  assertFalse(ifNoneMatch('"x", W/"a"', 'W/"a"'));
  assertFalse(ifNoneMatch("*", '"a"'));
  assert(ifNoneMatch('"b"', '"a"'));
  assert(ifNoneMatch(null, '"a"'));
  assert(ifNoneMatch('"a"', undefined));
});
