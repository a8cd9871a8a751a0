import { assertEquals, assertThrows } from "../assert/mod.ts";
import { expect } from "../expect/mod.ts";
import {
  afterAll,
  afterEach,
  beforeAll,
  beforeEach,
  describe,
  it,
  test,
} from "./bdd.ts";

const log: string[] = [];

beforeAll(() => {
  log.push("global beforeAll");
});
beforeEach(() => {
  log.push("global beforeEach");
});
afterEach(() => {
  log.push("global afterEach");
});
afterAll(() => {
  log.push("global afterAll");
});

describe("outer", () => {
  beforeAll(() => {
    log.push("outer beforeAll");
  });
  afterAll(() => {
    log.push("outer afterAll");
  });
  beforeEach(() => {
    log.push("outer beforeEach");
  });
  afterEach(() => {
    log.push("outer afterEach");
  });

  it("first", () => {
    log.push("first");
  });

  describe("inner", () => {
    beforeEach(() => {
      log.push("inner beforeEach");
    });
    afterEach(() => {
      log.push("inner afterEach");
    });
    it("second", async () => {
      await Promise.resolve();
      log.push("second");
    });
  });

  it.ignore("ignored", () => {
    log.push("ignored ran");
  });
  it.skip("skipped", () => {
    log.push("skipped ran");
  });
  describe.ignore("ignored suite", () => {
    it("never", () => {
      log.push("never");
    });
  });
});

it("top-level it", function (t) {
  log.push(`top-level ${t.name}`);
});

test("test alias", () => {
  log.push("test alias");
});

interface Ctx {
  value: number;
}
describe("context", {
  beforeEach(this: Ctx) {
    this.value = 1;
  },
}, () => {
  it("sees this", function (this: Ctx) {
    assertEquals(this.value, 1);
    this.value = 2;
  });
  it("gets a fresh context", function (this: Ctx) {
    assertEquals(this.value, 1);
  });
});

const flat = describe("flat style");
it(flat, "flat test", () => {
  log.push("flat test");
});
it({
  suite: flat,
  name: "flat options",
  fn: () => {
    log.push("flat options");
  },
});

describe("expect.assertions() is checked", () => {
  it("counts", () => {
    expect.assertions(2);
    expect(1).toBe(1);
    expect(2).toBe(2);
  });
  it("hasAssertions", () => {
    expect.hasAssertions();
    expect(1).toBe(1);
  });
});

Deno.test("argument validation", () => {
  assertThrows(() => it("", () => {}), TypeError);
  // deno-lint-ignore no-explicit-any
  assertThrows(() => (it as any)("no fn"), TypeError, "Missing test function");
  assertThrows(
    () => describe("async body", (async () => {}) as unknown as () => void),
    Error,
    "Returning a Promise",
  );
});

Deno.test("hooks and tests ran in order", () => {
  assertEquals(log, [
    "global beforeAll",
    "outer beforeAll",
    "global beforeEach",
    "outer beforeEach",
    "first",
    "outer afterEach",
    "global afterEach",
    "global beforeEach",
    "outer beforeEach",
    "inner beforeEach",
    "second",
    "inner afterEach",
    "outer afterEach",
    "global afterEach",
    "outer afterAll",
    "global beforeEach",
    "top-level top-level it",
    "global afterEach",
    "global beforeEach",
    "test alias",
    "global afterEach",
    "global beforeEach",
    "global afterEach",
    "global beforeEach",
    "global afterEach",
    "global beforeEach",
    "flat test",
    "global afterEach",
    "global beforeEach",
    "flat options",
    "global afterEach",
    "global beforeEach",
    "global afterEach",
    "global beforeEach",
    "global afterEach",
    "global afterAll",
  ]);
});
