// Copyright 2020-2023 the Deno authors. All rights reserved. MIT license.

pub mod example_code;
pub mod graph;
pub mod ignore_directives;
pub mod swc;
pub mod symbol;
