// node:url: the WHATWG URL plus fileURLToPath/pathToFileURL and the legacy parse/format.

import { URL, URLSearchParams } from "ext:x_ext_url/00_url.js";

export { URL, URLSearchParams };

export function fileURLToPath(url) {
  const u = typeof url === "string" ? new URL(url) : url;
  if (u.protocol !== "file:") throw new TypeError("The URL must be of scheme file");
  return decodeURIComponent(u.pathname);
}

export function pathToFileURL(path) {
  const abs = path.startsWith("/") ? path : `${globalThis.Deno.cwd()}/${path}`;
  return new URL("file://" + abs.split("/").map(encodeURIComponent).join("/"));
}

export function parse(text) {
  try {
    const u = new URL(text);
    return {
      protocol: u.protocol, host: u.host, hostname: u.hostname, port: u.port || null, pathname: u.pathname,
      search: u.search || null, query: u.search ? u.search.slice(1) : null, hash: u.hash || null, href: u.href,
      path: u.pathname + u.search, auth: u.username ? `${u.username}:${u.password}` : null,
    };
  } catch {
    const [pathname, query] = text.split("?");
    return { pathname, search: query ? `?${query}` : null, query: query ?? null, href: text, path: text };
  }
}

export function format(u) {
  if (u instanceof URL) return u.href;
  return `${u.protocol ? u.protocol + "//" : ""}${u.host ?? u.hostname ?? ""}${u.pathname ?? ""}${u.search ?? ""}${u.hash ?? ""}`;
}

export default { URL, URLSearchParams, fileURLToPath, pathToFileURL, parse, format };
