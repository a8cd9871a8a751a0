import { assertEquals, assertThrows } from "../assert/mod.ts";
import {
  deleteCookie,
  getCookies,
  getSetCookies,
  setCookie,
} from "./cookie.ts";

Deno.test("getCookies()", () => {
  assertEquals(getCookies(new Headers()), {});
  assertEquals(
    getCookies(
      new Headers({ Cookie: "PREF=al=en-GB&f=1; SID=__Host-abc; empty=; x" }),
    ),
    { PREF: "al=en-GB&f=1", SID: "__Host-abc", empty: "" },
  );
  assertEquals(getCookies(new Headers({ Cookie: " a = 1 ;b=2" })), {
    a: "1",
    b: "2",
  });
});

Deno.test("setCookie() writes attributes in order", () => {
  const headers = new Headers();
  setCookie(headers, {
    name: "Space",
    value: "Cat",
    secure: true,
    httpOnly: true,
    partitioned: true,
    maxAge: 2,
    domain: "deno.land",
    sameSite: "Strict",
    path: "/",
    expires: new Date(Date.UTC(1983, 0, 7, 15, 32)),
    unparsed: ["unparsed=keyvalue", "batman=Bruce"],
  });
  assertEquals(
    headers.get("set-cookie"),
    "Space=Cat; Secure; HttpOnly; Partitioned; Max-Age=2; Domain=deno.land; SameSite=Strict; Path=/; Expires=Fri, 07 Jan 1983 15:32:00 GMT; unparsed=keyvalue; batman=Bruce",
  );
});

Deno.test("setCookie() handles prefixes, several cookies and errors", () => {
  const headers = new Headers();
  setCookie(headers, { name: "__Secure-a", value: "1" });
  setCookie(headers, {
    name: "__Host-b",
    value: "2",
    domain: "x.com",
    path: "/p",
  });
  setCookie(headers, { name: "c", value: '"quoted"', expires: 0 });
  assertEquals(headers.getSetCookie(), [
    "__Secure-a=1; Secure",
    "__Host-b=2; Secure; Path=/",
    'c="quoted"; Expires=Thu, 01 Jan 1970 00:00:00 GMT',
  ]);
  setCookie(headers, { name: "", value: "ignored" });
  assertEquals(headers.getSetCookie().length, 3);
  assertThrows(
    () => setCookie(new Headers(), { name: "bad name", value: "x" }),
    SyntaxError,
  );
  assertThrows(
    () => setCookie(new Headers(), { name: "a", value: "x;y" }),
    SyntaxError,
  );
  assertThrows(
    () => setCookie(new Headers(), { name: "a", value: "é" }),
    SyntaxError,
  );
  assertThrows(
    () => setCookie(new Headers(), { name: "a", value: "x", path: "/a;b" }),
    SyntaxError,
  );
  assertThrows(
    () => setCookie(new Headers(), { name: "a", value: "x", domain: "-x.com" }),
    SyntaxError,
  );
  assertThrows(
    () => setCookie(new Headers(), { name: "a", value: "x", maxAge: -1 }),
    RangeError,
  );
  assertThrows(
    () => setCookie(new Headers(), { name: "a", value: "x", maxAge: 1.5 }),
    RangeError,
  );
  assertThrows(
    () =>
      setCookie(new Headers(), { name: "a", value: "x", partitioned: true }),
    Error,
  );
});

Deno.test("deleteCookie()", () => {
  const headers = new Headers();
  deleteCookie(headers, "deno");
  deleteCookie(headers, "other", {
    path: "/a",
    domain: "deno.land",
    secure: true,
    httpOnly: true,
  });
  assertEquals(headers.getSetCookie(), [
    "deno=; Expires=Thu, 01 Jan 1970 00:00:00 GMT",
    "other=; Secure; HttpOnly; Domain=deno.land; Path=/a; Expires=Thu, 01 Jan 1970 00:00:00 GMT",
  ]);
});

Deno.test("getSetCookies() reads back what setCookie() wrote", () => {
  const headers = new Headers();
  setCookie(headers, {
    name: "a",
    value: "1",
    secure: true,
    httpOnly: true,
    maxAge: 10,
    domain: "deno.land",
    sameSite: "Lax",
    path: "/x",
    expires: new Date(Date.UTC(2030, 0, 1)),
  });
  headers.append("set-cookie", "b=2; Partitioned; Secure; Priority=High");
  headers.append("set-cookie", "__Host-c=3; Path=/"); // not secure: dropped
  headers.append("set-cookie", "d=4; Max-Age=-5"); // invalid: dropped
  headers.append("set-cookie", "=nameless"); // dropped
  assertEquals(getSetCookies(headers), [
    {
      name: "a",
      value: "1",
      secure: true,
      httpOnly: true,
      maxAge: 10,
      domain: "deno.land",
      sameSite: "Lax",
      path: "/x",
      expires: new Date(Date.UTC(2030, 0, 1)),
    },
    {
      name: "b",
      value: "2",
      partitioned: true,
      secure: true,
      unparsed: ["Priority=High"],
    },
  ]);
  assertEquals(getSetCookies(new Headers()), []);
});
