#!/usr/bin/env -S deno run --allow-net --allow-read --allow-sys
/**
 * A static file server: {@linkcode serveDir} serves a directory and
 * {@linkcode serveFile} one file, with range requests (`206 Partial
 * Content`, multipart for several ranges), conditional requests (`ETag`,
 * `Last-Modified`, `304 Not Modified`), directory listings, CORS and extra
 * headers.
 *
 * Run as a program, it serves a directory over HTTP:
 *
 * ```sh
 * deno run --allow-net --allow-read jsr:@std/http/file-server [path] [options]
 * ```
 *
 * ```ts ignore
 * import { serveDir } from "@std/http/file-server";
 *
 * Deno.serve((req) => serveDir(req, { fsRoot: "public", urlRoot: "static" }));
 * ```
 *
 * @module
 */
import { join } from "../path/join.ts";
import { resolve } from "../path/resolve.ts";
import { extname } from "../path/extname.ts";
import { normalize as posixNormalize } from "../path/posix/normalize.ts";
import { format as formatBytes } from "../fmt/bytes.ts";
import { parseArgs } from "../cli/parse_args.ts";
import { contentType } from "./_mime.ts";
import { eTag, ifNoneMatch } from "./etag.ts";
import {
  isRedirectStatus,
  STATUS_CODE,
  STATUS_TEXT,
  type StatusCode,
} from "./status.ts";

const VERSION = "1.0.0";

/** Options for {@linkcode serveFile}. */
export interface ServeFileOptions {
  /**
   * The digest algorithm for the `ETag` header.
   *
   * @default {"SHA-256"}
   */
  etagAlgorithm?: AlgorithmIdentifier;
  /** The file's information, if already known (saves a `stat`). */
  fileInfo?: Deno.FileInfo;
}

/** Options for {@linkcode serveDir}. */
export interface ServeDirOptions {
  /**
   * The directory to serve.
   *
   * @default {"."}
   */
  fsRoot?: string;
  /**
   * A URL path prefix (without slashes around it) under which the files
   * are served; other paths get `404 Not Found`.
   */
  urlRoot?: string;
  /**
   * Whether to list the contents of directories that have no index.
   *
   * @default {false}
   */
  showDirListing?: boolean;
  /**
   * Whether to serve, and list, files and directories whose names start
   * with a dot.
   *
   * @default {false}
   */
  showDotfiles?: boolean;
  /**
   * Whether to serve `index.html` for a directory.
   *
   * @default {true}
   */
  showIndex?: boolean;
  /**
   * Whether to add CORS headers (`Access-Control-Allow-Origin: *`).
   *
   * @default {false}
   */
  enableCors?: boolean;
  /**
   * Whether to not log each request.
   *
   * @default {false}
   */
  quiet?: boolean;
  /**
   * The digest algorithm for the `ETag` header.
   *
   * @default {"SHA-256"}
   */
  etagAlgorithm?: AlgorithmIdentifier;
  /** Headers to add to every response, as `"Name: value"` strings. */
  headers?: string[];
}

function standardResponse(
  status: StatusCode,
  init?: { headers?: Headers },
): Response {
  const text = STATUS_TEXT[status];
  return new Response(text, {
    status,
    statusText: text,
    headers: init?.headers,
  });
}

function baseHeaders(): Headers {
  return new Headers({ "accept-ranges": "bytes" });
}

interface ByteRange {
  start: number;
  end: number;
}

/**
 * Parses a `Range` header for a file of the given size: the ranges, `null`
 * if the header is not understood (the whole file is sent), or `"none"` if
 * no range can be satisfied.
 */
function parseRangeHeader(
  header: string,
  size: number,
): ByteRange[] | null | "none" {
  const match = /^\s*bytes\s*=\s*(.+)$/i.exec(header);
  if (!match) return null;
  const ranges: ByteRange[] = [];
  for (const part of match[1]!.split(",")) {
    const spec = part.trim();
    if (spec === "") continue;
    const range = /^(\d*)\s*-\s*(\d*)$/.exec(spec);
    if (!range || (range[1] === "" && range[2] === "")) return null;
    if (range[1] === "") {
      // A suffix: the last N bytes.
      const length = Number(range[2]);
      if (length === 0) continue;
      ranges.push({ start: Math.max(0, size - length), end: size - 1 });
      continue;
    }
    const start = Number(range[1]);
    const end = range[2] === "" ? size - 1 : Number(range[2]);
    if (end < start) return "none";
    if (start >= size) continue;
    ranges.push({ start, end: Math.min(end, size - 1) });
  }
  if (ranges.length === 0) return "none";
  if (ranges.length > 100) return null; // too many: send the whole file
  return ranges;
}

/** Reads `length` bytes of the file from `start`, closing it at the end. */
async function* readRange(
  file: Deno.FsFile,
  start: number,
  length: number,
): AsyncGenerator<Uint8Array<ArrayBuffer>> {
  await file.seek(start, Deno.SeekMode.Start);
  let left = length;
  while (left > 0) {
    const buffer = new Uint8Array(Math.min(left, 64 * 1024));
    const read = await file.read(buffer);
    if (read === null) break;
    left -= read;
    yield buffer.subarray(0, read);
  }
}

function streamFrom(
  file: Deno.FsFile,
  chunks: AsyncIterable<Uint8Array<ArrayBuffer>>,
): ReadableStream<Uint8Array<ArrayBuffer>> {
  async function* withClose() {
    try {
      yield* chunks;
    } finally {
      file.close();
    }
  }
  return ReadableStream.from(withClose());
}

/** Whether an `If-Range` header allows a partial response. */
function ifRangeMatches(
  value: string | null,
  etag: string | undefined,
  mtime: Date | null,
): boolean {
  if (value === null) return true;
  const trimmed = value.trim();
  if (trimmed.startsWith('"') || trimmed.startsWith("W/")) {
    // Only a strong tag can be used with If-Range.
    return etag !== undefined && !etag.startsWith("W/") && trimmed === etag;
  }
  const date = new Date(trimmed).getTime();
  return mtime !== null && !Number.isNaN(date) &&
    Math.floor(mtime.getTime() / 1000) === Math.floor(date / 1000);
}

/**
 * Serves one file: answers `GET` and `HEAD` with its content, type,
 * length, `Last-Modified` and a weak `ETag`; `304 Not Modified` for a
 * matching `If-None-Match` (or, without it, an `If-Modified-Since` not
 * older than the file); `206 Partial Content` for a `Range` (several
 * ranges as `multipart/byteranges`) and `416 Range Not Satisfiable` when no
 * range fits. A missing file or a directory gives `404 Not Found`, another
 * method `405 Method Not Allowed`.
 *
 * @example Usage
 * ```ts ignore
 * import { serveFile } from "@std/http/file-server";
 *
 * Deno.serve((req) => serveFile(req, "./README.md"));
 * ```
 *
 * @param req The request.
 * @param filePath The path of the file.
 * @param options The ETag algorithm and the file's information.
 * @returns The response.
 */
export async function serveFile(
  req: Request,
  filePath: string,
  options?: ServeFileOptions,
): Promise<Response> {
  if (req.method !== "GET" && req.method !== "HEAD") {
    await req.body?.cancel();
    return standardResponse(STATUS_CODE.MethodNotAllowed);
  }
  let fileInfo = options?.fileInfo;
  try {
    fileInfo ??= await Deno.stat(filePath);
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) {
      await req.body?.cancel();
      return standardResponse(STATUS_CODE.NotFound);
    }
    throw error;
  }
  if (fileInfo.isDirectory) {
    await req.body?.cancel();
    return standardResponse(STATUS_CODE.NotFound);
  }

  const headers = baseHeaders();
  const etag = await eTag(fileInfo, { algorithm: options?.etagAlgorithm });
  if (fileInfo.mtime) {
    headers.set("last-modified", fileInfo.mtime.toUTCString());
  }
  if (etag) headers.set("etag", etag);

  // Conditional requests.
  const ifNoneMatchValue = req.headers.get("if-none-match");
  const ifModifiedSinceValue = req.headers.get("if-modified-since");
  const notModified = ifNoneMatchValue !== null
    ? !ifNoneMatch(ifNoneMatchValue, etag)
    : ifModifiedSinceValue !== null && fileInfo.mtime !== null &&
      Math.floor(fileInfo.mtime.getTime() / 1000) <=
        Math.floor(new Date(ifModifiedSinceValue).getTime() / 1000);
  if (notModified) {
    return new Response(null, {
      status: STATUS_CODE.NotModified,
      statusText: STATUS_TEXT[STATUS_CODE.NotModified],
      headers,
    });
  }

  const type = contentType(extname(filePath));
  if (type) headers.set("content-type", type);
  const size = fileInfo.size;
  const isHead = req.method === "HEAD";

  const rangeHeader = req.headers.get("range");
  // An empty file is sent whole whatever the range (as Go does).
  if (
    rangeHeader !== null && size > 0 &&
    ifRangeMatches(req.headers.get("if-range"), etag, fileInfo.mtime)
  ) {
    const ranges = parseRangeHeader(rangeHeader, size);
    if (ranges === "none") {
      headers.set("content-range", `bytes */${size}`);
      return standardResponse(STATUS_CODE.RangeNotSatisfiable, { headers });
    }
    if (ranges !== null && ranges.length === 1) {
      const { start, end } = ranges[0]!;
      const length = end - start + 1;
      headers.set("content-range", `bytes ${start}-${end}/${size}`);
      headers.set("content-length", `${length}`);
      let body: ReadableStream<Uint8Array<ArrayBuffer>> | null = null;
      if (!isHead) {
        const file = await Deno.open(filePath);
        body = streamFrom(file, readRange(file, start, length));
      }
      return new Response(body, {
        status: STATUS_CODE.PartialContent,
        statusText: STATUS_TEXT[STATUS_CODE.PartialContent],
        headers,
      });
    }
    if (ranges !== null) {
      const boundary = crypto.randomUUID().replaceAll("-", "");
      const encoder = new TextEncoder();
      const partType = type ?? "application/octet-stream";
      const heads = ranges.map(({ start, end }, i) =>
        encoder.encode(
          `${
            i === 0 ? "" : "\r\n"
          }--${boundary}\r\nContent-Type: ${partType}\r\nContent-Range: bytes ${start}-${end}/${size}\r\n\r\n`,
        )
      );
      const tail = encoder.encode(`\r\n--${boundary}--\r\n`);
      const length = ranges.reduce(
        (sum, { start, end }, i) => sum + heads[i]!.length + end - start + 1,
        tail.length,
      );
      headers.set("content-type", `multipart/byteranges; boundary=${boundary}`);
      headers.set("content-length", `${length}`);
      let body: ReadableStream<Uint8Array<ArrayBuffer>> | null = null;
      if (!isHead) {
        const file = await Deno.open(filePath);
        body = streamFrom(
          file,
          (async function* () {
            for (let i = 0; i < ranges.length; i++) {
              const { start, end } = ranges[i]!;
              yield heads[i]! as Uint8Array<ArrayBuffer>;
              yield* readRange(file, start, end - start + 1);
            }
            yield tail as Uint8Array<ArrayBuffer>;
          })(),
        );
      }
      return new Response(body, {
        status: STATUS_CODE.PartialContent,
        statusText: STATUS_TEXT[STATUS_CODE.PartialContent],
        headers,
      });
    }
  }

  headers.set("content-length", `${size}`);
  let body: ReadableStream<Uint8Array> | null = null;
  if (!isHead) body = (await Deno.open(filePath)).readable;
  return new Response(body, {
    status: STATUS_CODE.OK,
    statusText: STATUS_TEXT[STATUS_CODE.OK],
    headers,
  });
}

// --- Directory listing ---

interface ListEntry {
  mode: string;
  size: string;
  name: string;
  url: string;
  isDirectory: boolean;
}

function modeToString(isDirectory: boolean, mode: number | null): string {
  if (mode === null) return "(unknown mode)";
  const bits = ["---", "--x", "-w-", "-wx", "r--", "r-x", "rw-", "rwx"];
  const octal = (mode & 0o777).toString(8).padStart(3, "0");
  return (isDirectory ? "d" : "-") +
    octal.split("").map((digit) => bits[Number(digit)]).join("");
}

function escapeHtml(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;").replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

function encodePath(path: string): string {
  return path.split("/").map(encodeURIComponent).join("/");
}

async function serveDirIndex(
  dirPath: string,
  urlPath: string,
  showDotfiles: boolean,
): Promise<Response> {
  const entries: ListEntry[] = [];
  if (urlPath !== "/") {
    const info = await Deno.stat(join(dirPath, "..")).catch(() => null);
    entries.push({
      mode: modeToString(true, info?.mode ?? null),
      size: "",
      name: "../",
      url: encodePath(posixNormalize(`${urlPath}/..`).replace(/\/?$/, "/")),
      isDirectory: true,
    });
  }
  const listed: ListEntry[] = [];
  for await (const entry of Deno.readDir(dirPath)) {
    if (!showDotfiles && entry.name.startsWith(".")) continue;
    const info = await Deno.stat(join(dirPath, entry.name)).catch(() => null);
    const isDirectory = info?.isDirectory ?? entry.isDirectory;
    listed.push({
      mode: modeToString(isDirectory, info?.mode ?? null),
      size: info && !isDirectory ? formatBytes(info.size) : "",
      name: `${entry.name}${isDirectory ? "/" : ""}`,
      url: encodePath(
        `${urlPath.endsWith("/") ? urlPath : urlPath + "/"}${entry.name}${
          isDirectory ? "/" : ""
        }`,
      ),
      isDirectory,
    });
  }
  listed.sort((a, b) =>
    a.isDirectory !== b.isDirectory
      ? (a.isDirectory ? -1 : 1)
      : a.name.toLowerCase() < b.name.toLowerCase()
      ? -1
      : a.name.toLowerCase() > b.name.toLowerCase()
      ? 1
      : 0
  );
  entries.push(...listed);
  const title = `Index of ${escapeHtml(urlPath)}`;
  const rows = entries.map((entry) =>
    `      <tr><td class="mode">${
      escapeHtml(entry.mode)
    }</td><td class="size">${escapeHtml(entry.size)}</td><td><a href="${
      escapeHtml(entry.url)
    }">${escapeHtml(entry.name)}</a></td></tr>`
  ).join("\n");
  const html = `<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <title>${title}</title>
    <style>
      body { font-family: system-ui, sans-serif; margin: 2rem; }
      table { border-collapse: collapse; }
      td { padding: 0.2rem 1rem 0.2rem 0; }
      .mode, .size { font-family: monospace; color: #666; }
      .size { text-align: right; }
    </style>
  </head>
  <body>
    <h1>${title}</h1>
    <table>
      <tr><th>Mode</th><th>Size</th><th>Name</th></tr>
${rows}
    </table>
  </body>
</html>
`;
  const headers = baseHeaders();
  headers.set("content-type", "text/html; charset=UTF-8");
  return new Response(html, {
    status: STATUS_CODE.OK,
    statusText: STATUS_TEXT[STATUS_CODE.OK],
    headers,
  });
}

// --- serveDir ---

function serverLog(req: Request, status: number): void {
  const date = new Date().toISOString();
  const url = new URL(req.url);
  // console.debug, so that inspector users can hide request logs.
  console.debug(
    `[${date.slice(0, 10)} ${
      date.slice(11, 19)
    }] [${req.method}] ${url.pathname}${url.search} ${status}`,
  );
}

async function createServeDirResponse(
  req: Request,
  options: ServeDirOptions,
): Promise<Response> {
  const fsRoot = options.fsRoot ?? ".";
  const urlRoot = options.urlRoot?.replace(/^\/+|\/+$/g, "");
  const showIndex = options.showIndex ?? true;
  const showDotfiles = options.showDotfiles ?? false;

  const url = new URL(req.url);
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return standardResponse(STATUS_CODE.BadRequest);
  }
  if (decoded.includes("\0")) return standardResponse(STATUS_CODE.BadRequest);
  const normalized = posixNormalize(decoded);
  let path = normalized;
  if (urlRoot) {
    const prefix = `/${urlRoot}`;
    if (path !== prefix && !path.startsWith(`${prefix}/`)) {
      return standardResponse(STATUS_CODE.NotFound);
    }
    path = path.slice(prefix.length) || "/";
  }
  // Redirect `/foo//bar` and `/foo/./bar` to the normalized path.
  if (normalized !== decoded) {
    url.pathname = normalized;
    return Response.redirect(url, 301);
  }
  if (!showDotfiles && path.split("/").some((part) => part.startsWith("."))) {
    return standardResponse(STATUS_CODE.NotFound);
  }
  const fsPath = join(fsRoot, path.replace(/\/+$/, ""));
  const fileInfo = await Deno.stat(fsPath);

  // A file's URL has no trailing slash; a directory's has one.
  if (fileInfo.isFile && url.pathname.endsWith("/")) {
    url.pathname = url.pathname.slice(0, -1);
    return Response.redirect(url, 301);
  }
  if (fileInfo.isDirectory && !url.pathname.endsWith("/")) {
    url.pathname += "/";
    return Response.redirect(url, 301);
  }
  if (!fileInfo.isDirectory) {
    return serveFile(req, fsPath, {
      etagAlgorithm: options.etagAlgorithm,
      fileInfo,
    });
  }
  if (showIndex) {
    const indexPath = join(fsPath, "index.html");
    const indexInfo = await Deno.stat(indexPath).catch((error) => {
      if (error instanceof Deno.errors.NotFound) return null;
      throw error;
    });
    if (indexInfo?.isFile) {
      return serveFile(req, indexPath, {
        etagAlgorithm: options.etagAlgorithm,
        fileInfo: indexInfo,
      });
    }
  }
  if (options.showDirListing) {
    if (req.method !== "GET" && req.method !== "HEAD") {
      return standardResponse(STATUS_CODE.MethodNotAllowed);
    }
    return serveDirIndex(fsPath, url.pathname, showDotfiles);
  }
  return standardResponse(STATUS_CODE.NotFound);
}

/**
 * Serves the files of a directory (`fsRoot`, the current directory by
 * default) for `GET` and `HEAD` requests, with everything
 * {@linkcode serveFile} does. A directory is served by its `index.html`
 * (with `showIndex`, the default) or a listing (with `showDirListing`);
 * directory URLs are redirected to end in `/` and file URLs to not.
 * Dotfiles are only served with `showDotfiles`. Paths are normalized, so
 * nothing outside `fsRoot` can be reached.
 *
 * Each request is logged unless `quiet` is set.
 *
 * @example Usage
 * ```ts ignore
 * import { serveDir } from "@std/http/file-server";
 *
 * Deno.serve((req) => {
 *   const pathname = new URL(req.url).pathname;
 *   if (pathname.startsWith("/static")) {
 *     return serveDir(req, { fsRoot: "path/to/static/files/dir", urlRoot: "static" });
 *   }
 *   return new Response();
 * });
 * ```
 *
 * @param req The request.
 * @param opts Where the files are and how to serve them.
 * @returns The response.
 */
export async function serveDir(
  req: Request,
  opts: ServeDirOptions = {},
): Promise<Response> {
  let response: Response;
  if (req.method !== "GET" && req.method !== "HEAD") {
    await req.body?.cancel();
    response = standardResponse(STATUS_CODE.MethodNotAllowed);
  } else {
    try {
      response = await createServeDirResponse(req, opts);
    } catch (error) {
      if (!opts.quiet) console.error(error);
      response = error instanceof Deno.errors.NotFound ||
          error instanceof Deno.errors.NotADirectory
        ? standardResponse(STATUS_CODE.NotFound)
        : standardResponse(STATUS_CODE.InternalServerError);
    }
  }
  const isRedirect = isRedirectStatus(response.status);
  if (opts.enableCors && !isRedirect) {
    response.headers.append("access-control-allow-origin", "*");
    response.headers.append(
      "access-control-allow-headers",
      "Origin, X-Requested-With, Content-Type, Accept, Range",
    );
  }
  if (!opts.quiet) serverLog(req, response.status);
  if (opts.headers && !isRedirect) {
    for (const header of opts.headers) {
      const colon = header.indexOf(":");
      if (colon === -1) continue;
      response.headers.append(
        header.slice(0, colon).trim(),
        header.slice(colon + 1).trim(),
      );
    }
  }
  return response;
}

// --- The program ---

function printUsage(): void {
  console.log(`Deno File Server ${VERSION}
  Serves a local directory in HTTP.

INSTALL:
  deno install --allow-net --allow-read --allow-sys jsr:@std/http/file-server

USAGE:
  file_server [path] [options]

OPTIONS:
  -h, --help            Prints help information
  -p, --port <PORT>     Set port (default is 8000)
  --cors                Enable CORS via the "Access-Control-Allow-Origin" header
  --host     <HOST>     Hostname (default is 0.0.0.0)
  -c, --cert <FILE>     TLS certificate file (enables TLS)
  -k, --key  <FILE>     TLS key file (enables TLS)
  -H, --header <HEADER> Sets a header on every request.
                        (e.g. --header "Cache-Control: no-cache")
                        This option can be specified multiple times.
  --no-dir-listing      Disable directory listing
  --no-dotfiles         Do not show dotfiles
  --no-cors             Disable cross-origin resource sharing
  -v, --verbose         Print request level logs
  -V, --version         Print version information

  All TLS options are required when one is provided.`);
}

function networkAddress(): string | undefined {
  try {
    return Deno.networkInterfaces().find((info) =>
      info.family === "IPv4" && !info.address.startsWith("127.") &&
      info.mac !== "00:00:00:00:00:00"
    )?.address;
  } catch {
    return undefined;
  }
}

function main(): void {
  const args = parseArgs(Deno.args, {
    string: ["port", "host", "cert", "key", "header"],
    boolean: ["help", "dir-listing", "dotfiles", "cors", "verbose", "version"],
    negatable: ["dir-listing", "dotfiles", "cors"],
    collect: ["header"],
    default: {
      "dir-listing": true,
      dotfiles: true,
      cors: true,
      verbose: false,
      version: false,
      host: "0.0.0.0",
      cert: "",
      key: "",
    },
    alias: {
      p: "port",
      c: "cert",
      k: "key",
      h: "help",
      v: "verbose",
      V: "version",
      H: "header",
    },
  });
  if (args.help) {
    printUsage();
    Deno.exit();
  }
  if (args.version) {
    console.log(`Deno File Server ${VERSION}`);
    Deno.exit();
  }
  const certFile = args.cert ?? "";
  const keyFile = args.key ?? "";
  if ((certFile || keyFile) && (!certFile || !keyFile)) {
    console.log("--key and --cert are required for TLS");
    printUsage();
    Deno.exit(1);
  }
  const port = args.port ? Number(args.port) : undefined;
  if (
    port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65535)
  ) {
    console.log(`Invalid port: ${args.port}`);
    Deno.exit(1);
  }
  const headers = (args.header ?? []) as string[];
  const fsRoot = resolve(String(args._[0] ?? ""));
  const useTls = !!(certFile && keyFile);
  const handler = (req: Request): Promise<Response> =>
    serveDir(req, {
      fsRoot,
      showDirListing: args["dir-listing"],
      showDotfiles: args.dotfiles,
      enableCors: args.cors,
      quiet: !args.verbose,
      headers,
    });
  const onListen = ({ hostname, port }: { hostname: string; port: number }) => {
    const protocol = useTls ? "https" : "http";
    const local = hostname === "0.0.0.0" || hostname === "::"
      ? "localhost"
      : hostname;
    let message = `Listening on:\n- Local: ${protocol}://${local}:${port}`;
    if (hostname === "0.0.0.0") {
      const address = networkAddress();
      if (address) message += `\n- Network: ${protocol}://${address}:${port}`;
    }
    console.log(message);
  };
  if (useTls) {
    Deno.serve({
      port,
      hostname: args.host,
      onListen,
      cert: Deno.readTextFileSync(certFile),
      key: Deno.readTextFileSync(keyFile),
    }, handler);
  } else {
    Deno.serve({ port, hostname: args.host, onListen }, handler);
  }
}

if (import.meta.main) {
  main();
}
