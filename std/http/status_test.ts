import { assert, assertEquals, assertFalse } from "../assert/mod.ts";
import {
  isClientErrorStatus,
  isErrorStatus,
  isInformationalStatus,
  isRedirectStatus,
  isServerErrorStatus,
  isStatus,
  isSuccessfulStatus,
  STATUS_CODE,
  STATUS_TEXT,
} from "./status.ts";

Deno.test("STATUS_CODE and STATUS_TEXT", () => {
  assertEquals(STATUS_CODE.OK, 200);
  assertEquals(STATUS_CODE.NotFound, 404);
  assertEquals(STATUS_CODE.Teapot, 418);
  assertEquals(STATUS_CODE.NetworkAuthenticationRequired, 511);
  assertEquals(STATUS_TEXT[STATUS_CODE.NotFound], "Not Found");
  assertEquals(STATUS_TEXT[200], "OK");
  assertEquals(
    STATUS_TEXT[STATUS_CODE.InternalServerError],
    "Internal Server Error",
  );
  for (const code of Object.values(STATUS_CODE)) {
    assert(typeof STATUS_TEXT[code] === "string", `${code}`);
  }
  assertEquals(
    Object.keys(STATUS_TEXT).length,
    Object.keys(STATUS_CODE).length,
  );
});

Deno.test("status class predicates", () => {
  assert(isStatus(200));
  assertFalse(isStatus(299));
  assertFalse(isStatus(1000));
  assert(isInformationalStatus(101));
  assertFalse(isInformationalStatus(200));
  assert(isSuccessfulStatus(204));
  assertFalse(isSuccessfulStatus(301));
  assert(isRedirectStatus(308));
  assertFalse(isRedirectStatus(304 + 100));
  assert(isClientErrorStatus(404));
  assertFalse(isClientErrorStatus(500));
  assert(isServerErrorStatus(503));
  assertFalse(isServerErrorStatus(404));
  assert(isErrorStatus(404));
  assert(isErrorStatus(500));
  assertFalse(isErrorStatus(200));
  assertFalse(isErrorStatus(499));
});
