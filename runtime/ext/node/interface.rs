//! What `require()` needs from whoever loaded the program: `x run` answers from the
//! module graph, a platform tenant from its deployment artifact.

/// A module as `require()` sees it.
pub enum CjsModule {
    /// CommonJS source, to run inside the module wrapper.
    CommonJs(String),
    /// JSON text.
    Json(String),
    /// An ES module (`require()` of one is not supported).
    Esm,
}

/// Resolves and loads modules for `require()` synchronously. Put an `Rc<dyn CjsHost>`
/// in the runtime's `OpState`.
pub trait CjsHost {
    /// The URL `specifier` means when `referrer` requires it (`node:name` for built-ins).
    fn resolve(&self, specifier: &str, referrer: &str) -> Result<String, String>;
    /// The module at `url` (already resolved).
    fn load(&self, url: &str) -> Result<CjsModule, String>;
}
