/**
 * Utilities for HTTP servers: status codes ({@linkcode STATUS_CODE}),
 * cookies ({@linkcode getCookies}, {@linkcode setCookie}), entity tags
 * ({@linkcode eTag}), content negotiation ({@linkcode accepts}),
 * server-sent events ({@linkcode ServerSentEventStream}) and a static file
 * server ({@linkcode serveDir}, {@linkcode serveFile}), and `User-Agent`
 * parsing ({@linkcode UserAgent}).
 *
 * ```ts ignore
 * import { serveDir, STATUS_CODE, getCookies } from "@std/http";
 *
 * Deno.serve((req) => {
 *   if (new URL(req.url).pathname === "/whoami") {
 *     return new Response(getCookies(req.headers).user ?? "nobody", { status: STATUS_CODE.OK });
 *   }
 *   return serveDir(req, { fsRoot: "public", quiet: true });
 * });
 * ```
 *
 * @module
 */
export * from "./cookie.ts";
export * from "./etag.ts";
export * from "./file_server.ts";
export * from "./negotiation.ts";
export * from "./server_sent_event_stream.ts";
export * from "./status.ts";
export * from "./user_agent.ts";
