import {
  assert,
  assertEquals,
  assertFalse,
  assertMatch,
  assertNotEquals,
  assertRejects,
  assertThrows,
} from "../assert/mod.ts";
import {
  isNil,
  MAX_UUID,
  NAMESPACE_DNS,
  NAMESPACE_OID,
  NAMESPACE_URL,
  NAMESPACE_X500,
  NIL_UUID,
  v1,
  v3,
  v4,
  v5,
  v7,
  validate,
  version,
} from "./mod.ts";

const encoder = new TextEncoder();

Deno.test("common: NIL_UUID, isNil(), validate(), version()", () => {
  assertEquals(NIL_UUID, "00000000-0000-0000-0000-000000000000");
  assert(isNil(NIL_UUID));
  assertFalse(isNil(crypto.randomUUID()));
  assert(validate(NIL_UUID));
  assert(validate(MAX_UUID));
  assert(validate(crypto.randomUUID()));
  assert(validate("6BA7B810-9DAD-11D1-80B4-00C04FD430C8"));
  assertFalse(validate(""));
  assertFalse(validate("not-a-uuid"));
  assertFalse(validate("6ba7b810-9dad-01d1-80b4-00c04fd430c8")); // version 0
  assertFalse(validate("6ba7b810-9dad-11d1-c0b4-00c04fd430c8")); // bad variant
  assertFalse(validate("6ba7b8109dad11d180b400c04fd430c8"));
  assertEquals(version(NAMESPACE_DNS), 1);
  assertEquals(version(crypto.randomUUID()), 4);
  assertEquals(version(NIL_UUID), 0);
  assertThrows(() => version("nope"), TypeError);
});

Deno.test("constants are the RFC namespaces", () => {
  assertEquals(NAMESPACE_DNS, "6ba7b810-9dad-11d1-80b4-00c04fd430c8");
  assertEquals(NAMESPACE_URL, "6ba7b811-9dad-11d1-80b4-00c04fd430c8");
  assertEquals(NAMESPACE_OID, "6ba7b812-9dad-11d1-80b4-00c04fd430c8");
  assertEquals(NAMESPACE_X500, "6ba7b814-9dad-11d1-80b4-00c04fd430c8");
});

Deno.test("v1: generate() and validate()", () => {
  const ids = new Set<string>();
  for (let i = 0; i < 1000; i++) {
    const id = v1.generate();
    assert(v1.validate(id), id);
    assertEquals(version(id), 1);
    ids.add(id);
  }
  assertEquals(ids.size, 1000);
  assertEquals(
    v1.generate({
      node: [0x01, 0x23, 0x45, 0x67, 0x89, 0xab],
      clockseq: 0x1234,
      msecs: new Date("2011-11-01").getTime(),
      nsecs: 5678,
    }),
    "710b962e-041c-11e1-9234-0123456789ab",
  );
  const random = Array.from({ length: 16 }, (_, i) => i * 7);
  const seeded = v1.generate({ random, msecs: 0, nsecs: 0 });
  // The node comes from bytes 0-5 (multicast bit set), the clock sequence
  // from bytes 6-7.
  assertMatch(seeded, /-a[0-9a-f]{3}-01070e151c23$/);
  assertMatch(seeded, /-aa3[0-9a-f]-/);
  assertFalse(v1.validate(crypto.randomUUID()));
});

Deno.test("v3: generate() matches known MD5 name-based UUIDs", async () => {
  assertEquals(
    await v3.generate(NAMESPACE_DNS, encoder.encode("python.org")),
    "6fa459ea-ee8a-3ca4-894e-db77e160355e",
  );
  assertEquals(
    await v3.generate(NAMESPACE_URL, encoder.encode("")),
    await v3.generate(NAMESPACE_URL, new Uint8Array()),
  );
  const id = await v3.generate(
    NAMESPACE_URL,
    encoder.encode("https://deno.land"),
  );
  assert(v3.validate(id));
  assertEquals(version(id), 3);
  assertFalse(v3.validate(crypto.randomUUID()));
  await assertRejects(
    () => v3.generate("bad", encoder.encode("x")),
    TypeError,
  );
});

Deno.test("v4: validate() and generate()", () => {
  assert(v4.validate(crypto.randomUUID()));
  assert(v4.validate(v4.generate()));
  assertFalse(v4.validate(NAMESPACE_DNS));
  assertNotEquals(v4.generate(), v4.generate());
});

Deno.test("v5: generate() matches known SHA-1 name-based UUIDs", async () => {
  assertEquals(
    await v5.generate(NAMESPACE_DNS, encoder.encode("python.org")),
    "886313e1-3b8a-5372-9b90-0c9aee199e5d",
  );
  const id = await v5.generate(
    NAMESPACE_URL,
    encoder.encode("https://deno.land"),
  );
  assert(v5.validate(id));
  assertEquals(
    id,
    await v5.generate(NAMESPACE_URL, encoder.encode("https://deno.land")),
  );
  assertFalse(v5.validate(crypto.randomUUID()));
  await assertRejects(
    () => v5.generate("bad", encoder.encode("x")),
    TypeError,
  );
});

Deno.test("v7: generate(), validate() and extractTimestamp()", () => {
  const before = Date.now();
  const id = v7.generate();
  const after = Date.now();
  assert(v7.validate(id));
  assertEquals(version(id), 7);
  const time = v7.extractTimestamp(id);
  assert(time >= before && time <= after);
  assertEquals(v7.extractTimestamp(v7.generate(0)), 0);
  assertEquals(v7.extractTimestamp(v7.generate(2 ** 48 - 1)), 2 ** 48 - 1);
  assert(v7.generate(1000) < v7.generate(2000));
  assertEquals(
    v7.extractTimestamp("017f22e2-79b0-7cc3-98c4-dc0c0c07398f"),
    1645557742000,
  );
  assertThrows(() => v7.generate(-1), RangeError);
  assertThrows(() => v7.generate(1.5), RangeError);
  assertThrows(() => v7.generate(2 ** 48), RangeError);
  assertThrows(() => v7.extractTimestamp(crypto.randomUUID()), TypeError);
  assertFalse(v7.validate(crypto.randomUUID()));
});
