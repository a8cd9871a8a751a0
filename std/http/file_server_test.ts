import {
  assert,
  assertEquals,
  assertFalse,
  assertMatch,
  assertStringIncludes,
} from "../assert/mod.ts";
import { join } from "../path/join.ts";
import { serveDir, type ServeDirOptions, serveFile } from "./file_server.ts";

const CONTENT = "0123456789abcdefghij"; // 20 bytes

async function makeTree(): Promise<string> {
  const root = await Deno.makeTempDir({ prefix: "file_server_test_" });
  await Deno.writeTextFile(join(root, "hello.txt"), CONTENT);
  await Deno.writeTextFile(join(root, "empty.txt"), "");
  await Deno.writeTextFile(join(root, "file with space.txt"), "spaced");
  await Deno.writeTextFile(join(root, "data.json"), '{"a":1}');
  await Deno.writeTextFile(join(root, "blob.unknownext"), "?");
  await Deno.writeTextFile(join(root, ".env"), "SECRET=1");
  await Deno.mkdir(join(root, "site"));
  await Deno.writeTextFile(join(root, "site", "index.html"), "<h1>index</h1>");
  await Deno.mkdir(join(root, "list", "sub"), { recursive: true });
  await Deno.writeTextFile(join(root, "list", "b.txt"), "b");
  await Deno.writeTextFile(join(root, "list", "a <&>.txt"), "a");
  await Deno.writeTextFile(join(root, "list", ".hidden"), "h");
  return root;
}

async function withServer(
  options: ServeDirOptions,
  fn: (base: string) => Promise<void>,
): Promise<void> {
  const root = await makeTree();
  const controller = new AbortController();
  const server = Deno.serve({
    port: 0,
    hostname: "127.0.0.1",
    signal: controller.signal,
    onListen() {},
  }, (req) => serveDir(req, { fsRoot: root, quiet: true, ...options }));
  try {
    await fn(`http://127.0.0.1:${server.addr.port}`);
  } finally {
    controller.abort();
    await server.finished;
    await Deno.remove(root, { recursive: true });
  }
}

async function get(
  url: string,
  headers: Record<string, string> = {},
  method = "GET",
): Promise<{ res: Response; text: string }> {
  const res = await fetch(url, { headers, method, redirect: "manual" });
  const text = await res.text();
  return { res, text };
}

Deno.test("serveDir() serves a file with its headers", async () => {
  await withServer({}, async (base) => {
    const { res, text } = await get(`${base}/hello.txt`);
    assertEquals(res.status, 200);
    assertEquals(text, CONTENT);
    assertEquals(res.headers.get("content-type"), "text/plain; charset=UTF-8");
    assertEquals(res.headers.get("content-length"), "20");
    assertEquals(res.headers.get("accept-ranges"), "bytes");
    assertMatch(res.headers.get("etag")!, /^W\/"14-/);
    assert(res.headers.get("last-modified"));
    assertEquals(res.headers.get("access-control-allow-origin"), null);

    const json = await get(`${base}/data.json`);
    assertEquals(
      json.res.headers.get("content-type"),
      "application/json; charset=UTF-8",
    );
    const unknown = await get(`${base}/blob.unknownext`);
    assertEquals(unknown.res.status, 200);
    assertEquals(unknown.res.headers.get("content-type"), null);
    const spaced = await get(`${base}/file%20with%20space.txt`);
    assertEquals(spaced.text, "spaced");
  });
});

Deno.test("serveDir() answers HEAD without a body", async () => {
  await withServer({}, async (base) => {
    const { res, text } = await get(`${base}/hello.txt`, {}, "HEAD");
    assertEquals(res.status, 200);
    assertEquals(text, "");
    assertEquals(res.headers.get("content-length"), "20");
  });
});

Deno.test("serveDir() serves single ranges", async () => {
  await withServer({}, async (base) => {
    const cases: [string, string, string][] = [
      ["bytes=0-4", "01234", "bytes 0-4/20"],
      ["bytes=15-", "fghij", "bytes 15-19/20"],
      ["bytes=-3", "hij", "bytes 17-19/20"],
      ["bytes=10-100", "abcdefghij", "bytes 10-19/20"],
      ["bytes=-100", CONTENT, "bytes 0-19/20"],
      ["bytes=19-19", "j", "bytes 19-19/20"],
      ["bytes=30-40, 2-3", "23", "bytes 2-3/20"],
    ];
    for (const [range, body, contentRange] of cases) {
      const { res, text } = await get(`${base}/hello.txt`, { range });
      assertEquals(res.status, 206, range);
      assertEquals(text, body, range);
      assertEquals(res.headers.get("content-range"), contentRange, range);
      assertEquals(res.headers.get("content-length"), `${body.length}`, range);
    }
  });
});

Deno.test("serveDir() answers 416 for unsatisfiable ranges", async () => {
  await withServer({}, async (base) => {
    for (const range of ["bytes=20-", "bytes=25-30", "bytes=5-2", "bytes=-0"]) {
      const { res } = await get(`${base}/hello.txt`, { range });
      assertEquals(res.status, 416, range);
      assertEquals(res.headers.get("content-range"), "bytes */20", range);
    }
  });
});

Deno.test("serveDir() ignores ranges it does not understand", async () => {
  await withServer({}, async (base) => {
    for (const range of ["bytes=abc", "items=0-1", "bytes=-", "bytes=1-2-3"]) {
      const { res, text } = await get(`${base}/hello.txt`, { range });
      assertEquals(res.status, 200, range);
      assertEquals(text, CONTENT, range);
    }
    // An empty file is sent whole, whatever the range.
    const { res, text } = await get(`${base}/empty.txt`, {
      range: "bytes=0-10",
    });
    assertEquals(res.status, 200);
    assertEquals(text, "");
  });
});

Deno.test("serveDir() serves several ranges as multipart/byteranges", async () => {
  await withServer({}, async (base) => {
    const { res, text } = await get(`${base}/hello.txt`, {
      range: "bytes=0-1, 5-6, -2",
    });
    assertEquals(res.status, 206);
    const type = res.headers.get("content-type")!;
    const boundary = /^multipart\/byteranges; boundary=(\w+)$/.exec(type)![1];
    assertEquals(
      Number(res.headers.get("content-length")),
      new TextEncoder().encode(text).length,
    );
    assertEquals(
      text,
      `--${boundary}\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Range: bytes 0-1/20\r\n\r\n01` +
        `\r\n--${boundary}\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Range: bytes 5-6/20\r\n\r\n56` +
        `\r\n--${boundary}\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Range: bytes 18-19/20\r\n\r\nij` +
        `\r\n--${boundary}--\r\n`,
    );
  });
});

Deno.test("serveDir() answers conditional requests with 304", async () => {
  await withServer({}, async (base) => {
    const first = await get(`${base}/hello.txt`);
    const etag = first.res.headers.get("etag")!;
    const lastModified = first.res.headers.get("last-modified")!;

    let r = await get(`${base}/hello.txt`, { "if-none-match": etag });
    assertEquals(r.res.status, 304);
    assertEquals(r.text, "");
    assertEquals(r.res.headers.get("etag"), etag);

    r = await get(`${base}/hello.txt`, {
      "if-none-match": `"other", ${etag.slice(2)}`,
    });
    assertEquals(r.res.status, 304);
    r = await get(`${base}/hello.txt`, { "if-none-match": "*" });
    assertEquals(r.res.status, 304);
    r = await get(`${base}/hello.txt`, { "if-none-match": '"other"' });
    assertEquals(r.res.status, 200);
    assertEquals(r.text, CONTENT);

    r = await get(`${base}/hello.txt`, { "if-modified-since": lastModified });
    assertEquals(r.res.status, 304);
    r = await get(`${base}/hello.txt`, {
      "if-modified-since": new Date(Date.now() + 60_000).toUTCString(),
    });
    assertEquals(r.res.status, 304);
    r = await get(`${base}/hello.txt`, {
      "if-modified-since": new Date(0).toUTCString(),
    });
    assertEquals(r.res.status, 200);
    // If-None-Match wins over If-Modified-Since.
    r = await get(`${base}/hello.txt`, {
      "if-none-match": '"other"',
      "if-modified-since": lastModified,
    });
    assertEquals(r.res.status, 200);
  });
});

Deno.test("serveDir() honours If-Range", async () => {
  await withServer({}, async (base) => {
    const first = await get(`${base}/hello.txt`);
    const etag = first.res.headers.get("etag")!;
    const lastModified = first.res.headers.get("last-modified")!;
    let r = await get(`${base}/hello.txt`, {
      range: "bytes=0-1",
      "if-range": lastModified,
    });
    assertEquals(r.res.status, 206);
    assertEquals(r.text, "01");
    r = await get(`${base}/hello.txt`, {
      range: "bytes=0-1",
      "if-range": new Date(0).toUTCString(),
    });
    assertEquals(r.res.status, 200);
    // A weak tag cannot validate a range.
    r = await get(`${base}/hello.txt`, {
      range: "bytes=0-1",
      "if-range": etag,
    });
    assertEquals(r.res.status, 200);
  });
});

Deno.test("serveDir() handles directories, redirects and missing files", async () => {
  await withServer({}, async (base) => {
    let r = await get(`${base}/missing.txt`);
    assertEquals(r.res.status, 404);
    assertEquals(r.text, "Not Found");

    r = await get(`${base}/site`);
    assertEquals(r.res.status, 301);
    assertEquals(r.res.headers.get("location"), `${base}/site/`);
    r = await get(`${base}/site/`);
    assertEquals(r.res.status, 200);
    assertEquals(r.text, "<h1>index</h1>");
    assertEquals(r.res.headers.get("content-type"), "text/html; charset=UTF-8");

    r = await get(`${base}/hello.txt/`);
    assertEquals(r.res.status, 301);
    assertEquals(r.res.headers.get("location"), `${base}/hello.txt`);

    r = await get(`${base}/site//index.html`);
    assertEquals(r.res.status, 301);
    assertEquals(r.res.headers.get("location"), `${base}/site/index.html`);

    // No index and no listing.
    r = await get(`${base}/list/`);
    assertEquals(r.res.status, 404);
    r = await get(`${base}/hello.txt/more`);
    assertEquals(r.res.status, 404);

    r = await get(`${base}/hello.txt`, {}, "POST");
    assertEquals(r.res.status, 405);
    r = await get(`${base}/hello.txt`, {}, "DELETE");
    assertEquals(r.res.status, 405);
  });
});

Deno.test("serveDir() with showIndex: false", async () => {
  await withServer({ showIndex: false }, async (base) => {
    const r = await get(`${base}/site/`);
    assertEquals(r.res.status, 404);
    const file = await get(`${base}/site/index.html`);
    assertEquals(file.res.status, 200);
  });
});

Deno.test("serveDir() hides dotfiles unless showDotfiles", async () => {
  await withServer({}, async (base) => {
    assertEquals((await get(`${base}/.env`)).res.status, 404);
    assertEquals((await get(`${base}/list/.hidden`)).res.status, 404);
  });
  await withServer({ showDotfiles: true }, async (base) => {
    const r = await get(`${base}/.env`);
    assertEquals(r.res.status, 200);
    assertEquals(r.text, "SECRET=1");
  });
});

Deno.test("serveDir() lists directories with showDirListing", async () => {
  await withServer({ showDirListing: true }, async (base) => {
    const { res, text } = await get(`${base}/list/`);
    assertEquals(res.status, 200);
    assertEquals(res.headers.get("content-type"), "text/html; charset=UTF-8");
    assertStringIncludes(text, "<title>Index of /list/</title>");
    assertStringIncludes(text, 'href="/list/b.txt"');
    assertStringIncludes(text, 'href="/list/sub/"');
    assertStringIncludes(text, 'href="/"');
    assertStringIncludes(text, "a &lt;&amp;&gt;.txt");
    assertStringIncludes(text, 'href="/list/a%20%3C%26%3E.txt"');
    assertFalse(text.includes(".hidden"));
    // Directories come first.
    assert(text.indexOf("sub/") < text.indexOf("b.txt"));
    const root = await get(`${base}/`);
    assertFalse(root.text.includes("../"));
    assertStringIncludes(root.text, 'href="/hello.txt"');
  });
  await withServer(
    { showDirListing: true, showDotfiles: true },
    async (base) => {
      const { text } = await get(`${base}/list/`);
      assertStringIncludes(text, ".hidden");
    },
  );
});

Deno.test("serveDir() with urlRoot", async () => {
  await withServer({ urlRoot: "static" }, async (base) => {
    let r = await get(`${base}/static/hello.txt`);
    assertEquals(r.res.status, 200);
    assertEquals(r.text, CONTENT);
    r = await get(`${base}/hello.txt`);
    assertEquals(r.res.status, 404);
    r = await get(`${base}/staticx/hello.txt`);
    assertEquals(r.res.status, 404);
    r = await get(`${base}/static/site`);
    assertEquals(r.res.status, 301);
    assertEquals(r.res.headers.get("location"), `${base}/static/site/`);
  });
});

Deno.test("serveDir() adds CORS and extra headers", async () => {
  await withServer({
    enableCors: true,
    headers: ["Cache-Control: no-cache", "X-Time: 12:00:00"],
  }, async (base) => {
    let r = await get(`${base}/hello.txt`);
    assertEquals(r.res.headers.get("access-control-allow-origin"), "*");
    assertEquals(
      r.res.headers.get("access-control-allow-headers"),
      "Origin, X-Requested-With, Content-Type, Accept, Range",
    );
    assertEquals(r.res.headers.get("cache-control"), "no-cache");
    assertEquals(r.res.headers.get("x-time"), "12:00:00");
    r = await get(`${base}/missing`);
    assertEquals(r.res.headers.get("access-control-allow-origin"), "*");
    // Not on redirects.
    r = await get(`${base}/site`);
    assertEquals(r.res.status, 301);
    assertEquals(r.res.headers.get("access-control-allow-origin"), null);
    assertEquals(r.res.headers.get("cache-control"), null);
  });
});

Deno.test("serveDir() cannot reach outside fsRoot", async () => {
  const root = await makeTree();
  try {
    const secretDir = await Deno.makeTempDir();
    await Deno.writeTextFile(join(secretDir, "secret.txt"), "secret");
    const name = secretDir.split("/").pop()!;
    for (
      const path of [
        `/../${name}/secret.txt`,
        `/%2e%2e/${name}/secret.txt`,
        `/..%2f${name}%2fsecret.txt`,
        `/site/../../${name}/secret.txt`,
        "/%00",
        "/%E0%A4%A",
      ]
    ) {
      const res = await serveDir(
        new Request(`http://localhost${path}`),
        { fsRoot: root, quiet: true },
      );
      await res.body?.cancel();
      assert([301, 400, 404].includes(res.status), `${path}: ${res.status}`);
      if (res.status === 301) {
        const location = new URL(res.headers.get("location")!);
        assertFalse(location.pathname.includes(".."));
        const next = await serveDir(new Request(location), {
          fsRoot: root,
          quiet: true,
        });
        await next.body?.cancel();
        assertEquals(next.status, 404, path);
      }
    }
    await Deno.remove(secretDir, { recursive: true });
  } finally {
    await Deno.remove(root, { recursive: true });
  }
});

Deno.test("serveFile() serves one file", async () => {
  const root = await makeTree();
  try {
    const path = join(root, "hello.txt");
    let res = await serveFile(new Request("http://localhost/"), path);
    assertEquals(res.status, 200);
    assertEquals(await res.text(), CONTENT);
    res = await serveFile(
      new Request("http://localhost/", { headers: { range: "bytes=1-2" } }),
      path,
      { etagAlgorithm: "SHA-1", fileInfo: await Deno.stat(path) },
    );
    assertEquals(res.status, 206);
    assertEquals(await res.text(), "12");
    res = await serveFile(new Request("http://localhost/"), join(root, "nope"));
    assertEquals(res.status, 404);
    await res.body?.cancel();
    res = await serveFile(new Request("http://localhost/"), join(root, "site"));
    assertEquals(res.status, 404);
    await res.body?.cancel();
  } finally {
    await Deno.remove(root, { recursive: true });
  }
});

Deno.test("serveDir() logs requests unless quiet", async () => {
  const root = await makeTree();
  const original = console.debug;
  const logs: string[] = [];
  console.debug = (...args: unknown[]) => logs.push(args.join(" "));
  try {
    const res = await serveDir(new Request("http://localhost/hello.txt?x=1"), {
      fsRoot: root,
    });
    await res.body?.cancel();
    const quiet = await serveDir(new Request("http://localhost/hello.txt"), {
      fsRoot: root,
      quiet: true,
    });
    await quiet.body?.cancel();
  } finally {
    console.debug = original;
    await Deno.remove(root, { recursive: true });
  }
  assertEquals(logs.length, 1);
  assertMatch(
    logs[0]!,
    /^\[\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\] \[GET\] \/hello\.txt\?x=1 200$/,
  );
});

Deno.test("file_server.ts runs as a program", async () => {
  const root = await makeTree();
  const command = new Deno.Command(Deno.execPath(), {
    args: [
      "run",
      "--allow-net",
      "--allow-read",
      "--allow-sys",
      new URL("./file_server.ts", import.meta.url).pathname,
      root,
      "--host",
      "127.0.0.1",
      "--port",
      "0",
      "-H",
      "X-From: cli",
    ],
    stdout: "piped",
    stderr: "null",
  });
  const child = command.spawn();
  try {
    const reader = child.stdout.pipeThrough(new TextDecoderStream())
      .getReader();
    let output = "";
    while (!/Local: http:\/\/127\.0\.0\.1:(\d+)/.test(output)) {
      const { value, done } = await reader.read();
      if (done) break;
      output += value;
    }
    const port = /Local: http:\/\/127\.0\.0\.1:(\d+)/.exec(output)![1];
    const base = `http://127.0.0.1:${port}`;
    const { res, text } = await get(`${base}/hello.txt`);
    assertEquals(text, CONTENT);
    assertEquals(res.headers.get("x-from"), "cli");
    // The program lists directories and enables CORS by default.
    const listing = await get(`${base}/list/`);
    assertEquals(listing.res.status, 200);
    assertStringIncludes(listing.text, "b.txt");
    assertEquals(listing.res.headers.get("access-control-allow-origin"), "*");
    await reader.cancel();
  } finally {
    child.kill();
    await child.status;
    await Deno.remove(root, { recursive: true });
  }
});

Deno.test("file_server.ts --help and --version", async () => {
  const path = new URL("./file_server.ts", import.meta.url).pathname;
  const help = await new Deno.Command(Deno.execPath(), {
    args: ["run", "--allow-read", path, "--help"],
  }).output();
  assertEquals(help.code, 0);
  assertStringIncludes(new TextDecoder().decode(help.stdout), "USAGE:");
  const version = await new Deno.Command(Deno.execPath(), {
    args: ["run", "--allow-read", path, "-V"],
  }).output();
  assertMatch(
    new TextDecoder().decode(version.stdout),
    /^Deno File Server \d+\.\d+\.\d+/,
  );
});
