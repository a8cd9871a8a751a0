/**
 * HTTP status codes: the {@linkcode STATUS_CODE} and {@linkcode STATUS_TEXT}
 * tables, the types of each class of status, and functions telling which
 * class a status is in.
 *
 * ```ts
 * import { STATUS_CODE, STATUS_TEXT, isErrorStatus } from "@std/http/status";
 * import { assertEquals } from "@std/assert";
 *
 * assertEquals(STATUS_CODE.NotFound, 404);
 * assertEquals(STATUS_TEXT[STATUS_CODE.NotFound], "Not Found");
 * assertEquals(isErrorStatus(404), true);
 * ```
 *
 * @module
 */

/**
 * The HTTP status codes, by name.
 *
 * @example Usage
 * ```ts
 * import { STATUS_CODE } from "@std/http/status";
 *
 * new Response("Not here", { status: STATUS_CODE.NotFound });
 * ```
 */
export const STATUS_CODE = {
  /** RFC 9110, 15.2.1 */
  Continue: 100,
  /** RFC 9110, 15.2.2 */
  SwitchingProtocols: 101,
  /** RFC 2518, 10.1 */
  Processing: 102,
  /** RFC 8297 */
  EarlyHints: 103,
  /** RFC 9110, 15.3.1 */
  OK: 200,
  /** RFC 9110, 15.3.2 */
  Created: 201,
  /** RFC 9110, 15.3.3 */
  Accepted: 202,
  /** RFC 9110, 15.3.4 */
  NonAuthoritativeInfo: 203,
  /** RFC 9110, 15.3.5 */
  NoContent: 204,
  /** RFC 9110, 15.3.6 */
  ResetContent: 205,
  /** RFC 9110, 15.3.7 */
  PartialContent: 206,
  /** RFC 4918, 11.1 */
  MultiStatus: 207,
  /** RFC 5842, 7.1 */
  AlreadyReported: 208,
  /** RFC 3229, 10.4.1 */
  IMUsed: 226,
  /** RFC 9110, 15.4.1 */
  MultipleChoices: 300,
  /** RFC 9110, 15.4.2 */
  MovedPermanently: 301,
  /** RFC 9110, 15.4.3 */
  Found: 302,
  /** RFC 9110, 15.4.4 */
  SeeOther: 303,
  /** RFC 9110, 15.4.5 */
  NotModified: 304,
  /** RFC 9110, 15.4.6 */
  UseProxy: 305,
  /** RFC 9110, 15.4.8 */
  TemporaryRedirect: 307,
  /** RFC 9110, 15.4.9 */
  PermanentRedirect: 308,
  /** RFC 9110, 15.5.1 */
  BadRequest: 400,
  /** RFC 9110, 15.5.2 */
  Unauthorized: 401,
  /** RFC 9110, 15.5.3 */
  PaymentRequired: 402,
  /** RFC 9110, 15.5.4 */
  Forbidden: 403,
  /** RFC 9110, 15.5.5 */
  NotFound: 404,
  /** RFC 9110, 15.5.6 */
  MethodNotAllowed: 405,
  /** RFC 9110, 15.5.7 */
  NotAcceptable: 406,
  /** RFC 9110, 15.5.8 */
  ProxyAuthRequired: 407,
  /** RFC 9110, 15.5.9 */
  RequestTimeout: 408,
  /** RFC 9110, 15.5.10 */
  Conflict: 409,
  /** RFC 9110, 15.5.11 */
  Gone: 410,
  /** RFC 9110, 15.5.12 */
  LengthRequired: 411,
  /** RFC 9110, 15.5.13 */
  PreconditionFailed: 412,
  /** RFC 9110, 15.5.14 */
  ContentTooLarge: 413,
  /** RFC 9110, 15.5.15 */
  URITooLong: 414,
  /** RFC 9110, 15.5.16 */
  UnsupportedMediaType: 415,
  /** RFC 9110, 15.5.17 */
  RangeNotSatisfiable: 416,
  /** RFC 9110, 15.5.18 */
  ExpectationFailed: 417,
  /** RFC 9110, 15.5.19 */
  Teapot: 418,
  /** RFC 9110, 15.5.20 */
  MisdirectedRequest: 421,
  /** RFC 9110, 15.5.21 */
  UnprocessableEntity: 422,
  /** RFC 4918, 11.3 */
  Locked: 423,
  /** RFC 4918, 11.4 */
  FailedDependency: 424,
  /** RFC 8470, 5.2 */
  TooEarly: 425,
  /** RFC 9110, 15.5.22 */
  UpgradeRequired: 426,
  /** RFC 6585, 3 */
  PreconditionRequired: 428,
  /** RFC 6585, 4 */
  TooManyRequests: 429,
  /** RFC 6585, 5 */
  RequestHeaderFieldsTooLarge: 431,
  /** RFC 7725, 3 */
  UnavailableForLegalReasons: 451,
  /** RFC 9110, 15.6.1 */
  InternalServerError: 500,
  /** RFC 9110, 15.6.2 */
  NotImplemented: 501,
  /** RFC 9110, 15.6.3 */
  BadGateway: 502,
  /** RFC 9110, 15.6.4 */
  ServiceUnavailable: 503,
  /** RFC 9110, 15.6.5 */
  GatewayTimeout: 504,
  /** RFC 9110, 15.6.6 */
  HTTPVersionNotSupported: 505,
  /** RFC 2295, 8.1 */
  VariantAlsoNegotiates: 506,
  /** RFC 4918, 11.5 */
  InsufficientStorage: 507,
  /** RFC 5842, 7.2 */
  LoopDetected: 508,
  /** RFC 2774, 7 */
  NotExtended: 510,
  /** RFC 6585, 6 */
  NetworkAuthenticationRequired: 511,
} as const;

/** Any HTTP status code in {@linkcode STATUS_CODE}. */
export type StatusCode = typeof STATUS_CODE[keyof typeof STATUS_CODE];

/**
 * The text of each HTTP status code, by code.
 *
 * @example Usage
 * ```ts
 * import { STATUS_CODE, STATUS_TEXT } from "@std/http/status";
 * import { assertEquals } from "@std/assert";
 *
 * assertEquals(STATUS_TEXT[STATUS_CODE.NotFound], "Not Found");
 * ```
 */
export const STATUS_TEXT = {
  [STATUS_CODE.Continue]: "Continue",
  [STATUS_CODE.SwitchingProtocols]: "Switching Protocols",
  [STATUS_CODE.Processing]: "Processing",
  [STATUS_CODE.EarlyHints]: "Early Hints",
  [STATUS_CODE.OK]: "OK",
  [STATUS_CODE.Created]: "Created",
  [STATUS_CODE.Accepted]: "Accepted",
  [STATUS_CODE.NonAuthoritativeInfo]: "Non Authoritative Info",
  [STATUS_CODE.NoContent]: "No Content",
  [STATUS_CODE.ResetContent]: "Reset Content",
  [STATUS_CODE.PartialContent]: "Partial Content",
  [STATUS_CODE.MultiStatus]: "Multi Status",
  [STATUS_CODE.AlreadyReported]: "Already Reported",
  [STATUS_CODE.IMUsed]: "IM Used",
  [STATUS_CODE.MultipleChoices]: "Multiple Choices",
  [STATUS_CODE.MovedPermanently]: "Moved Permanently",
  [STATUS_CODE.Found]: "Found",
  [STATUS_CODE.SeeOther]: "See Other",
  [STATUS_CODE.NotModified]: "Not Modified",
  [STATUS_CODE.UseProxy]: "Use Proxy",
  [STATUS_CODE.TemporaryRedirect]: "Temporary Redirect",
  [STATUS_CODE.PermanentRedirect]: "Permanent Redirect",
  [STATUS_CODE.BadRequest]: "Bad Request",
  [STATUS_CODE.Unauthorized]: "Unauthorized",
  [STATUS_CODE.PaymentRequired]: "Payment Required",
  [STATUS_CODE.Forbidden]: "Forbidden",
  [STATUS_CODE.NotFound]: "Not Found",
  [STATUS_CODE.MethodNotAllowed]: "Method Not Allowed",
  [STATUS_CODE.NotAcceptable]: "Not Acceptable",
  [STATUS_CODE.ProxyAuthRequired]: "Proxy Authentication Required",
  [STATUS_CODE.RequestTimeout]: "Request Timeout",
  [STATUS_CODE.Conflict]: "Conflict",
  [STATUS_CODE.Gone]: "Gone",
  [STATUS_CODE.LengthRequired]: "Length Required",
  [STATUS_CODE.PreconditionFailed]: "Precondition Failed",
  [STATUS_CODE.ContentTooLarge]: "Content Too Large",
  [STATUS_CODE.URITooLong]: "URI Too Long",
  [STATUS_CODE.UnsupportedMediaType]: "Unsupported Media Type",
  [STATUS_CODE.RangeNotSatisfiable]: "Range Not Satisfiable",
  [STATUS_CODE.ExpectationFailed]: "Expectation Failed",
  [STATUS_CODE.Teapot]: "I'm a teapot",
  [STATUS_CODE.MisdirectedRequest]: "Misdirected Request",
  [STATUS_CODE.UnprocessableEntity]: "Unprocessable Entity",
  [STATUS_CODE.Locked]: "Locked",
  [STATUS_CODE.FailedDependency]: "Failed Dependency",
  [STATUS_CODE.TooEarly]: "Too Early",
  [STATUS_CODE.UpgradeRequired]: "Upgrade Required",
  [STATUS_CODE.PreconditionRequired]: "Precondition Required",
  [STATUS_CODE.TooManyRequests]: "Too Many Requests",
  [STATUS_CODE.RequestHeaderFieldsTooLarge]: "Request Header Fields Too Large",
  [STATUS_CODE.UnavailableForLegalReasons]: "Unavailable For Legal Reasons",
  [STATUS_CODE.InternalServerError]: "Internal Server Error",
  [STATUS_CODE.NotImplemented]: "Not Implemented",
  [STATUS_CODE.BadGateway]: "Bad Gateway",
  [STATUS_CODE.ServiceUnavailable]: "Service Unavailable",
  [STATUS_CODE.GatewayTimeout]: "Gateway Timeout",
  [STATUS_CODE.HTTPVersionNotSupported]: "HTTP Version Not Supported",
  [STATUS_CODE.VariantAlsoNegotiates]: "Variant Also Negotiates",
  [STATUS_CODE.InsufficientStorage]: "Insufficient Storage",
  [STATUS_CODE.LoopDetected]: "Loop Detected",
  [STATUS_CODE.NotExtended]: "Not Extended",
  [STATUS_CODE.NetworkAuthenticationRequired]:
    "Network Authentication Required",
} as const satisfies Record<StatusCode, string>;

/** An informational (1XX) status code. */
export type InformationalStatus =
  | typeof STATUS_CODE.Continue
  | typeof STATUS_CODE.SwitchingProtocols
  | typeof STATUS_CODE.Processing
  | typeof STATUS_CODE.EarlyHints;

/** A successful (2XX) status code. */
export type SuccessfulStatus =
  | typeof STATUS_CODE.OK
  | typeof STATUS_CODE.Created
  | typeof STATUS_CODE.Accepted
  | typeof STATUS_CODE.NonAuthoritativeInfo
  | typeof STATUS_CODE.NoContent
  | typeof STATUS_CODE.ResetContent
  | typeof STATUS_CODE.PartialContent
  | typeof STATUS_CODE.MultiStatus
  | typeof STATUS_CODE.AlreadyReported
  | typeof STATUS_CODE.IMUsed;

/** A redirection (3XX) status code. */
export type RedirectStatus =
  | typeof STATUS_CODE.MultipleChoices
  | typeof STATUS_CODE.MovedPermanently
  | typeof STATUS_CODE.Found
  | typeof STATUS_CODE.SeeOther
  | typeof STATUS_CODE.UseProxy
  | typeof STATUS_CODE.TemporaryRedirect
  | typeof STATUS_CODE.PermanentRedirect;

/** A client error (4XX) status code. */
export type ClientErrorStatus =
  | typeof STATUS_CODE.BadRequest
  | typeof STATUS_CODE.Unauthorized
  | typeof STATUS_CODE.PaymentRequired
  | typeof STATUS_CODE.Forbidden
  | typeof STATUS_CODE.NotFound
  | typeof STATUS_CODE.MethodNotAllowed
  | typeof STATUS_CODE.NotAcceptable
  | typeof STATUS_CODE.ProxyAuthRequired
  | typeof STATUS_CODE.RequestTimeout
  | typeof STATUS_CODE.Conflict
  | typeof STATUS_CODE.Gone
  | typeof STATUS_CODE.LengthRequired
  | typeof STATUS_CODE.PreconditionFailed
  | typeof STATUS_CODE.ContentTooLarge
  | typeof STATUS_CODE.URITooLong
  | typeof STATUS_CODE.UnsupportedMediaType
  | typeof STATUS_CODE.RangeNotSatisfiable
  | typeof STATUS_CODE.ExpectationFailed
  | typeof STATUS_CODE.Teapot
  | typeof STATUS_CODE.MisdirectedRequest
  | typeof STATUS_CODE.UnprocessableEntity
  | typeof STATUS_CODE.Locked
  | typeof STATUS_CODE.FailedDependency
  | typeof STATUS_CODE.TooEarly
  | typeof STATUS_CODE.UpgradeRequired
  | typeof STATUS_CODE.PreconditionRequired
  | typeof STATUS_CODE.TooManyRequests
  | typeof STATUS_CODE.RequestHeaderFieldsTooLarge
  | typeof STATUS_CODE.UnavailableForLegalReasons;

/** A server error (5XX) status code. */
export type ServerErrorStatus =
  | typeof STATUS_CODE.InternalServerError
  | typeof STATUS_CODE.NotImplemented
  | typeof STATUS_CODE.BadGateway
  | typeof STATUS_CODE.ServiceUnavailable
  | typeof STATUS_CODE.GatewayTimeout
  | typeof STATUS_CODE.HTTPVersionNotSupported
  | typeof STATUS_CODE.VariantAlsoNegotiates
  | typeof STATUS_CODE.InsufficientStorage
  | typeof STATUS_CODE.LoopDetected
  | typeof STATUS_CODE.NotExtended
  | typeof STATUS_CODE.NetworkAuthenticationRequired;

/** An error (4XX or 5XX) status code. */
export type ErrorStatus = ClientErrorStatus | ServerErrorStatus;

const CODES: ReadonlySet<number> = new Set(Object.values(STATUS_CODE));

/**
 * Returns whether the status is a known HTTP status code (one of {@linkcode STATUS_CODE}).
 *
 * @example Usage
 * ```ts
 * import { isStatus } from "@std/http/status";
 * import { assert, assertFalse } from "@std/assert";
 *
 * assert(isStatus(404));
 * assertFalse(isStatus(999));
 * ```
 *
 * @param status The status to check.
 * @returns `true` if it is.
 */
export function isStatus(status: number): status is StatusCode {
  return CODES.has(status);
}

/**
 * Returns whether the status is an informational (1XX) status.
 *
 * @example Usage
 * ```ts
 * import { isInformationalStatus } from "@std/http/status";
 * import { assert, assertFalse } from "@std/assert";
 *
 * assert(isInformationalStatus(100));
 * assertFalse(isInformationalStatus(200));
 * ```
 *
 * @param status The status to check.
 * @returns `true` if it is.
 */
export function isInformationalStatus(
  status: number,
): status is InformationalStatus {
  return isStatus(status) && status >= 100 && status < 200;
}

/**
 * Returns whether the status is a successful (2XX) status.
 *
 * @example Usage
 * ```ts
 * import { isSuccessfulStatus } from "@std/http/status";
 * import { assert, assertFalse } from "@std/assert";
 *
 * assert(isSuccessfulStatus(201));
 * assertFalse(isSuccessfulStatus(404));
 * ```
 *
 * @param status The status to check.
 * @returns `true` if it is.
 */
export function isSuccessfulStatus(status: number): status is SuccessfulStatus {
  return isStatus(status) && status >= 200 && status < 300;
}

/**
 * Returns whether the status is a redirection (3XX) status.
 *
 * @example Usage
 * ```ts
 * import { isRedirectStatus } from "@std/http/status";
 * import { assert, assertFalse } from "@std/assert";
 *
 * assert(isRedirectStatus(302));
 * assertFalse(isRedirectStatus(200));
 * ```
 *
 * @param status The status to check.
 * @returns `true` if it is.
 */
export function isRedirectStatus(status: number): status is RedirectStatus {
  return isStatus(status) && status >= 300 && status < 400;
}

/**
 * Returns whether the status is a client error (4XX) status.
 *
 * @example Usage
 * ```ts
 * import { isClientErrorStatus } from "@std/http/status";
 * import { assert, assertFalse } from "@std/assert";
 *
 * assert(isClientErrorStatus(404));
 * assertFalse(isClientErrorStatus(500));
 * ```
 *
 * @param status The status to check.
 * @returns `true` if it is.
 */
export function isClientErrorStatus(
  status: number,
): status is ClientErrorStatus {
  return isStatus(status) && status >= 400 && status < 500;
}

/**
 * Returns whether the status is a server error (5XX) status.
 *
 * @example Usage
 * ```ts
 * import { isServerErrorStatus } from "@std/http/status";
 * import { assert, assertFalse } from "@std/assert";
 *
 * assert(isServerErrorStatus(503));
 * assertFalse(isServerErrorStatus(404));
 * ```
 *
 * @param status The status to check.
 * @returns `true` if it is.
 */
export function isServerErrorStatus(
  status: number,
): status is ServerErrorStatus {
  return isStatus(status) && status >= 500 && status < 600;
}

/**
 * Returns whether the status is an error (4XX or 5XX) status.
 *
 * @example Usage
 * ```ts
 * import { isErrorStatus } from "@std/http/status";
 * import { assert, assertFalse } from "@std/assert";
 *
 * assert(isErrorStatus(500));
 * assertFalse(isErrorStatus(302));
 * ```
 *
 * @param status The status to check.
 * @returns `true` if it is.
 */
export function isErrorStatus(status: number): status is ErrorStatus {
  return isStatus(status) && status >= 400 && status < 600;
}
