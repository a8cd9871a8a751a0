// Deno.errors: one Error subclass per OS/IO failure kind, registered with deno_core so an
// op error whose class is e.g. "NotFound" is thrown as Deno.errors.NotFound. BadResource,
// Interrupted and NotCapable are deno_core's own classes (already registered there).
import { core, primordials } from "ext:core/mod.js";

const { Error } = primordials;
class NotFound extends Error {
  constructor(msg, options) {
    super(msg, options);
    this.name = "NotFound";
  }
}
core.registerErrorClass("NotFound", NotFound);
class PermissionDenied extends Error {
  constructor(msg, options) {
    super(msg, options);
    this.name = "PermissionDenied";
  }
}
core.registerErrorClass("PermissionDenied", PermissionDenied);
class ConnectionRefused extends Error {
  constructor(msg, options) {
    super(msg, options);
    this.name = "ConnectionRefused";
  }
}
core.registerErrorClass("ConnectionRefused", ConnectionRefused);
class ConnectionReset extends Error {
  constructor(msg, options) {
    super(msg, options);
    this.name = "ConnectionReset";
  }
}
core.registerErrorClass("ConnectionReset", ConnectionReset);
class ConnectionAborted extends Error {
  constructor(msg, options) {
    super(msg, options);
    this.name = "ConnectionAborted";
  }
}
core.registerErrorClass("ConnectionAborted", ConnectionAborted);
class NotConnected extends Error {
  constructor(msg, options) {
    super(msg, options);
    this.name = "NotConnected";
  }
}
core.registerErrorClass("NotConnected", NotConnected);
class AddrInUse extends Error {
  constructor(msg, options) {
    super(msg, options);
    this.name = "AddrInUse";
  }
}
core.registerErrorClass("AddrInUse", AddrInUse);
class AddrNotAvailable extends Error {
  constructor(msg, options) {
    super(msg, options);
    this.name = "AddrNotAvailable";
  }
}
core.registerErrorClass("AddrNotAvailable", AddrNotAvailable);
class BrokenPipe extends Error {
  constructor(msg, options) {
    super(msg, options);
    this.name = "BrokenPipe";
  }
}
core.registerErrorClass("BrokenPipe", BrokenPipe);
class AlreadyExists extends Error {
  constructor(msg, options) {
    super(msg, options);
    this.name = "AlreadyExists";
  }
}
core.registerErrorClass("AlreadyExists", AlreadyExists);
class InvalidData extends Error {
  constructor(msg, options) {
    super(msg, options);
    this.name = "InvalidData";
  }
}
core.registerErrorClass("InvalidData", InvalidData);
class TimedOut extends Error {
  constructor(msg, options) {
    super(msg, options);
    this.name = "TimedOut";
  }
}
core.registerErrorClass("TimedOut", TimedOut);
class WriteZero extends Error {
  constructor(msg, options) {
    super(msg, options);
    this.name = "WriteZero";
  }
}
core.registerErrorClass("WriteZero", WriteZero);
class WouldBlock extends Error {
  constructor(msg, options) {
    super(msg, options);
    this.name = "WouldBlock";
  }
}
core.registerErrorClass("WouldBlock", WouldBlock);
class UnexpectedEof extends Error {
  constructor(msg, options) {
    super(msg, options);
    this.name = "UnexpectedEof";
  }
}
core.registerErrorClass("UnexpectedEof", UnexpectedEof);
class Http extends Error {
  constructor(msg, options) {
    super(msg, options);
    this.name = "Http";
  }
}
core.registerErrorClass("Http", Http);
class Busy extends Error {
  constructor(msg, options) {
    super(msg, options);
    this.name = "Busy";
  }
}
core.registerErrorClass("Busy", Busy);
class NotSupported extends Error {
  constructor(msg, options) {
    super(msg, options);
    this.name = "NotSupported";
  }
}
core.registerErrorClass("NotSupported", NotSupported);
class FilesystemLoop extends Error {
  constructor(msg, options) {
    super(msg, options);
    this.name = "FilesystemLoop";
  }
}
core.registerErrorClass("FilesystemLoop", FilesystemLoop);
class IsADirectory extends Error {
  constructor(msg, options) {
    super(msg, options);
    this.name = "IsADirectory";
  }
}
core.registerErrorClass("IsADirectory", IsADirectory);
class NetworkUnreachable extends Error {
  constructor(msg, options) {
    super(msg, options);
    this.name = "NetworkUnreachable";
  }
}
core.registerErrorClass("NetworkUnreachable", NetworkUnreachable);
class NotADirectory extends Error {
  constructor(msg, options) {
    super(msg, options);
    this.name = "NotADirectory";
  }
}
core.registerErrorClass("NotADirectory", NotADirectory);
/** Deno.errors, in Deno's order. */
export const errors = {
  NotFound,
  PermissionDenied,
  ConnectionRefused,
  ConnectionReset,
  ConnectionAborted,
  NotConnected,
  AddrInUse,
  AddrNotAvailable,
  BrokenPipe,
  AlreadyExists,
  InvalidData,
  TimedOut,
  Interrupted: core.Interrupted,
  WriteZero,
  WouldBlock,
  UnexpectedEof,
  BadResource: core.BadResource,
  Http,
  Busy,
  NotSupported,
  FilesystemLoop,
  IsADirectory,
  NetworkUnreachable,
  NotADirectory,
  NotCapable: core.NotCapable,
};
