/// The process plugin schema version.
pub const PLUGIN_SCHEMA_VERSION: u32 = 5;
