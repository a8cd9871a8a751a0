/**
 * Parses a `User-Agent` header: {@linkcode UserAgent} tells the browser,
 * engine, operating system, CPU architecture and device.
 *
 * @module
 */

/** The browser of a user agent. */
export interface Browser {
  /** The major version, such as `"120"`. */
  readonly major: string | undefined;
  /** The name, such as `"Chrome"`. */
  readonly name: string | undefined;
  /** The full version, such as `"120.0.6099.109"`. */
  readonly version: string | undefined;
}

/** The device of a user agent. */
export interface Device {
  /** The model, such as `"iPhone"` or `"Pixel 7"`. */
  readonly model: string | undefined;
  /** The kind of device; `undefined` for desktops. */
  readonly type:
    | "console"
    | "embedded"
    | "mobile"
    | "tablet"
    | "smarttv"
    | "wearable"
    | undefined;
  /** The vendor, such as `"Apple"`. */
  readonly vendor: string | undefined;
}

/** The browser engine of a user agent. */
export interface Engine {
  /** The name, such as `"Blink"`, `"WebKit"` or `"Gecko"`. */
  readonly name: string | undefined;
  /** The version. */
  readonly version: string | undefined;
}

/** The operating system of a user agent. */
export interface Os {
  /** The name, such as `"Windows"`, `"Mac OS"`, `"iOS"` or `"Android"`. */
  readonly name: string | undefined;
  /** The version, such as `"10"` or `"10.15.7"`. */
  readonly version: string | undefined;
}

/** The CPU of a user agent. */
export interface Cpu {
  /** The architecture: `"amd64"`, `"ia32"`, `"arm64"`, `"arm"`, ... */
  readonly architecture: string | undefined;
}

type Rule<T> = [RegExp, (match: RegExpExecArray) => T];

function major(version: string | undefined): string | undefined {
  return version?.match(/^\d+/)?.[0];
}

function browser(name: string, version: string | undefined): Browser {
  return { name, version, major: major(version) };
}

const BROWSER_RULES: Rule<Browser>[] = [
  [/\bEdgA?\/([\d.]+)/, (m) => browser("Edge", m[1])],
  [/\bEdge\/([\d.]+)/, (m) => browser("Edge", m[1])],
  [/\bOPR\/([\d.]+)/, (m) => browser("Opera", m[1])],
  [/\bOpera\/.*Version\/([\d.]+)/, (m) => browser("Opera", m[1])],
  [/\bOpera[ /]([\d.]+)/, (m) => browser("Opera", m[1])],
  [/\bSamsungBrowser\/([\d.]+)/, (m) => browser("Samsung Browser", m[1])],
  [/\bYaBrowser\/([\d.]+)/, (m) => browser("Yandex", m[1])],
  [/\bVivaldi\/([\d.]+)/, (m) => browser("Vivaldi", m[1])],
  [/\bElectron\/([\d.]+)/, (m) => browser("Electron", m[1])],
  [/\bFBAV\/([\d.]+)/, (m) => browser("Facebook", m[1])],
  [/\bInstagram ([\d.]+)/, (m) => browser("Instagram", m[1])],
  [/\bHeadlessChrome\/([\d.]+)/, (m) => browser("Chrome Headless", m[1])],
  [/; wv\).+Chrome\/([\d.]+)/, (m) => browser("Chrome WebView", m[1])],
  [/\bCriOS\/([\d.]+)/, (m) => browser("Chrome", m[1])],
  [/\bFxiOS\/([\d.]+)/, (m) => browser("Firefox", m[1])],
  [/\bChromium\/([\d.]+)/, (m) => browser("Chromium", m[1])],
  [/\bChrome\/([\d.]+)/, (m) => browser("Chrome", m[1])],
  [/\bFirefox\/([\d.]+)/, (m) => browser("Firefox", m[1])],
  [/\bMSIE ([\d.]+)/, (m) => browser("IE", m[1])],
  [/\bTrident\/.+rv[: ]([\d.]+)/, (m) => browser("IE", m[1])],
  [
    /Version\/([\d.]+).*Mobile\/\w+ Safari/,
    (m) => browser("Mobile Safari", m[1]),
  ],
  [/Version\/([\d.]+).*Safari\//, (m) => browser("Safari", m[1])],
  [/\b(iPhone|iPad|iPod).*AppleWebKit/, () => browser("WebKit", undefined)],
  [/\bDeno\/([\d.]+)/, (m) => browser("Deno", m[1])],
  [/\bNode\.js\/([\d.]+)/, (m) => browser("Node.js", m[1])],
  [/\bBun\/([\d.]+)/, (m) => browser("Bun", m[1])],
  [/\bcurl\/([\d.]+)/, (m) => browser("curl", m[1])],
  [/\bWget\/([\d.]+)/, (m) => browser("Wget", m[1])],
];

const ENGINE_RULES: Rule<Engine>[] = [
  [/\bEdge\/([\d.]+)/, (m) => ({ name: "EdgeHTML", version: m[1] })],
  [/\bPresto\/([\d.]+)/, (m) => ({ name: "Presto", version: m[1] })],
  [/\bTrident\/([\d.]+)/, (m) => ({ name: "Trident", version: m[1] })],
  [
    /\bChrome\/([\d.]+)/,
    (m) =>
      Number(major(m[1])) >= 28
        ? { name: "Blink", version: m[1] }
        : { name: "WebKit", version: undefined },
  ],
  [/\bAppleWebKit\/([\d.]+)/, (m) => ({ name: "WebKit", version: m[1] })],
  [/\brv:([\w.]+).*\bGecko\//, (m) => ({ name: "Gecko", version: m[1] })],
];

const WINDOWS_VERSIONS: Record<string, string> = {
  "10.0": "10",
  "6.3": "8.1",
  "6.2": "8",
  "6.1": "7",
  "6.0": "Vista",
  "5.2": "XP",
  "5.1": "XP",
  "5.0": "2000",
};

const OS_RULES: Rule<Os>[] = [
  [
    /\bWindows Phone(?: OS)? ([\d.]+)/,
    (m) => ({ name: "Windows Phone", version: m[1] }),
  ],
  [
    /\bWindows NT ([\d.]+)/,
    (m) => ({ name: "Windows", version: WINDOWS_VERSIONS[m[1]!] ?? m[1] }),
  ],
  [/\bWindows\b/, () => ({ name: "Windows", version: undefined })],
  [
    /\b(?:iPhone|CPU) OS ([\d_]+)/,
    (m) => ({ name: "iOS", version: m[1]!.replaceAll("_", ".") }),
  ],
  [/\b(?:iPhone|iPad|iPod)\b/, () => ({ name: "iOS", version: undefined })],
  [
    /\bMac OS X ?([\d_.]+)?/,
    (m) => ({ name: "Mac OS", version: m[1]?.replaceAll("_", ".") }),
  ],
  [/\bAndroid[ /]?([\d.]+)?/, (m) => ({ name: "Android", version: m[1] })],
  [/\bCrOS [\w]+ ([\d.]+)/, (m) => ({ name: "Chromium OS", version: m[1] })],
  [/\bUbuntu\/?([\d.]+)?/, (m) => ({ name: "Ubuntu", version: m[1] })],
  [/\bFedora\/?([\d.\-\w]+)?/, (m) => ({ name: "Fedora", version: m[1] })],
  [/\bFreeBSD\b/, () => ({ name: "FreeBSD", version: undefined })],
  [/\b(?:Tizen)[/ ]([\d.]+)/, (m) => ({ name: "Tizen", version: m[1] })],
  [/\bLinux\b/, () => ({ name: "Linux", version: undefined })],
];

const CPU_RULES: Rule<Cpu>[] = [
  [
    /\b(?:x86_64|x86-64|x64|Win64|WOW64|amd64)\b/i,
    () => ({ architecture: "amd64" }),
  ],
  [/\b(?:aarch64|arm64)\b/i, () => ({ architecture: "arm64" })],
  [/\b(?:i[3-6]86|x86|ia32)\b/i, () => ({ architecture: "ia32" })],
  [/\barm(?:v[4-7]\w*)?\b/i, () => ({ architecture: "arm" })],
  [/\bppc|powerpc\b/i, () => ({ architecture: "ppc" })],
];

function device(
  type: Device["type"],
  vendor: string | undefined,
  model: string | undefined,
): Device {
  return { type, vendor, model };
}

const ANDROID_VENDORS: [RegExp, string][] = [
  [/^(?:SM-|GT-|SAMSUNG|Galaxy)/i, "Samsung"],
  [/^Pixel|^Nexus/i, "Google"],
  [/^(?:Redmi|Mi |MI |POCO|M2\d{3})/, "Xiaomi"],
  [/^(?:HUAWEI|[A-Z]{3}-[AL]\d\d)/, "Huawei"],
  [/^(?:ONEPLUS|IN20|KB20|LE21)/i, "OnePlus"],
  [/^(?:moto|XT\d{4})/i, "Motorola"],
  [/^(?:LG|LM-)/, "LG"],
  [/^(?:CPH|OPPO)/, "OPPO"],
  [/^(?:vivo|V\d{4})/i, "Vivo"],
  [/^Nokia/i, "Nokia"],
  [/^(?:SO-|Xperia|[EFGH]\d{4})/, "Sony"],
];

const DEVICE_RULES: Rule<Device>[] = [
  [/\b(PlayStation [\w ]+)/, (m) => device("console", "Sony", m[1])],
  [/\bXbox(?: One)?\b/, (m) => device("console", "Microsoft", m[0])],
  [/\bNintendo (\w+)/, (m) => device("console", "Nintendo", m[1])],
  [
    /\b(?:SmartTV|SMART-TV|Tizen.+TV|Web0S|webOS.+TV|HbbTV|AppleTV|CrKey)\b/i,
    () => device("smarttv", undefined, undefined),
  ],
  [
    /\bWatch\b.*\bOS\b|\bWear OS\b/i,
    () => device("wearable", undefined, undefined),
  ],
  [/\biPad\b/, () => device("tablet", "Apple", "iPad")],
  [/\biPod\b/, () => device("mobile", "Apple", "iPod touch")],
  [/\biPhone\b/, () => device("mobile", "Apple", "iPhone")],
  [
    /\bAndroid[^;)]*;(?: [\w-]+;)*? ?([^;)]+?)(?: Build\/[^;)]+)?\)/,
    (m) => {
      const model = m[1]!.trim();
      const vendor = ANDROID_VENDORS.find(([re]) => re.test(model))?.[1];
      const mobile = /\bMobile\b/.test(m.input);
      return device(
        mobile ? "mobile" : "tablet",
        vendor,
        model === "K" ? undefined : model,
      );
    },
  ],
  [/\bMacintosh\b/, () => device(undefined, "Apple", "Macintosh")],
  [/\bMobile\b/, () => device("mobile", undefined, undefined)],
];

function apply<T>(ua: string, rules: Rule<T>[], fallback: T): T {
  for (const [re, make] of rules) {
    const match = re.exec(ua);
    if (match) return Object.freeze(make(match));
  }
  return Object.freeze(fallback);
}

/**
 * A parsed `User-Agent` header. Each part is worked out when first read;
 * parts that cannot be told are `undefined`.
 *
 * @example Usage
 * ```ts
 * import { UserAgent } from "@std/http/user-agent";
 * import { assertEquals } from "@std/assert";
 *
 * const ua = new UserAgent(
 *   "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.6099.109 Safari/537.36",
 * );
 * assertEquals(ua.browser, { name: "Chrome", version: "120.0.6099.109", major: "120" });
 * assertEquals(ua.os, { name: "Windows", version: "10" });
 * assertEquals(ua.engine.name, "Blink");
 * assertEquals(ua.cpu.architecture, "amd64");
 * ```
 */
export class UserAgent {
  #ua: string;
  #browser?: Browser;
  #cpu?: Cpu;
  #device?: Device;
  #engine?: Engine;
  #os?: Os;

  /**
   * Makes a user agent from the header value.
   *
   * @param ua The `User-Agent` header value (or `null`).
   */
  constructor(ua: string | null) {
    this.#ua = ua ?? "";
  }

  /**
   * The browser.
   *
   * @returns The browser's name and version.
   */
  get browser(): Browser {
    return this.#browser ??= apply(this.#ua, BROWSER_RULES, {
      name: undefined,
      version: undefined,
      major: undefined,
    });
  }

  /**
   * The CPU architecture.
   *
   * @returns The CPU.
   */
  get cpu(): Cpu {
    return this.#cpu ??= apply(this.#ua, CPU_RULES, {
      architecture: undefined,
    });
  }

  /**
   * The device.
   *
   * @returns The device's type, vendor and model.
   */
  get device(): Device {
    return this.#device ??= apply(this.#ua, DEVICE_RULES, {
      model: undefined,
      type: undefined,
      vendor: undefined,
    });
  }

  /**
   * The browser engine.
   *
   * @returns The engine's name and version.
   */
  get engine(): Engine {
    return this.#engine ??= apply(this.#ua, ENGINE_RULES, {
      name: undefined,
      version: undefined,
    });
  }

  /**
   * The operating system.
   *
   * @returns The system's name and version.
   */
  get os(): Os {
    return this.#os ??= apply(this.#ua, OS_RULES, {
      name: undefined,
      version: undefined,
    });
  }

  /**
   * The header value.
   *
   * @returns The original string.
   */
  get ua(): string {
    return this.#ua;
  }

  /**
   * The parts, for `JSON.stringify`.
   *
   * @returns The parts as a plain object.
   */
  toJSON(): {
    browser: Browser;
    cpu: Cpu;
    device: Device;
    engine: Engine;
    os: Os;
    ua: string;
  } {
    const { browser, cpu, device, engine, os, ua } = this;
    return { browser, cpu, device, engine, os, ua };
  }

  /**
   * The header value.
   *
   * @returns The original string.
   */
  toString(): string {
    return this.#ua;
  }
}
