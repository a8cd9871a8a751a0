//! x: native fast paths for x's Web APIs, on QuickJS directly (X_PATCHES.md 12,
//! 13 and 15), how full the thread's native-callback table is (17) and a hold on
//! an isolate's microtask checkpoints (29). Reached as `v8::x_fast::*` (deno_v8
//! re-exports the crate's root); the work is in C
//! at the end of `vendor/quickjs-ng/quickjs.c`, where the engine's object
//! layout is visible.

use super::core::{current_ctx, intern, iso_state, jsval_of};
use super::quickjs_sys::*;
use crate::isolate::RealIsolate;
use crate::scope::{GetIsolate, PinScope};
use crate::{Local, String as V8String, Uint8Array, Value};
use std::os::raw::c_int;

pub use super::function::{native_function_slots_in_use, NATIVE_FUNCTION_SLOTS};

unsafe extern "C" {
  fn v82jsc_x_structured_clone_fast(
    ctx: *mut JSContext,
    val: JSValue,
    out: *mut JSValue,
  ) -> c_int;
  fn v82jsc_x_encode_utf8(ctx: *mut JSContext, val: JSValue) -> JSValue;
  fn v82jsc_x_new_string_latin1(
    ctx: *mut JSContext,
    buf: *const u8,
    len: usize,
  ) -> JSValue;
  fn JS_NewStringUTF16(
    ctx: *mut JSContext,
    buf: *const u16,
    len: usize,
  ) -> JSValue;
  fn v82jsc_x_encode_utf8_into(
    ctx: *mut JSContext,
    val: JSValue,
    dest: *mut u8,
    cap: usize,
    read: *mut usize,
    written: *mut usize,
  ) -> c_int;
}

fn ctx_for(isolate: *mut RealIsolate) -> *mut JSContext {
  if isolate.is_null() {
    return current_ctx();
  }
  let st = iso_state(isolate);
  st.contexts.last().copied().unwrap_or(st.ctx)
}

/// The structured clone of `value` when its graph holds only plain objects,
/// arrays, Maps, Sets, Dates and primitives other than symbols, with no accessor among
/// the properties it would read; `None` otherwise — nothing has run then (no
/// getter, no proxy trap), so the caller may run the full algorithm instead.
pub fn structured_clone_fast<'s>(
  scope: &PinScope<'s, '_, ()>,
  value: Local<Value>,
) -> Option<Local<'s, Value>> {
  let val = jsval_of(&*value as *const Value);
  unsafe {
    scope.cast_local(|sd| {
      let ctx = ctx_for(sd.get_isolate_ptr());
      if ctx.is_null() {
        return std::ptr::null();
      }
      let mut out = jsv_undefined();
      match v82jsc_x_structured_clone_fast(ctx, val, &mut out) {
        1 => intern::<Value>(out),
        0 => std::ptr::null(),
        _ => {
          // Out of memory: drop it here; the full algorithm meets it again.
          JS_FreeValue(ctx, JS_GetException(ctx));
          std::ptr::null()
        }
      }
    })
  }
}

/// `TextEncoder.encode`: the UTF-8 of `value` (a string) as a new
/// `Uint8Array`, lone surrogates as U+FFFD, in one pass into the array's own
/// buffer. `None` on failure (out of memory).
pub fn encode_utf8<'s>(
  scope: &PinScope<'s, '_, ()>,
  value: Local<Value>,
) -> Option<Local<'s, Uint8Array>> {
  let val = jsval_of(&*value as *const Value);
  unsafe {
    scope.cast_local(|sd| {
      let ctx = ctx_for(sd.get_isolate_ptr());
      if ctx.is_null() {
        return std::ptr::null();
      }
      let result = v82jsc_x_encode_utf8(ctx, val);
      if jsv_is_exception(&result) {
        // The caller reports the failure itself.
        JS_FreeValue(ctx, JS_GetException(ctx));
        return std::ptr::null();
      }
      intern::<Uint8Array>(result)
    })
  }
}

/// `TextEncoder.encodeInto`: writes as many whole characters of the UTF-8 of
/// `value` (lone surrogates as U+FFFD) as fit into `dest`; returns (UTF-16
/// code units read, bytes written). `None` when `value` is not a string (it
/// is never converted here: that could run JS while `dest` is borrowed).
pub fn encode_utf8_into(
  scope: &PinScope<'_, '_, ()>,
  value: Local<Value>,
  dest: &mut [u8],
) -> Option<(usize, usize)> {
  if !value.is_string() {
    return None;
  }
  let val = jsval_of(&*value as *const Value);
  let ctx = ctx_for(scope.get_isolate_ptr());
  if ctx.is_null() {
    return None;
  }
  let (mut read, mut written) = (0usize, 0usize);
  let status = unsafe {
    v82jsc_x_encode_utf8_into(
      ctx,
      val,
      dest.as_mut_ptr(),
      dest.len(),
      &mut read,
      &mut written,
    )
  };
  (status == 0).then_some((read, written))
}

fn new_string<'s>(
  scope: &PinScope<'s, '_, ()>,
  make: impl FnOnce(*mut JSContext) -> JSValue,
) -> Option<Local<'s, V8String>> {
  unsafe {
    scope.cast_local(|sd| {
      let ctx = ctx_for(sd.get_isolate_ptr());
      if ctx.is_null() {
        return std::ptr::null();
      }
      let v = make(ctx);
      if jsv_is_exception(&v) {
        JS_FreeValue(ctx, JS_GetException(ctx));
        return std::ptr::null();
      }
      intern::<V8String>(v)
    })
  }
}

/// A string of Latin-1 bytes (ASCII text included), made with one copy
/// (`v8::String::new_from_one_byte` re-encodes them as UTF-8 on the way).
/// `None` if too long.
pub fn new_string_latin1<'s>(
  scope: &PinScope<'s, '_, ()>,
  bytes: &[u8],
) -> Option<Local<'s, V8String>> {
  new_string(scope, |ctx| unsafe {
    v82jsc_x_new_string_latin1(ctx, bytes.as_ptr(), bytes.len())
  })
}

/// A string of UTF-16 code units, made with one copy. `None` if too long.
pub fn new_string_utf16<'s>(
  scope: &PinScope<'s, '_, ()>,
  units: &[u16],
) -> Option<Local<'s, V8String>> {
  new_string(scope, |ctx| unsafe {
    JS_NewStringUTF16(ctx, units.as_ptr(), units.len())
  })
}

/// x patch (X_PATCHES.md 29): while held (holds nest), `PerformMicrotaskCheckpoint` on
/// the scope's isolate runs nothing. deno_core performs a checkpoint after evaluating a
/// lazily loaded runtime module, in the middle of the JavaScript that asked for it, so
/// the program's own pending reactions ran there: before the code that follows the
/// first use of the API, and on the platform inside a stretch whose CPU is not charged
/// to the tenant.
pub fn hold_microtask_checkpoints(scope: &PinScope<'_, '_, ()>, held: bool) {
  let isolate = scope.get_isolate_ptr();
  if isolate.is_null() {
    return;
  }
  let st = iso_state(isolate);
  st.microtask_checkpoints_held = if held {
    st.microtask_checkpoints_held + 1
  } else {
    st.microtask_checkpoints_held.saturating_sub(1)
  };
}
