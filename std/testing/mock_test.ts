import {
  assertEquals,
  AssertionError,
  assertNotEquals,
  assertRejects,
  assertStringIncludes,
  assertThrows,
} from "../assert/mod.ts";
import { expect } from "../expect/mod.ts";
import {
  assertSpyCall,
  assertSpyCallArg,
  assertSpyCallArgs,
  assertSpyCallAsync,
  assertSpyCalls,
  MockError,
  mockSession,
  mockSessionAsync,
  resolvesNext,
  restore,
  returnsArg,
  returnsArgs,
  returnsNext,
  returnsThis,
  spy,
  stub,
} from "./mock.ts";

class Point {
  constructor(public x: number, public y: number) {}
  action(...args: unknown[]): unknown {
    return args[0];
  }
  toString(): string {
    return `${this.x},${this.y}`;
  }
}

Deno.test("spy() records calls of an empty function", () => {
  const func = spy();
  assertSpyCalls(func, 0);
  assertEquals(func(), undefined);
  func(1, "x");
  assertSpyCall(func, 0, { args: [], returned: undefined });
  assertSpyCall(func, 1, { args: [1, "x"] });
  assertSpyCalls(func, 2);
  assertThrows(() => func.restore(), MockError, "function cannot be restored");
});

Deno.test("spy(func) calls through and records errors", () => {
  const func = spy((a: number, b: number) => {
    if (a < 0) throw new RangeError("negative");
    return a + b;
  });
  assertEquals(func(1, 2), 3);
  assertThrows(() => func(-1, 0), RangeError);
  assertSpyCall(func, 0, { args: [1, 2], returned: 3 });
  assertSpyCall(func, 1, {
    args: [-1, 0],
    error: { Class: RangeError, msgIncludes: "neg" },
  });
  assertEquals(func.calls[1]!.error?.message, "negative");
});

Deno.test("spy(obj, method) replaces and restores the method", () => {
  const point = new Point(2, 3);
  const original = point.action;
  const action = spy(point, "action");
  assertNotEquals(point.action, original);
  assertEquals(point.action(5), 5);
  assertSpyCall(action, 0, { self: point, args: [5], returned: 5 });
  assertThrows(() => spy(point, "action"), MockError, "already spied");
  assertEquals(action.restored, false);
  action.restore();
  assertEquals(action.restored, true);
  assertEquals(point.action, original);
  assertEquals(Object.hasOwn(point, "action"), false);
  assertThrows(() => action.restore(), MockError, "already restored");
});

Deno.test("spy() restores with using", () => {
  const obj = { f: () => 1 };
  const original = obj.f;
  {
    using f = spy(obj, "f");
    obj.f();
    assertSpyCalls(f, 1);
  }
  assertEquals(obj.f, original);
});

Deno.test("spy(Class) records constructor calls", () => {
  const PointSpy = spy(Point);
  const p = new PointSpy(1, 2);
  assertEquals(p.x, 1);
  assertEquals(p instanceof Point, true);
  assertEquals(p.toString(), "1,2");
  assertSpyCall(PointSpy, 0, { args: [1, 2], self: p });
  assertSpyCalls(PointSpy, 1);
});

Deno.test("assertSpyCall() failure messages", () => {
  const func = spy((x: number) => x * 2);
  func(2);
  assertThrows(
    () => assertSpyCall(func, 1),
    AssertionError,
    "Spy not called as much as expected",
  );
  const e = assertThrows(
    () => assertSpyCall(func, 0, { args: [3] }),
    AssertionError,
  );
  assertStringIncludes(e.message, "Spy not called with expected args:");
  assertThrows(
    () => assertSpyCall(func, 0, { returned: 5 }),
    AssertionError,
    "Spy call did not return expected value:",
  );
  assertThrows(
    () => assertSpyCall(func, 0, { error: {} }),
    AssertionError,
    "Spy call did not throw an error, a value was returned.",
  );
  assertThrows(
    () => assertSpyCalls(func, 2),
    AssertionError,
    "Spy not called as much as expected:",
  );
  assertThrows(
    () => assertSpyCalls(func, 0),
    AssertionError,
    "Spy called more than expected:",
  );
});

Deno.test("assertSpyCallAsync()", async () => {
  const func = spy((x: number) =>
    x > 0 ? Promise.resolve(x) : Promise.reject(new Error("bad"))
  );
  await func(1);
  await func(-1).catch(() => {});
  await assertSpyCallAsync(func, 0, { args: [1], returned: 1 });
  await assertSpyCallAsync(func, 1, {
    error: { Class: Error, msgIncludes: "bad" },
  });
  await assertRejects(
    () => assertSpyCallAsync(func, 0, { returned: 2 }),
    AssertionError,
    "Spy call did not resolve to expected value",
  );
  await assertRejects(
    () => assertSpyCallAsync(func, 1, { returned: 2 }),
    AssertionError,
    "Spy call did not resolve to expected value, an error was thrown.",
  );
});

Deno.test("assertSpyCallArg() / assertSpyCallArgs()", () => {
  const func = spy();
  func(7, 9, 11);
  assertEquals(assertSpyCallArg(func, 0, 1, 9), 9);
  assertEquals(assertSpyCallArgs(func, 0, [7, 9, 11]), [7, 9, 11]);
  assertEquals(assertSpyCallArgs(func, 0, 1, [9, 11]), [9, 11]);
  assertEquals(assertSpyCallArgs(func, 0, 0, 2, [7, 9]), [7, 9]);
  assertThrows(() => assertSpyCallArg(func, 0, 0, 8), AssertionError);
});

Deno.test("stub() replaces a method with a fake", () => {
  const point = new Point(2, 3);
  const action = stub(point, "action", returnsNext([1, new Error("x"), 3]));
  assertEquals(point.action(), 1);
  assertThrows(() => point.action(), Error, "x");
  assertEquals(point.action(), 3);
  assertThrows(
    () => point.action(),
    MockError,
    "Not expected to be called more than 3 time(s)",
  );
  assertSpyCalls(action, 4);
  assertEquals(typeof action.fake, "function");
  action.restore();
  assertEquals(point.action(4), 4);
  const empty = stub(point, "action");
  assertEquals(point.action(4), undefined);
  empty.restore();
  assertThrows(
    () => stub({ a: 1 }, "a"),
    MockError,
    "property is not an instance method",
  );
});

Deno.test("stub() works on globals", () => {
  using random = stub(Math, "random", () => 0.25);
  assertEquals(Math.random(), 0.25);
  assertSpyCalls(random, 1);
});

Deno.test("returnsThis / returnsArg / returnsArgs / resolvesNext", async () => {
  const obj = { f: returnsThis() };
  assertEquals(obj.f(), obj);
  assertEquals(returnsArg(1)(1, 2, 3), 2);
  assertEquals(returnsArgs(1, 3)(1, 2, 3, 4), [2, 3]);
  const next = resolvesNext([1, Promise.resolve(2), new Error("boom")]);
  assertEquals(await next(), 1);
  assertEquals(await next(), 2);
  await assertRejects(() => next(), Error, "boom");
  await assertRejects(() => next(), MockError);
});

Deno.test("mockSession() / restore()", async () => {
  const obj = { a: () => 1, b: () => 2 };
  const a = obj.a;
  const b = obj.b;
  const id = mockSession();
  stub(obj, "a", () => 10);
  assertEquals(obj.a(), 10);
  restore(id);
  assertEquals(obj.a, a);

  const session = mockSession(() => {
    stub(obj, "b", () => 20);
    assertEquals(obj.b(), 20);
  });
  session();
  assertEquals(obj.b, b);

  await mockSessionAsync(async () => {
    stub(obj, "a", () => 30);
    await Promise.resolve();
    assertEquals(obj.a(), 30);
  })();
  assertEquals(obj.a, a);

  stub(obj, "a");
  restore();
  assertEquals(obj.a, a);
});

Deno.test("spies work with expect's mock matchers", () => {
  const func = spy((x: number) => x + 1);
  func(1);
  expect(func).toHaveBeenCalledWith(1);
  expect(func).toHaveReturnedWith(2);
  expect(func).toHaveBeenCalledTimes(1);
});
