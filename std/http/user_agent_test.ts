import { assertEquals } from "../assert/mod.ts";
import { UserAgent } from "./user_agent.ts";

Deno.test("UserAgent parses common browsers", () => {
  const cases: [string, Record<string, unknown>][] = [
    [
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.6099.109 Safari/537.36",
      {
        browser: { name: "Chrome", version: "120.0.6099.109", major: "120" },
        engine: { name: "Blink", version: "120.0.6099.109" },
        os: { name: "Windows", version: "10" },
        cpu: { architecture: "amd64" },
        device: { type: undefined, vendor: undefined, model: undefined },
      },
    ],
    [
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Safari/605.1.15",
      {
        browser: { name: "Safari", version: "17.1", major: "17" },
        engine: { name: "WebKit", version: "605.1.15" },
        os: { name: "Mac OS", version: "10.15.7" },
        cpu: { architecture: undefined },
        device: { type: undefined, vendor: "Apple", model: "Macintosh" },
      },
    ],
    [
      "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0",
      {
        browser: { name: "Firefox", version: "121.0", major: "121" },
        engine: { name: "Gecko", version: "121.0" },
        os: { name: "Ubuntu", version: undefined },
        cpu: { architecture: "amd64" },
        device: { type: undefined, vendor: undefined, model: undefined },
      },
    ],
    [
      "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1.2 Mobile/15E148 Safari/604.1",
      {
        browser: { name: "Mobile Safari", version: "17.1.2", major: "17" },
        engine: { name: "WebKit", version: "605.1.15" },
        os: { name: "iOS", version: "17.1.2" },
        cpu: { architecture: undefined },
        device: { type: "mobile", vendor: "Apple", model: "iPhone" },
      },
    ],
    [
      "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.6099.43 Mobile Safari/537.36",
      {
        browser: { name: "Chrome", version: "120.0.6099.43", major: "120" },
        engine: { name: "Blink", version: "120.0.6099.43" },
        os: { name: "Android", version: "14" },
        cpu: { architecture: undefined },
        device: { type: "mobile", vendor: "Google", model: "Pixel 7" },
      },
    ],
    [
      "Mozilla/5.0 (Linux; Android 13; SM-X700) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/116.0.0.0 Safari/537.36",
      {
        browser: { name: "Chrome", version: "116.0.0.0", major: "116" },
        engine: { name: "Blink", version: "116.0.0.0" },
        os: { name: "Android", version: "13" },
        cpu: { architecture: undefined },
        device: { type: "tablet", vendor: "Samsung", model: "SM-X700" },
      },
    ],
    [
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.2210.77",
      {
        browser: { name: "Edge", version: "120.0.2210.77", major: "120" },
        engine: { name: "Blink", version: "120.0.0.0" },
        os: { name: "Windows", version: "10" },
        cpu: { architecture: "amd64" },
        device: { type: undefined, vendor: undefined, model: undefined },
      },
    ],
    [
      "Mozilla/5.0 (Windows NT 6.1; WOW64; Trident/7.0; rv:11.0) like Gecko",
      {
        browser: { name: "IE", version: "11.0", major: "11" },
        engine: { name: "Trident", version: "7.0" },
        os: { name: "Windows", version: "7" },
        cpu: { architecture: "amd64" },
        device: { type: undefined, vendor: undefined, model: undefined },
      },
    ],
    [
      "curl/8.4.0",
      {
        browser: { name: "curl", version: "8.4.0", major: "8" },
        engine: { name: undefined, version: undefined },
        os: { name: undefined, version: undefined },
        cpu: { architecture: undefined },
        device: { type: undefined, vendor: undefined, model: undefined },
      },
    ],
  ];
  for (const [header, expected] of cases) {
    const ua = new UserAgent(header);
    assertEquals(
      {
        browser: ua.browser,
        engine: ua.engine,
        os: ua.os,
        cpu: ua.cpu,
        device: ua.device,
      },
      expected,
      header,
    );
    assertEquals(ua.ua, header);
    assertEquals(String(ua), header);
  }
});

Deno.test("UserAgent handles null and serializes to JSON", () => {
  const ua = new UserAgent(null);
  assertEquals(ua.ua, "");
  assertEquals(ua.browser, {
    name: undefined,
    version: undefined,
    major: undefined,
  });
  assertEquals(JSON.parse(JSON.stringify(new UserAgent("curl/8.4.0"))), {
    browser: { name: "curl", version: "8.4.0", major: "8" },
    cpu: {},
    device: {},
    engine: {},
    os: {},
    ua: "curl/8.4.0",
  });
});
