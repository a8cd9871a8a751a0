/**
 * HTTP cookies: read the `Cookie` header of a request with
 * {@linkcode getCookies}, and set or delete cookies in a response's
 * `Set-Cookie` headers with {@linkcode setCookie} and
 * {@linkcode deleteCookie}; {@linkcode getSetCookies} reads them back.
 *
 * @module
 */

/** A cookie, as set with {@linkcode setCookie}. */
export interface Cookie {
  /** The name of the cookie. */
  name: string;
  /** The value of the cookie. */
  value: string;
  /** When the cookie expires, as a date or milliseconds since the epoch. */
  expires?: Date | number;
  /** How many seconds until the cookie expires (a non-negative integer). */
  maxAge?: number;
  /** The hosts the cookie is sent to. */
  domain?: string;
  /** The path the cookie is sent for. */
  path?: string;
  /** Whether the cookie is only sent over HTTPS. */
  secure?: boolean;
  /** Whether the cookie is hidden from JavaScript (`document.cookie`). */
  httpOnly?: boolean;
  /** Whether the cookie is partitioned (CHIPS); needs `secure`. */
  partitioned?: boolean;
  /** Whether the cookie is sent on cross-site requests. */
  sameSite?: "Strict" | "Lax" | "None";
  /** Other attributes, as `key=value` strings, added as they are. */
  unparsed?: string[];
}

// RFC 6265 token: no separators, controls or spaces.
const NAME_REGEXP = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

function validateName(name: string): void {
  if (!NAME_REGEXP.test(name)) {
    throw new SyntaxError(`Cannot set cookie: invalid name "${name}"`);
  }
}

function validateValue(name: string, value: string): void {
  // cookie-octet, optionally within double quotes
  const inner =
    value.length >= 2 && value.startsWith('"') && value.endsWith('"')
      ? value.slice(1, -1)
      : value;
  for (const char of inner) {
    const code = char.codePointAt(0)!;
    if (
      code < 0x21 || code > 0x7e || code === 0x22 || code === 0x2c ||
      code === 0x3b || code === 0x5c
    ) {
      throw new SyntaxError(
        `Cannot set cookie "${name}": the value contains an invalid character ${
          JSON.stringify(char)
        }`,
      );
    }
  }
}

function validatePath(path: string): void {
  for (const char of path) {
    const code = char.codePointAt(0)!;
    if (code < 0x20 || code > 0x7e || char === ";") {
      throw new SyntaxError(
        `Cannot set cookie: the path "${path}" contains an invalid character ${
          JSON.stringify(char)
        }`,
      );
    }
  }
}

function validateDomain(domain: string): void {
  const first = domain[0];
  const last = domain[domain.length - 1];
  if (first === "-" || last === "." || last === "-" || /[\s;,]/.test(domain)) {
    throw new SyntaxError(`Cannot set cookie: invalid domain "${domain}"`);
  }
}

function toString(input: Cookie): string {
  const cookie = { ...input };
  if (!cookie.name) return "";
  validateName(cookie.name);
  validateValue(cookie.name, cookie.value);
  const out = [`${cookie.name}=${cookie.value}`];
  // Cookie prefixes (RFC 6265bis): the browser drops such cookies otherwise.
  if (cookie.name.startsWith("__Secure")) cookie.secure = true;
  if (cookie.name.startsWith("__Host")) {
    cookie.path = "/";
    cookie.secure = true;
    delete cookie.domain;
  }
  if (cookie.partitioned && !cookie.secure) {
    throw new Error(
      `Cannot set cookie "${cookie.name}": a partitioned cookie must be secure`,
    );
  }
  if (cookie.secure) out.push("Secure");
  if (cookie.httpOnly) out.push("HttpOnly");
  if (cookie.partitioned) out.push("Partitioned");
  if (cookie.maxAge !== undefined) {
    if (!Number.isInteger(cookie.maxAge) || cookie.maxAge < 0) {
      throw new RangeError(
        `Cannot set cookie "${cookie.name}": max-age must be a non-negative integer, received ${cookie.maxAge}`,
      );
    }
    out.push(`Max-Age=${cookie.maxAge}`);
  }
  if (cookie.domain) {
    validateDomain(cookie.domain);
    out.push(`Domain=${cookie.domain}`);
  }
  if (cookie.sameSite) out.push(`SameSite=${cookie.sameSite}`);
  if (cookie.path) {
    validatePath(cookie.path);
    out.push(`Path=${cookie.path}`);
  }
  if (cookie.expires !== undefined) {
    const date = typeof cookie.expires === "number"
      ? new Date(cookie.expires)
      : cookie.expires;
    out.push(`Expires=${date.toUTCString()}`);
  }
  if (cookie.unparsed && cookie.unparsed.length > 0) {
    out.push(cookie.unparsed.join("; "));
  }
  return out.join("; ");
}

/**
 * Reads the cookies of a `Cookie` header into an object.
 *
 * @example Usage
 * ```ts
 * import { getCookies } from "@std/http/cookie";
 * import { assertEquals } from "@std/assert";
 *
 * const headers = new Headers({ Cookie: "full=of; tasty=chocolate" });
 * assertEquals(getCookies(headers), { full: "of", tasty: "chocolate" });
 * ```
 *
 * @param headers The headers holding a `Cookie` header.
 * @returns The cookies, by name.
 */
export function getCookies(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  const header = headers.get("Cookie");
  if (header === null) return out;
  for (const pair of header.split(";")) {
    const index = pair.indexOf("=");
    if (index === -1) continue;
    const name = pair.slice(0, index).trim();
    if (name === "") continue;
    Object.defineProperty(out, name, {
      value: pair.slice(index + 1).trim(),
      writable: true,
      enumerable: true,
      configurable: true,
    });
  }
  return out;
}

/**
 * Adds a `Set-Cookie` header for the cookie.
 *
 * Attributes are written in this order: `Secure`, `HttpOnly`,
 * `Partitioned`, `Max-Age`, `Domain`, `SameSite`, `Path`, `Expires`, then
 * the unparsed ones. Names starting with `__Secure` are made secure, and
 * names starting with `__Host` are made secure with path `/` and no domain.
 *
 * @example Usage
 * ```ts
 * import { setCookie } from "@std/http/cookie";
 * import { assertEquals } from "@std/assert";
 *
 * const headers = new Headers();
 * setCookie(headers, { name: "deno", value: "runtime", httpOnly: true, secure: true, maxAge: 2, domain: "deno.land" });
 * assertEquals(headers.get("Set-Cookie"), "deno=runtime; Secure; HttpOnly; Max-Age=2; Domain=deno.land");
 * ```
 *
 * @param headers The headers to add the cookie to.
 * @param cookie The cookie.
 * @throws {SyntaxError} If the name, value, path or domain is invalid.
 * @throws {RangeError} If `maxAge` is not a non-negative integer.
 */
export function setCookie(headers: Headers, cookie: Cookie): void {
  const value = toString(cookie);
  if (value) headers.append("Set-Cookie", value);
}

/**
 * Adds a `Set-Cookie` header that deletes the cookie in the browser (an
 * empty value that expired at the epoch). The attributes must match those
 * the cookie was set with.
 *
 * @example Usage
 * ```ts
 * import { deleteCookie } from "@std/http/cookie";
 * import { assertEquals } from "@std/assert";
 *
 * const headers = new Headers();
 * deleteCookie(headers, "deno");
 * assertEquals(headers.get("Set-Cookie"), "deno=; Expires=Thu, 01 Jan 1970 00:00:00 GMT");
 * ```
 *
 * @param headers The headers to add the header to.
 * @param name The name of the cookie.
 * @param attributes The path, domain and flags the cookie was set with.
 */
export function deleteCookie(
  headers: Headers,
  name: string,
  attributes?: Pick<
    Cookie,
    "path" | "domain" | "secure" | "httpOnly" | "partitioned"
  >,
): void {
  setCookie(headers, {
    name,
    value: "",
    expires: new Date(0),
    ...attributes,
  });
}

function parseSetCookie(text: string): Cookie | null {
  const parts = text.split(";").map((part) => part.trim());
  const first = parts[0] ?? "";
  const index = first.indexOf("=");
  if (index <= 0) return null;
  const cookie: Cookie = {
    name: first.slice(0, index).trim(),
    value: first.slice(index + 1).trim(),
  };
  if (!NAME_REGEXP.test(cookie.name)) return null;
  for (const part of parts.slice(1)) {
    if (part === "") continue;
    const eq = part.indexOf("=");
    const key = (eq === -1 ? part : part.slice(0, eq)).trim();
    const value = eq === -1 ? "" : part.slice(eq + 1).trim();
    switch (key.toLowerCase()) {
      case "expires":
        cookie.expires = new Date(value);
        break;
      case "max-age": {
        const maxAge = Number(value);
        if (!Number.isInteger(maxAge) || maxAge < 0) return null;
        cookie.maxAge = maxAge;
        break;
      }
      case "domain":
        cookie.domain = value;
        break;
      case "path":
        cookie.path = value;
        break;
      case "secure":
        cookie.secure = true;
        break;
      case "httponly":
        cookie.httpOnly = true;
        break;
      case "partitioned":
        cookie.partitioned = true;
        break;
      case "samesite": {
        const lower = value.toLowerCase();
        if (lower === "strict") cookie.sameSite = "Strict";
        else if (lower === "lax") cookie.sameSite = "Lax";
        else if (lower === "none") cookie.sameSite = "None";
        break;
      }
      default:
        cookie.unparsed ??= [];
        cookie.unparsed.push(part);
    }
  }
  if (cookie.name.startsWith("__Secure-") && !cookie.secure) return null;
  if (
    cookie.name.startsWith("__Host-") &&
    (!cookie.secure || cookie.domain !== undefined || cookie.path !== "/")
  ) {
    return null;
  }
  return cookie;
}

/**
 * Reads the cookies of the `Set-Cookie` headers. Invalid ones are left
 * out.
 *
 * @example Usage
 * ```ts
 * import { getSetCookies } from "@std/http/cookie";
 * import { assertEquals } from "@std/assert";
 *
 * const headers = new Headers({ "Set-Cookie": "lulu=meow; Secure; Max-Age=3600" });
 * assertEquals(getSetCookies(headers), [{ name: "lulu", value: "meow", secure: true, maxAge: 3600 }]);
 * ```
 *
 * @param headers The headers holding `Set-Cookie` headers.
 * @returns The cookies.
 */
export function getSetCookies(headers: Headers): Cookie[] {
  return headers.getSetCookie()
    .map(parseSetCookie)
    .filter((cookie): cookie is Cookie => cookie !== null);
}
