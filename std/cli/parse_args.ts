/**
 * Command line arguments parser based on
 * {@link https://github.com/minimistjs/minimist | minimist}.
 *
 * ```ts
 * import { parseArgs } from "@std/cli/parse-args";
 * const args = parseArgs(["--foo", "--bar=baz", "./quux.txt"]);
 * // { foo: true, bar: "baz", _: ["./quux.txt"] }
 * ```
 *
 * @module
 */

/** Flattens intersections of records for nicer display. */
export type Id<TRecord> = TRecord extends Record<string, unknown>
  ? TRecord extends infer InferredRecord
    ? { [Key in keyof InferredRecord]: Id<InferredRecord[Key]> }
  : never
  : TRecord;

/** The type of the `boolean` option: `true` or names of boolean arguments. */
export type BooleanType = boolean | string | undefined;
/** The type of the `string` option: names of string arguments. */
export type StringType = string | undefined;
/** The type of argument names of `boolean` and `string`. */
export type ArgType = StringType | BooleanType;
/** The type of the `collect` option: names of collected arguments. */
export type Collectable = string | undefined;
/** The type of the `negatable` option: names of negatable arguments. */
export type Negatable = string | undefined;

/** The names (string literals) among a union of option values (without `_`). */
export type ArgNames<T> = Exclude<Extract<T, string>, "_">;

/** The type of the `alias` option. */
export type Aliases<TArgNames = string, TAliasNames extends string = string> =
  Partial<
    Record<Extract<TArgNames, string>, TAliasNames | ReadonlyArray<TAliasNames>>
  >;

/** The values of a record type. */
export type ValueOf<TValue> = TValue[keyof TValue];

/** Typed values of the `string` arguments. */
export type StringValues<
  TStrings extends StringType,
  TCollectable extends Collectable,
  TNegatable extends Negatable,
> =
  & {
    [K in Exclude<ArgNames<TStrings>, ArgNames<TCollectable>>]?: K extends
      ArgNames<TNegatable> ? string | false : string;
  }
  & {
    [K in Extract<ArgNames<TStrings>, ArgNames<TCollectable>>]: K extends
      ArgNames<TNegatable> ? Array<string> | false : Array<string>;
  };

/** Typed values of the `boolean` arguments. */
export type BooleanValues<
  TBooleans extends BooleanType,
  TCollectable extends Collectable,
  TNegatable extends Negatable,
> =
  & { [K in Exclude<ArgNames<TBooleans>, ArgNames<TCollectable>>]: boolean }
  & {
    [K in Extract<ArgNames<TBooleans>, ArgNames<TCollectable>>]: K extends
      ArgNames<TNegatable> ? Array<boolean> | false : Array<boolean>;
  };

/** Typed values of collected arguments that are neither strings nor booleans. */
export type UnknownCollectValues<
  TBooleans extends BooleanType,
  TStrings extends StringType,
  TCollectable extends Collectable,
  TNegatable extends Negatable,
> = {
  [
    K in Exclude<
      ArgNames<TCollectable>,
      ArgNames<TBooleans> | ArgNames<TStrings>
    >
  ]: K extends ArgNames<TNegatable> ? Array<unknown> | false : Array<unknown>;
};

/** Applies the types of `default` values to parsed arguments. */
export type SpreadDefaults<TArgs, TDefaults> = TDefaults extends undefined
  ? TArgs
  :
    & Omit<TArgs, keyof TDefaults>
    & {
      [Key in keyof TDefaults]: Key extends keyof TArgs
        ? TDefaults[Key] | NonNullable<TArgs[Key]>
        : TDefaults[Key];
    };

/** The alias names of an argument (in either direction of `alias`). */
export type AliasNames<TArgName, TAliases> = TAliases extends undefined
  ? TArgName
  :
    | TArgName
    | (TArgName extends keyof TAliases
      ? TAliases[TArgName] extends infer A
        ? A extends string ? (string extends A ? never : A)
        : A extends ReadonlyArray<infer N>
          ? N extends string ? (string extends N ? never : N) : never
        : never
      : never
      : never)
    | {
      [Key in keyof TAliases]: TAliases[Key] extends infer A
        ? A extends string ? (TArgName extends A ? Key : never)
        : A extends ReadonlyArray<infer N> ? (TArgName extends N ? Key : never)
        : never
        : never;
    }[keyof TAliases];

/** Adds the aliases of every argument to parsed arguments. */
export type AddAliases<TArgs, TAliases> = {
  [TArgName in keyof TArgs as AliasNames<TArgName, TAliases>]: TArgs[TArgName];
};

/** The typed values of the parsed arguments, derived from the options. */
export type Values<
  TBooleans extends BooleanType,
  TStrings extends StringType,
  TCollectable extends Collectable,
  TNegatable extends Negatable,
  TDefault extends Record<string, unknown> | undefined,
  TAliases extends Aliases | undefined,
> = [
  ArgNames<TBooleans> | ArgNames<TStrings> | ArgNames<TCollectable>,
] extends [never]
  // deno-lint-ignore no-explicit-any
  ? Record<string, any>
  : string extends
    (ArgNames<TBooleans> | ArgNames<TStrings> | ArgNames<TCollectable>)
  // deno-lint-ignore no-explicit-any
    ? Record<string, any>
  :
    & Record<string, unknown>
    & AddAliases<
      SpreadDefaults<
        & StringValues<TStrings, TCollectable, TNegatable>
        & BooleanValues<TBooleans, TCollectable, TNegatable>
        & UnknownCollectValues<TBooleans, TStrings, TCollectable, TNegatable>,
        TDefault
      >,
      TAliases
    >;

/** The `--` property of the parsed arguments. */
export type DoubleDash = {
  /** Contains all the arguments that appear after the double dash: "--". */
  "--"?: Array<string>;
};

/** The return type of {@linkcode parseArgs}. */
export type Args<
  // deno-lint-ignore no-explicit-any
  TArgs extends Record<string, unknown> = Record<string, any>,
  TDoubleDash extends boolean | undefined = undefined,
> = Id<
  & TArgs
  & {
    /** Contains all the arguments that didn't have an option associated with them. */
    _: Array<string | number>;
  }
  & (boolean extends TDoubleDash ? DoubleDash
    : true extends TDoubleDash ? Required<DoubleDash>
    : Record<never, never>)
>;

/** The options for the {@linkcode parseArgs} call. */
export interface ParseOptions<
  TBooleans extends BooleanType = BooleanType,
  TStrings extends StringType = StringType,
  TCollectable extends Collectable = Collectable,
  TNegatable extends Negatable = Negatable,
  TDefault extends Record<string, unknown> | undefined =
    | Record<string, unknown>
    | undefined,
  TAliases extends Aliases | undefined = Aliases | undefined,
  TDoubleDash extends boolean | undefined = boolean | undefined,
> {
  /**
   * When `true`, puts everything after `--` into a separate `--` array of the
   * result instead of `_`.
   *
   * @default {false}
   */
  "--"?: TDoubleDash;
  /**
   * An object mapping string names to strings or arrays of string argument
   * names to use as aliases.
   */
  alias?: TAliases;
  /**
   * A boolean, string or array of strings to always treat as booleans. If
   * `true`, treats all double hyphenated arguments without equal signs as
   * booleans (e.g. affects `--foo`, not `-f` or `--foo=bar`). All boolean
   * arguments are set to `false` by default.
   *
   * @default {false}
   */
  boolean?: TBooleans | ReadonlyArray<Extract<TBooleans, string>>;
  /** An object mapping string argument names to default values. */
  default?: TDefault;
  /**
   * When `true`, populates the result `_` with everything after the first
   * non-option.
   *
   * @default {false}
   */
  stopEarly?: boolean;
  /** A string or array of strings argument names to always treat as strings. */
  string?: TStrings | ReadonlyArray<Extract<TStrings, string>>;
  /**
   * A string or array of strings argument names to always treat as arrays.
   * Collectable options can be used multiple times. All values will be
   * collected into one array. If a non-collectable option is used multiple
   * times, the last value is used.
   */
  collect?: TCollectable | ReadonlyArray<Extract<TCollectable, string>>;
  /**
   * A string or array of strings argument names which can be negated by
   * prefixing them with `--no-`, like `--no-config`.
   */
  negatable?: TNegatable | ReadonlyArray<Extract<TNegatable, string>>;
  /**
   * A function which is invoked with a command line parameter not defined in
   * the options configuration object. If the function returns `false`, the
   * unknown option is not added to the parsed arguments.
   */
  unknown?: (arg: string, key?: string, value?: unknown) => unknown;
}

function isNumber(string: unknown): boolean {
  if (typeof string === "number") return true;
  const s = String(string);
  if (/^0x[0-9a-f]+$/i.test(s)) return true;
  return /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(e[-+]?\d+)?$/.test(s);
}

function toNames(value: unknown): string[] {
  if (value === undefined || value === null || typeof value === "boolean") {
    return [];
  }
  return (typeof value === "string" ? [value] : [...(value as string[])])
    .filter(Boolean);
}

type NestedRecord = Record<string, unknown>;

function hasNested(obj: NestedRecord, keys: string[]): boolean {
  let o: unknown = obj;
  for (const key of keys.slice(0, -1)) {
    if (typeof o !== "object" || o === null || !Object.hasOwn(o, key)) {
      return false;
    }
    o = (o as NestedRecord)[key];
  }
  return typeof o === "object" && o !== null &&
    Object.hasOwn(o, keys[keys.length - 1]!);
}

/**
 * Take a set of command line arguments, optionally with a set of options,
 * and return an object representing the flags found in the passed
 * arguments.
 *
 * By default, any arguments starting with `-` or `--` are considered boolean
 * flags. If the argument name is followed by an equal sign (`=`) it is
 * considered a key-value pair. Any arguments which could not be parsed are
 * available in the `_` property of the returned object. Numeric-looking
 * values are converted to numbers unless declared as `string`. Dotted
 * names (`--a.b=1`) create nested objects.
 *
 * @example
 * ```ts
 * import { parseArgs } from "@std/cli/parse-args";
 * const args = parseArgs(["--foo", "--bar=baz", "-n5", "file.txt"], {
 *   boolean: ["foo"],
 *   string: ["bar"],
 * });
 * // { foo: true, bar: "baz", n: 5, _: ["file.txt"] }
 * ```
 *
 * @typeParam TArgs Type of result.
 * @typeParam TDoubleDash Used by `TArgs` for the result.
 * @typeParam TBooleans Used by `TArgs` for the result.
 * @typeParam TStrings Used by `TArgs` for the result.
 * @typeParam TCollectable Used by `TArgs` for the result.
 * @typeParam TNegatable Used by `TArgs` for the result.
 * @typeParam TDefaults Used by `TArgs` for the result.
 * @typeParam TAliases Used by `TArgs` for the result.
 * @typeParam TAliasArgNames Used by `TArgs` for the result.
 * @typeParam TAliasNames Used by `TArgs` for the result.
 * @param args An array of command line arguments.
 * @param options Options for the parse function.
 * @returns The parsed arguments.
 */
export function parseArgs<
  TArgs extends Values<
    TBooleans,
    TStrings,
    TCollectable,
    TNegatable,
    TDefaults,
    TAliases
  >,
  TDoubleDash extends boolean | undefined = undefined,
  TBooleans extends BooleanType = undefined,
  TStrings extends StringType = undefined,
  TCollectable extends Collectable = undefined,
  TNegatable extends Negatable = undefined,
  TDefaults extends Record<string, unknown> | undefined = undefined,
  TAliases extends Aliases<TAliasArgNames, TAliasNames> | undefined = undefined,
  TAliasArgNames extends string = string,
  TAliasNames extends string = string,
>(
  args: string[],
  options?: ParseOptions<
    TBooleans,
    TStrings,
    TCollectable,
    TNegatable,
    TDefaults,
    TAliases,
    TDoubleDash
  >,
): Args<TArgs, TDoubleDash> {
  const {
    "--": doubleDash = false,
    alias = {} as NonNullable<TAliases>,
    boolean = false,
    default: defaults = {} as TDefaults & Record<string, unknown>,
    stopEarly = false,
    string = [],
    collect = [],
    negatable = [],
    unknown: unknownFn = (i: string): unknown => i,
  } = options ?? {};

  // Alias groups: every name maps to the other names of its group.
  const aliasMap = new Map<string, Set<string>>();
  const link = (a: string, b: string) => {
    const group = new Set([
      a,
      b,
      ...(aliasMap.get(a) ?? []),
      ...(aliasMap.get(b) ?? []),
    ]);
    for (const name of group) {
      aliasMap.set(name, new Set([...group].filter((n) => n !== name)));
    }
  };
  for (const [key, value] of Object.entries(alias ?? {})) {
    for (const name of toNames(value)) link(key, name);
  }
  const aliasesOf = (key: string): Set<string> =>
    aliasMap.get(key) ?? new Set();

  const withAliases = (names: string[]): Set<string> => {
    const set = new Set<string>();
    for (const name of names) {
      set.add(name);
      for (const a of aliasesOf(name)) set.add(a);
    }
    return set;
  };
  const allBools = boolean === true;
  const booleanSet = withAliases(toNames(boolean));
  const stringSet = withAliases(toNames(string));
  const collectSet = withAliases(toNames(collect));
  const negatableSet = withAliases(toNames(negatable));

  const argv: NestedRecord & { _: Array<string | number> } = { _: [] };

  const argDefined = (key: string, arg: string): boolean =>
    (allBools && /^--[^=]+$/.test(arg)) || booleanSet.has(key) ||
    stringSet.has(key) || aliasMap.has(key);

  const setKey = (
    name: string,
    value: unknown,
    collectValues: boolean,
  ): void => {
    const keys = name.split(".");
    if (keys.includes("__proto__")) return;
    let o: NestedRecord = argv;
    for (const key of keys.slice(0, -1)) {
      const next = Object.hasOwn(o, key) ? o[key] : undefined;
      if (typeof next !== "object" || next === null) {
        o[key] = {};
      }
      o = o[key] as NestedRecord;
    }
    const key = keys[keys.length - 1]!;
    const current = Object.hasOwn(o, key) ? o[key] : undefined;
    if (!(collectValues && collectSet.has(name))) {
      o[key] = value;
    } else if (current === undefined) {
      o[key] = [value];
    } else if (Array.isArray(current)) {
      current.push(value);
    } else {
      o[key] = [current, value];
    }
  };

  const setArgument = (
    key: string,
    val: unknown,
    arg: string | undefined,
    collectValues = true,
  ): void => {
    if (arg && unknownFn && !argDefined(key, arg)) {
      if (unknownFn(arg, key, val) === false) return;
    }
    const value = !stringSet.has(key) && isNumber(val) ? Number(val) : val;
    setKey(key, value, collectValues);
    for (const a of aliasesOf(key)) setKey(a, value, collectValues);
  };

  let notFlags: string[] = [];
  const doubleDashIndex = args.indexOf("--");
  if (doubleDashIndex !== -1) {
    notFlags = args.slice(doubleDashIndex + 1);
    args = args.slice(0, doubleDashIndex);
  }

  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const keyValue = arg.match(/^--([^=]+)=(.*)$/s);
    if (keyValue) {
      const [, key, value] = keyValue as unknown as [string, string, string];
      if (booleanSet.has(key)) setArgument(key, value !== "false", arg);
      else setArgument(key, value, arg);
    } else if (/^--no-.+/s.test(arg) && negatableSet.has(arg.slice(5))) {
      setArgument(arg.slice(5), false, arg, false);
    } else if (/^--.+/s.test(arg)) {
      const key = arg.slice(2);
      const next = args[i + 1];
      if (
        next !== undefined && !next.startsWith("-") && !booleanSet.has(key) &&
        !allBools
      ) {
        setArgument(key, next, arg);
        i++;
      } else if (next !== undefined && /^(true|false)$/.test(next)) {
        setArgument(key, next === "true", arg);
        i++;
      } else {
        setArgument(key, stringSet.has(key) ? "" : true, arg);
      }
    } else if (/^-[^-]+/s.test(arg)) {
      const letters = arg.slice(1, -1).split("");
      let broken = false;
      for (let j = 0; j < letters.length; j++) {
        const letter = letters[j]!;
        const rest = arg.slice(j + 2);
        if (rest === "-") {
          setArgument(letter, rest, arg);
          continue;
        }
        if (/[A-Za-z]/.test(letter) && rest.includes("=")) {
          setArgument(letter, rest.split(/=(.+)/s)[1], arg);
          broken = true;
          break;
        }
        if (/[A-Za-z]/.test(letter) && /-?\d+(\.\d*)?(e-?\d+)?$/.test(rest)) {
          setArgument(letter, rest, arg);
          broken = true;
          break;
        }
        if (letters[j + 1] && /\W/.test(letters[j + 1]!)) {
          setArgument(letter, rest, arg);
          broken = true;
          break;
        }
        setArgument(letter, stringSet.has(letter) ? "" : true, arg);
      }
      const key = arg.slice(-1);
      if (!broken && key !== "-") {
        const next = args[i + 1];
        if (next && !/^(-|--)[^-]/.test(next) && !booleanSet.has(key)) {
          setArgument(key, next, arg);
          i++;
        } else if (next && /^(true|false)$/.test(next)) {
          setArgument(key, next === "true", arg);
          i++;
        } else {
          setArgument(key, stringSet.has(key) ? "" : true, arg);
        }
      }
    } else {
      if (unknownFn(arg) !== false) {
        argv._.push(stringSet.has("_") || !isNumber(arg) ? arg : Number(arg));
      }
      if (stopEarly) {
        argv._.push(...args.slice(i + 1));
        break;
      }
    }
  }

  for (const [key, value] of Object.entries(defaults ?? {})) {
    if (!hasNested(argv, key.split("."))) {
      setKey(key, value, false);
      for (const a of aliasesOf(key)) {
        if (!hasNested(argv, a.split("."))) setKey(a, value, false);
      }
    }
  }
  for (const key of booleanSet) {
    if (!hasNested(argv, key.split("."))) {
      setKey(key, collectSet.has(key) ? [] : false, false);
    }
  }
  for (const key of stringSet) {
    if (!hasNested(argv, key.split(".")) && collectSet.has(key)) {
      setKey(key, [], false);
    }
  }

  if (doubleDash) {
    argv["--"] = notFlags;
  } else {
    argv._.push(...notFlags);
  }
  return argv as unknown as Args<TArgs, TDoubleDash>;
}
