import {
  type Assert,
  type AssertFalse,
  type AssertTrue,
  assertType,
  type Has,
  type IsAny,
  type IsExact,
  type IsNever,
  type IsNullable,
  type IsUnknown,
  type NotHas,
} from "./types.ts";

Deno.test("type assertions", () => {
  assertType<IsExact<string | number, string | number>>(true);
  assertType<IsExact<{ a: 1 } & { b: 2 }, { a: 1; b: 2 }>>(true);
  assertType<IsExact<string, string | number>>(false);
  assertType<IsExact<string | undefined, string>>(false);
  assertType<IsExact<{ a?: 1 }, { a: 1 }>>(false);
  // deno-lint-ignore no-explicit-any
  assertType<IsExact<any, unknown>>(false);
  assertType<Has<string | number, string>>(true);
  assertType<Has<string, number>>(false);
  assertType<NotHas<string, number>>(true);
  assertType<IsNullable<string | null>>(true);
  assertType<IsNullable<string>>(false);
  // deno-lint-ignore no-explicit-any
  assertType<IsAny<any>>(true);
  assertType<IsAny<unknown>>(false);
  assertType<IsNever<never>>(true);
  assertType<IsNever<string>>(false);
  assertType<IsUnknown<unknown>>(true);
  assertType<IsUnknown<never>>(false);
  type _a = AssertTrue<IsNever<never>>;
  type _b = AssertFalse<IsNever<1>>;
  type _c = Assert<Has<1 | 2, 1>, true>;
});
