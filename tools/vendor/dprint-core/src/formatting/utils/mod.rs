pub mod string_utils;
