//! `Deno.test` and everything a test file sees of `x test`: registration (with `ignore`,
//! `only`, sanitizer options and `permissions`), test steps (`t.step`, nested, each with
//! its own result), hooks (`Deno.test.beforeAll/beforeEach/afterEach/afterAll`), the exit
//! sanitizer, and the attribution of uncaught errors (a throwing timer is charged to the
//! test that set it).
//!
//! The JS side (`01_testing.js`) registers tests and runs steps; the Rust side of a test
//! run (`x_test`'s file runner) finds the registered tests in [`TestingState`], calls them
//! one by one and listens to steps and uncaught errors through [`TestHost`]. Without a
//! `TestingState` in the `OpState` (`x run`), `Deno.test` does nothing, as in Deno.
//!
//! Clients: `x_worker` (registers the extension), `x_test` (drives it).

pub mod interface;
pub mod ops;
mod permissions;

pub use interface::{
    Failure, Outcome, RegisteredTest, StepDescription, TestHost, TestLocation, TestingState,
};

deno_core::extension!(
    x_ext_testing,
    ops = [
        ops::op_test_enabled,
        ops::op_test_defaults,
        ops::op_test_origin,
        ops::op_test_register,
        ops::op_test_report,
        ops::op_test_step_register,
        ops::op_test_step_wait,
        ops::op_test_step_result,
        ops::op_test_uncaught,
        ops::op_test_pledge_permissions,
        ops::op_test_restore_permissions,
    ],
    customizer = |ext: &mut deno_core::Extension| {
        ext.esm_files = x_ext_embed::esm!(x_ext_testing, "01_testing.js");
    },
);
