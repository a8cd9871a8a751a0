import { assertEquals } from "../assert/mod.ts";
import { accepts, acceptsEncodings, acceptsLanguages } from "./negotiation.ts";

const req = (headers: Record<string, string>) =>
  new Request("http://localhost/", { headers });

Deno.test("accepts() lists media types by preference", () => {
  assertEquals(
    accepts(req({
      accept:
        "text/html, application/xhtml+xml, application/xml;q=0.9, image/webp, */*;q=0.8",
    })),
    [
      "text/html",
      "application/xhtml+xml",
      "image/webp",
      "application/xml",
      "*/*",
    ],
  );
  assertEquals(accepts(req({})), ["*/*"]);
  assertEquals(accepts(req({ accept: "text/*;q=0, TEXT/Plain" })), [
    "text/plain",
  ]);
});

Deno.test("accepts() picks the preferred of the given types", () => {
  const request = req({
    accept: "text/html, application/json;q=0.9, */*;q=0.1",
  });
  assertEquals(accepts(request, "application/json", "text/html"), "text/html");
  assertEquals(
    accepts(request, "image/png", "application/json"),
    "application/json",
  );
  assertEquals(accepts(request, "image/png"), "image/png");
  assertEquals(
    accepts(req({ accept: "application/json" }), "text/html"),
    undefined,
  );
  assertEquals(accepts(req({}), "text/html", "application/json"), "text/html");
  // More specific ranges win over wildcards, whatever their order.
  assertEquals(
    accepts(
      req({ accept: "text/*;q=0.5, text/plain;q=1" }),
      "text/html",
      "text/plain",
    ),
    "text/plain",
  );
  assertEquals(
    accepts(req({ accept: "text/*, text/html;q=0" }), "text/html", "text/css"),
    "text/css",
  );
  assertEquals(
    accepts(
      req({ accept: "text/html;level=1, text/html;q=0.5" }),
      "text/html",
      "text/html;level=1",
    ),
    "text/html;level=1",
  );
});

Deno.test("acceptsEncodings()", () => {
  const request = req({ "accept-encoding": "deflate, gzip;q=1.0, *;q=0.5" });
  assertEquals(acceptsEncodings(request), ["deflate", "gzip", "*"]);
  assertEquals(acceptsEncodings(request, "gzip", "identity"), "gzip");
  assertEquals(acceptsEncodings(request, "br", "identity"), "br");
  assertEquals(acceptsEncodings(req({ "accept-encoding": "gzip, deflate" })), [
    "gzip",
    "deflate",
    "identity",
  ]);
  assertEquals(
    acceptsEncodings(req({ "accept-encoding": "gzip" }), "br"),
    undefined,
  );
  assertEquals(
    acceptsEncodings(req({ "accept-encoding": "gzip" }), "br", "identity"),
    "identity",
  );
  assertEquals(
    acceptsEncodings(
      req({ "accept-encoding": "gzip, identity;q=0" }),
      "br",
      "identity",
    ),
    undefined,
  );
  assertEquals(acceptsEncodings(req({})), ["*"]);
  assertEquals(acceptsEncodings(req({}), "gzip"), "gzip");
});

Deno.test("acceptsLanguages()", () => {
  const request = req({
    "accept-language": "fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7, *;q=0.5",
  });
  assertEquals(acceptsLanguages(request), ["fr-CH", "fr", "en", "de", "*"]);
  assertEquals(acceptsLanguages(request, "en-GB", "fr"), "fr");
  assertEquals(acceptsLanguages(request, "en-GB", "de"), "en-GB");
  assertEquals(acceptsLanguages(request, "it"), "it");
  assertEquals(
    acceptsLanguages(req({ "accept-language": "en-US" }), "en"),
    "en",
  );
  assertEquals(
    acceptsLanguages(req({ "accept-language": "en" }), "es"),
    undefined,
  );
  assertEquals(acceptsLanguages(req({})), ["*"]);
  assertEquals(acceptsLanguages(req({}), "es", "en"), "es");
});
