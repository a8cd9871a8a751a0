/**
 * Content negotiation: pick the media type, encoding or language a client
 * prefers, from its `Accept`, `Accept-Encoding` and `Accept-Language`
 * headers (quality values, wildcards and specificity are honoured).
 *
 * @module
 */

interface Spec {
  /** The value (media type, encoding or language), lower-cased parts. */
  value: string;
  q: number;
  index: number;
  params: Record<string, string>;
}

/** Splits a header at commas that are not inside quotes. */
function splitList(header: string, separator: string): string[] {
  const out: string[] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i < header.length; i++) {
    const char = header[i];
    if (char === '"') quoted = !quoted;
    else if (char === "\\" && quoted) i++;
    else if (char === separator && !quoted) {
      out.push(header.slice(start, i));
      start = i + 1;
    }
  }
  out.push(header.slice(start));
  return out;
}

function parseList(header: string): Spec[] {
  const specs: Spec[] = [];
  splitList(header, ",").forEach((item, index) => {
    const [value = "", ...rest] = splitList(item, ";").map((part) =>
      part.trim()
    );
    if (value === "") return;
    let q = 1;
    const params: Record<string, string> = {};
    for (const param of rest) {
      const eq = param.indexOf("=");
      if (eq === -1) continue;
      const key = param.slice(0, eq).trim().toLowerCase();
      let val = param.slice(eq + 1).trim();
      if (val.startsWith('"') && val.endsWith('"') && val.length >= 2) {
        val = val.slice(1, -1).replace(/\\(.)/g, "$1");
      }
      if (key === "q") {
        const parsed = parseFloat(val);
        q = Number.isNaN(parsed) ? 0 : Math.min(Math.max(parsed, 0), 1);
      } else {
        params[key] = val;
      }
    }
    specs.push({ value, q, index, params });
  });
  return specs;
}

interface Priority {
  q: number;
  specificity: number;
  specIndex: number;
}

function sortByPreference<T>(
  provided: readonly T[],
  priority: (item: T) => Priority | null,
): T[] {
  const candidates: { item: T; p: Priority; index: number }[] = [];
  provided.forEach((item, index) => {
    const p = priority(item);
    if (p && p.q > 0) candidates.push({ item, p, index });
  });
  candidates.sort((a, b) =>
    (b.p.q - a.p.q) || (b.p.specificity - a.p.specificity) ||
    (a.p.specIndex - b.p.specIndex) || (a.index - b.index)
  );
  return candidates.map((candidate) => candidate.item);
}

function best(
  specs: Spec[],
  match: (spec: Spec) => number | null,
): Priority | null {
  let result: Priority | null = null;
  for (const spec of specs) {
    const specificity = match(spec);
    if (specificity === null) continue;
    if (
      result === null || result.specificity < specificity ||
      (result.specificity === specificity && result.q < spec.q)
    ) {
      result = { q: spec.q, specificity, specIndex: spec.index };
    }
  }
  return result;
}

function byQuality(specs: Spec[]): string[] {
  return specs.filter((spec) => spec.q > 0)
    .sort((a, b) => (b.q - a.q) || (a.index - b.index))
    .map((spec) => spec.value);
}

// --- Media types ---

function splitType(value: string): [string, string] | null {
  const slash = value.indexOf("/");
  if (slash === -1) return null;
  return [
    value.slice(0, slash).trim().toLowerCase(),
    value.slice(slash + 1).trim().toLowerCase(),
  ];
}

function matchMediaType(spec: Spec, provided: string): number | null {
  const [base = "", ...paramParts] = provided.split(";");
  const type = splitType(base);
  const wanted = splitType(spec.value);
  if (!type || !wanted) return null;
  let specificity = 0;
  if (wanted[0] === type[0]) specificity |= 4;
  else if (wanted[0] !== "*") return null;
  if (wanted[1] === type[1]) specificity |= 2;
  else if (wanted[1] !== "*") return null;
  const providedParams: Record<string, string> = {};
  for (const part of paramParts) {
    const eq = part.indexOf("=");
    if (eq === -1) continue;
    providedParams[part.slice(0, eq).trim().toLowerCase()] = part.slice(eq + 1)
      .trim().replace(/^"(.*)"$/, "$1");
  }
  const keys = Object.keys(spec.params);
  if (keys.length > 0) {
    if (
      !keys.every((key) =>
        (providedParams[key] ?? "").toLowerCase() ===
          spec.params[key]!.toLowerCase()
      )
    ) {
      return null;
    }
    specificity |= 1;
  }
  return specificity;
}

/**
 * Returns the media types of the request's `Accept` header, most preferred
 * first (`["*\/*"]` without the header).
 *
 * @example Usage
 * ```ts
 * import { accepts } from "@std/http/negotiation";
 * import { assertEquals } from "@std/assert";
 *
 * const request = new Request("https://example.com/", {
 *   headers: { accept: "text/html, application/xhtml+xml, application/xml;q=0.9, image/webp, *\/*;q=0.8" },
 * });
 * assertEquals(accepts(request), ["text/html", "application/xhtml+xml", "image/webp", "application/xml", "*\/*"]);
 * ```
 *
 * @param request The request.
 * @returns The accepted media types.
 */
export function accepts(request: Pick<Request, "headers">): string[];
/**
 * Returns the one of the given media types the request prefers, or
 * `undefined` if it accepts none of them. Without an `Accept` header, the
 * first is returned.
 *
 * @example Usage
 * ```ts
 * import { accepts } from "@std/http/negotiation";
 * import { assertEquals } from "@std/assert";
 *
 * const request = new Request("https://example.com/", {
 *   headers: { accept: "text/html, application/json;q=0.9, *\/*;q=0.1" },
 * });
 * assertEquals(accepts(request, "application/json", "text/html"), "text/html");
 * assertEquals(accepts(request, "image/png", "application/json"), "application/json");
 * ```
 *
 * @param request The request.
 * @param types The media types that can be sent.
 * @returns The preferred one, or `undefined`.
 */
export function accepts(
  request: Pick<Request, "headers">,
  ...types: string[]
): string | undefined;
export function accepts(
  request: Pick<Request, "headers">,
  ...types: string[]
): string | string[] | undefined {
  const header = request.headers.get("accept");
  if (types.length === 0) {
    if (header === null) return ["*/*"];
    return byQuality(
      parseList(header).filter((spec) => splitType(spec.value) !== null),
    ).map((value) => {
      const [type, subtype] = splitType(value)!;
      return `${type}/${subtype}`;
    });
  }
  if (header === null) return types[0];
  const specs = parseList(header);
  return sortByPreference(
    types,
    (type) => best(specs, (spec) => matchMediaType(spec, type)),
  )[0];
}

// --- Encodings ---

function parseEncodings(header: string): Spec[] {
  const specs = parseList(header).map((spec) => ({
    ...spec,
    value: spec.value.toLowerCase(),
  }));
  // `identity` is acceptable unless excluded, at the lowest quality given.
  if (!specs.some((spec) => spec.value === "identity" || spec.value === "*")) {
    const min = Math.min(1, ...specs.map((spec) => spec.q || 1));
    specs.push({ value: "identity", q: min, index: specs.length, params: {} });
  }
  return specs;
}

/**
 * Returns the encodings of the request's `Accept-Encoding` header, most
 * preferred first; `identity` is included unless excluded (`["*"]` without
 * the header).
 *
 * @example Usage
 * ```ts
 * import { acceptsEncodings } from "@std/http/negotiation";
 * import { assertEquals } from "@std/assert";
 *
 * const request = new Request("https://example.com/", {
 *   headers: { "accept-encoding": "deflate, gzip;q=1.0, *;q=0.5" },
 * });
 * assertEquals(acceptsEncodings(request), ["deflate", "gzip", "*"]);
 * ```
 *
 * @param request The request.
 * @returns The accepted encodings.
 */
export function acceptsEncodings(request: Pick<Request, "headers">): string[];
/**
 * Returns the one of the given encodings the request prefers, or
 * `undefined` if it accepts none of them. Without an `Accept-Encoding`
 * header, the first is returned.
 *
 * @example Usage
 * ```ts
 * import { acceptsEncodings } from "@std/http/negotiation";
 * import { assertEquals } from "@std/assert";
 *
 * const request = new Request("https://example.com/", {
 *   headers: { "accept-encoding": "deflate, gzip;q=1.0, *;q=0.5" },
 * });
 * assertEquals(acceptsEncodings(request, "gzip", "identity"), "gzip");
 * ```
 *
 * @param request The request.
 * @param encodings The encodings that can be used.
 * @returns The preferred one, or `undefined`.
 */
export function acceptsEncodings(
  request: Pick<Request, "headers">,
  ...encodings: string[]
): string | undefined;
export function acceptsEncodings(
  request: Pick<Request, "headers">,
  ...encodings: string[]
): string | string[] | undefined {
  const header = request.headers.get("accept-encoding");
  if (encodings.length === 0) {
    return header === null ? ["*"] : byQuality(parseEncodings(header));
  }
  if (header === null) return encodings[0];
  const specs = parseEncodings(header);
  return sortByPreference(encodings, (encoding) =>
    best(specs, (spec) => {
      if (spec.value === encoding.toLowerCase()) return 1;
      return spec.value === "*" ? 0 : null;
    }))[0];
}

// --- Languages ---

function splitLanguage(value: string): { full: string; prefix: string } {
  const full = value.trim().toLowerCase();
  const dash = full.indexOf("-");
  return { full, prefix: dash === -1 ? full : full.slice(0, dash) };
}

/**
 * Returns the languages of the request's `Accept-Language` header, most
 * preferred first (`["*"]` without the header).
 *
 * @example Usage
 * ```ts
 * import { acceptsLanguages } from "@std/http/negotiation";
 * import { assertEquals } from "@std/assert";
 *
 * const request = new Request("https://example.com/", {
 *   headers: { "accept-language": "fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7, *;q=0.5" },
 * });
 * assertEquals(acceptsLanguages(request), ["fr-CH", "fr", "en", "de", "*"]);
 * ```
 *
 * @param request The request.
 * @returns The accepted languages.
 */
export function acceptsLanguages(request: Pick<Request, "headers">): string[];
/**
 * Returns the one of the given languages the request prefers, or
 * `undefined` if it accepts none of them. `en` in the header matches
 * `en-US`, and `en-US` matches `en` less closely. Without an
 * `Accept-Language` header, the first is returned.
 *
 * @example Usage
 * ```ts
 * import { acceptsLanguages } from "@std/http/negotiation";
 * import { assertEquals } from "@std/assert";
 *
 * const request = new Request("https://example.com/", {
 *   headers: { "accept-language": "fr-CH, fr;q=0.9, en;q=0.8" },
 * });
 * assertEquals(acceptsLanguages(request, "en-GB", "fr"), "fr");
 * ```
 *
 * @param request The request.
 * @param langs The languages that can be used.
 * @returns The preferred one, or `undefined`.
 */
export function acceptsLanguages(
  request: Pick<Request, "headers">,
  ...langs: string[]
): string | undefined;
export function acceptsLanguages(
  request: Pick<Request, "headers">,
  ...langs: string[]
): string | string[] | undefined {
  const header = request.headers.get("accept-language");
  if (langs.length === 0) {
    return header === null ? ["*"] : byQuality(parseList(header));
  }
  if (header === null) return langs[0];
  const specs = parseList(header);
  return sortByPreference(langs, (lang) =>
    best(specs, (spec) => {
      const wanted = splitLanguage(spec.value);
      const offered = splitLanguage(lang);
      if (wanted.full === offered.full) return 4;
      if (wanted.prefix === offered.full) return 2;
      if (wanted.full === offered.prefix) return 1;
      return wanted.full === "*" ? 0 : null;
    }))[0];
}
