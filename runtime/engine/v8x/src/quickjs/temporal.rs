use super::quickjs_sys::*;
use std::ffi::CString;
use std::os::raw::{c_char, c_int};
use std::sync::OnceLock;
use temporal_rs::{Instant, TimeZone};
use timezone_provider::zoneinfo64::ZoneInfo64TzdbProvider;

fn provider() -> &'static ZoneInfo64TzdbProvider<'static> {
  static PROVIDER: OnceLock<ZoneInfo64TzdbProvider<'static>> = OnceLock::new();
  PROVIDER.get_or_init(|| {
    ZoneInfo64TzdbProvider::zoneinfo64_provider_for_testing()
      .expect("bundled zoneinfo64 data is invalid")
  })
}

unsafe fn value_to_string(
  ctx: *mut JSContext,
  value: JSValue,
) -> Option<String> {
  let mut len = 0usize;
  let ptr = unsafe { JS_ToCStringLen(ctx, &mut len, value) };
  if ptr.is_null() {
    return None;
  }
  let text = unsafe {
    String::from_utf8_lossy(std::slice::from_raw_parts(ptr as *const u8, len))
      .into_owned()
  };
  unsafe { JS_FreeCString(ctx, ptr) };
  Some(text)
}

unsafe fn set_i32(
  ctx: *mut JSContext,
  object: JSValue,
  name: &std::ffi::CStr,
  value: i32,
) {
  unsafe {
    JS_SetPropertyStr(ctx, object, name.as_ptr(), JS_NewInt32(ctx, value));
  }
}

unsafe fn set_string(
  ctx: *mut JSContext,
  object: JSValue,
  name: &std::ffi::CStr,
  value: &str,
) {
  unsafe {
    JS_SetPropertyStr(
      ctx,
      object,
      name.as_ptr(),
      JS_NewStringLen(ctx, value.as_ptr() as *const c_char, value.len()),
    );
  }
}

unsafe fn throw_range_error(ctx: *mut JSContext, message: &str) -> JSValue {
  let message = CString::new(message).unwrap_or_default();
  unsafe { JS_ThrowRangeError(ctx, c"%s".as_ptr(), message.as_ptr()) }
}

unsafe extern "C" fn format_time_zone(
  ctx: *mut JSContext,
  _this: JSValue,
  argc: c_int,
  argv: *mut JSValue,
) -> JSValue {
  if argc < 2 || argv.is_null() {
    return unsafe {
      JS_ThrowTypeError(
        ctx,
        c"epoch milliseconds and time zone are required".as_ptr(),
      )
    };
  }

  let mut milliseconds = 0.0;
  if unsafe { JS_ToFloat64(ctx, &mut milliseconds, *argv) } < 0 {
    return jsv_exception();
  }
  if !milliseconds.is_finite()
    || milliseconds < i64::MIN as f64
    || milliseconds > i64::MAX as f64
  {
    return unsafe { throw_range_error(ctx, "invalid epoch milliseconds") };
  }
  let Some(identifier) = (unsafe { value_to_string(ctx, *argv.add(1)) }) else {
    return jsv_exception();
  };

  let provider = provider();
  let Ok(time_zone) =
    TimeZone::try_from_identifier_str_with_provider(&identifier, provider)
  else {
    return unsafe {
      throw_range_error(ctx, &format!("invalid time zone: {identifier}"))
    };
  };
  let Ok(primary_time_zone) =
    time_zone.primary_identifier_with_provider(provider)
  else {
    return unsafe {
      throw_range_error(ctx, &format!("invalid time zone: {identifier}"))
    };
  };
  let Ok(canonical_identifier) =
    primary_time_zone.identifier_with_provider(provider)
  else {
    return unsafe {
      throw_range_error(ctx, &format!("invalid time zone: {identifier}"))
    };
  };
  let Ok(instant) =
    Instant::from_epoch_milliseconds(milliseconds.trunc() as i64)
  else {
    return unsafe {
      throw_range_error(ctx, "epoch milliseconds out of range")
    };
  };
  let Ok(zoned) =
    instant.to_zoned_date_time_iso_with_provider(time_zone, provider)
  else {
    return unsafe {
      throw_range_error(ctx, &format!("invalid time zone: {identifier}"))
    };
  };

  let object = unsafe { JS_NewObject(ctx) };
  unsafe {
    set_string(ctx, object, c"timeZone", &canonical_identifier);
    set_string(
      ctx,
      object,
      c"era",
      if zoned.year() <= 0 { "BC" } else { "AD" },
    );
    set_i32(ctx, object, c"year", zoned.year());
    set_i32(ctx, object, c"month", i32::from(zoned.month()));
    set_i32(ctx, object, c"day", i32::from(zoned.day()));
    set_i32(ctx, object, c"hour", i32::from(zoned.hour()));
    set_i32(ctx, object, c"minute", i32::from(zoned.minute()));
    set_i32(ctx, object, c"second", i32::from(zoned.second()));
    JS_SetPropertyStr(
      ctx,
      object,
      c"offsetNanoseconds".as_ptr(),
      JS_NewInt64(ctx, zoned.offset_nanoseconds()),
    );
  }
  object
}

pub(crate) unsafe fn install_host_functions(
  ctx: *mut JSContext,
  global: JSValue,
) {
  let function = unsafe {
    JS_NewCFunction(ctx, format_time_zone, c"__v8xTemporalTimeZone".as_ptr(), 2)
  };
  unsafe {
    super::core::define_internal_global(
      ctx,
      global,
      c"__v8xTemporalTimeZone",
      function,
    );
  }
}

const JS_WRITE_OBJ_BYTECODE: c_int = 1 << 0;
const JS_WRITE_OBJ_STRIP_SOURCE: c_int = 1 << 4;
const JS_READ_OBJ_BYTECODE: c_int = 1 << 0;

/// The polyfill's compiled bytecode, shared by every runtime of the process.
static POLYFILL_BYTECODE: OnceLock<Vec<u8>> = OnceLock::new();

const POLYFILL: &[u8] =
  include_bytes!("../../vendor/temporal-polyfill/index.umd.js");
const POLYFILL_NAME: &std::ffi::CStr = c"<temporal-polyfill>";

/// x patch (X_PATCHES.md 26): the polyfill's bytecode, compiled in `ctx` unless this
/// process has it already, for a snapshot to carry. Compiling the 436 KB source takes
/// ~30 ms; every process paid it on its first read of `Temporal`, and a platform tenant
/// paid it out of its CPU limit.
pub(crate) unsafe fn polyfill_bytecode(
  ctx: *mut JSContext,
) -> Option<&'static [u8]> {
  if POLYFILL_BYTECODE.get().is_none() {
    match unsafe { compile_to_bytecode(ctx, POLYFILL, POLYFILL_NAME) } {
      Ok(bytes) => {
        let _ = POLYFILL_BYTECODE.set(bytes);
      }
      Err(exception) => unsafe { JS_FreeValue(ctx, exception) },
    }
  }
  POLYFILL_BYTECODE.get().map(Vec::as_slice)
}

/// Compiles `source` as a global script (not evaluated) to bytecode without its source
/// text: its functions read as native code, as the runtime's own do (X_PATCHES.md 22),
/// and each one restored does not carry its own copy of the text. Else the exception.
unsafe fn compile_to_bytecode(
  ctx: *mut JSContext,
  source: &[u8],
  filename: &std::ffi::CStr,
) -> Result<Vec<u8>, JSValue> {
  let source = CString::new(source).expect("bootstrap script contains NUL");
  let function = unsafe {
    JS_Eval(
      ctx,
      source.as_ptr(),
      source.as_bytes().len(),
      filename.as_ptr(),
      JS_EVAL_TYPE_GLOBAL | JS_EVAL_FLAG_COMPILE_ONLY,
    )
  };
  if function.tag == JS_TAG_EXCEPTION {
    return Err(unsafe { JS_GetException(ctx) });
  }
  let mut size = 0;
  let bytes = unsafe {
    JS_WriteObject(
      ctx,
      &mut size,
      function,
      JS_WRITE_OBJ_BYTECODE | JS_WRITE_OBJ_STRIP_SOURCE,
    )
  };
  unsafe { JS_FreeValue(ctx, function) };
  if bytes.is_null() {
    return Err(unsafe { JS_GetException(ctx) });
  }
  let bytecode = unsafe { std::slice::from_raw_parts(bytes, size) }.to_vec();
  unsafe { js_free(ctx, bytes.cast()) };
  Ok(bytecode)
}

/// Evaluates a script from the bytecode in `cache`, else from `compiled` (bytecode made
/// elsewhere, read in place), else compiled now and kept in `cache`.
unsafe fn eval_cached_script(
  ctx: *mut JSContext,
  source: &[u8],
  filename: &std::ffi::CStr,
  cache: &OnceLock<Vec<u8>>,
  compiled: Option<&[u8]>,
) -> JSValue {
  let bytes = match cache.get().map(Vec::as_slice).or(compiled) {
    Some(bytes) => bytes,
    None => match unsafe { compile_to_bytecode(ctx, source, filename) } {
      Ok(bytes) => cache.get_or_init(|| bytes),
      Err(exception) => return unsafe { JS_Throw(ctx, exception) },
    },
  };
  let function = unsafe {
    JS_ReadObject(ctx, bytes.as_ptr(), bytes.len(), JS_READ_OBJ_BYTECODE)
  };
  if function.tag == JS_TAG_EXCEPTION {
    return function;
  }
  unsafe { JS_EvalFunction(ctx, function) }
}

/// x patch (X_PATCHES.md 23): `globalThis.Temporal` is an accessor that evaluates the
/// 436 KB polyfill on first use. Evaluated in every new context, it was a sixth of each
/// startup snapshot and of each restored runtime's heap, for an API few programs touch.
/// The getter and setter are C functions made here, so a snapshot refers to them as
/// intrinsics of the context that restores it, which makes the same two here.
pub(crate) unsafe fn install(ctx: *mut JSContext, global: JSValue) {
  let atom = unsafe { JS_NewAtom(ctx, c"Temporal".as_ptr()) };
  // Present already (the accessor, or the polyfill's namespace in a snapshot made
  // before it was lazy): leave it, and never run a getter here.
  let present =
    unsafe { JS_GetOwnProperty(ctx, std::ptr::null_mut(), global, atom) } != 0;
  if !present {
    unsafe {
      let getter =
        JS_NewCFunction(ctx, temporal_getter, c"get Temporal".as_ptr(), 0);
      let setter =
        JS_NewCFunction(ctx, temporal_setter, c"set Temporal".as_ptr(), 1);
      JS_DefinePropertyGetSet(
        ctx,
        global,
        atom,
        getter,
        setter,
        JS_PROP_CONFIGURABLE,
      );
    }
  }
  unsafe { JS_FreeAtom(ctx, atom) };
}

/// The first read of `Temporal`: evaluates the polyfill, which replaces the accessor
/// with the namespace as a data property, and answers that.
unsafe extern "C" fn temporal_getter(
  ctx: *mut JSContext,
  _this: JSValue,
  _argc: c_int,
  _argv: *mut JSValue,
) -> JSValue {
  let global = unsafe { JS_GetGlobalObject(ctx) };
  // Replaced before evaluating, so a polyfill that never defines `Temporal` reads as
  // undefined here instead of calling this getter again.
  unsafe {
    super::core::define_internal_global(
      ctx,
      global,
      c"Temporal",
      jsv_undefined(),
    )
  };
  let result = unsafe { evaluate_polyfill(ctx) };
  let value = if result.tag == JS_TAG_EXCEPTION {
    result
  } else {
    unsafe { JS_GetPropertyStr(ctx, global, c"Temporal".as_ptr()) }
  };
  unsafe { JS_FreeValue(ctx, global) };
  value
}

/// An assignment before the first read (a program bringing its own Temporal): the
/// value becomes the data property the polyfill would have made, unevaluated.
unsafe extern "C" fn temporal_setter(
  ctx: *mut JSContext,
  _this: JSValue,
  argc: c_int,
  argv: *mut JSValue,
) -> JSValue {
  let value = if argc > 0 && !argv.is_null() {
    unsafe { JS_DupValue(ctx, *argv) }
  } else {
    jsv_undefined()
  };
  unsafe {
    let global = JS_GetGlobalObject(ctx);
    super::core::define_internal_global(ctx, global, c"Temporal", value);
    JS_FreeValue(ctx, global);
  }
  jsv_undefined()
}

/// Evaluates the polyfill and installs its namespace as `globalThis.Temporal`: the
/// undefined value, or the exception that stopped it.
unsafe fn evaluate_polyfill(ctx: *mut JSContext) -> JSValue {
  // A snapshot's bytecode is read in place: a process that never reads `Temporal`
  // keeps none of it.
  let iso = super::core::current_iso();
  let from_snapshot = if iso.is_null() {
    None
  } else {
    super::core::iso_state(iso).temporal_bytecode.clone()
  };
  let result = unsafe {
    eval_cached_script(
      ctx,
      POLYFILL,
      POLYFILL_NAME,
      &POLYFILL_BYTECODE,
      from_snapshot.as_deref(),
    )
  };
  if result.tag == JS_TAG_EXCEPTION {
    return result;
  }
  unsafe { JS_FreeValue(ctx, result) };

  const INSTALL: &[u8] = br#"
    (function(g) {
      const implementation = g.temporal;
      if (!implementation || !implementation.Temporal) return;
      const temporal = {};
      for (const name of Object.getOwnPropertyNames(implementation.Temporal)) {
        Object.defineProperty(temporal, name, {
          value: implementation.Temporal[name],
          writable: true,
          configurable: true
        });
      }
      Object.defineProperty(temporal, Symbol.toStringTag, {
        value: "Temporal",
        configurable: true
      });
      Object.defineProperty(g, "Temporal", {
        value: temporal,
        writable: true,
        configurable: true
      });
      if (implementation.toTemporalInstant) {
        Object.defineProperty(Date.prototype, "toTemporalInstant", {
          value: implementation.toTemporalInstant,
          writable: true,
          configurable: true
        });
      }
      delete g.temporal;
    })(globalThis);
  "#;
  static INSTALL_BYTECODE: OnceLock<Vec<u8>> = OnceLock::new();
  let result = unsafe {
    eval_cached_script(
      ctx,
      INSTALL,
      c"<temporal-install>",
      &INSTALL_BYTECODE,
      None,
    )
  };
  if result.tag == JS_TAG_EXCEPTION {
    return result;
  }
  unsafe { JS_FreeValue(ctx, result) };
  jsv_undefined()
}
