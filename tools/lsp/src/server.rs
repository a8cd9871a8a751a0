//! The LSP front: tower-lsp's `LanguageServer` over [`State`]. Every request's work runs
//! on the blocking pool (parses and lint are CPU work), where a panic becomes an
//! `InternalError` answer for that request while the server goes on. Diagnostics are
//! published per document after a short debounce: a burst of keystrokes is linted once.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use tower_lsp::jsonrpc::{Error, Result};
use tower_lsp::lsp_types::*;
use tower_lsp::{Client, LanguageServer};
use url::Url;

use crate::state::{lock, OpenDocument, State};
use crate::text::apply_changes;

/// How long a document must rest before it is linted again (`X_LSP_DEBOUNCE_MS`).
fn debounce() -> Duration {
    let ms = std::env::var("X_LSP_DEBOUNCE_MS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10);
    Duration::from_millis(ms)
}

pub struct Backend {
    client: Client,
    state: Arc<State>,
    /// Bumped by every edit; a debounced lint runs only if no edit came after it.
    generation: Arc<AtomicU64>,
}

impl Backend {
    pub fn new(client: Client, state: State) -> Backend {
        Backend {
            client,
            state: Arc::new(state),
            generation: Arc::new(AtomicU64::new(0)),
        }
    }

    /// Runs `work` on the blocking pool; a panic in it fails this request only.
    async fn blocking<T: Send + 'static>(
        &self,
        work: impl FnOnce(&State) -> T + Send + 'static,
    ) -> Result<T> {
        contained(self.state.clone(), work).await
    }

    /// Lints `uri` after the debounce and publishes its diagnostics, unless the document
    /// changed again meanwhile (that change schedules its own).
    fn schedule_diagnostics(&self, uri: Url) {
        let generation = self.generation.fetch_add(1, Ordering::SeqCst) + 1;
        let latest = self.generation.clone();
        let state = self.state.clone();
        let client = self.client.clone();
        tokio::spawn(async move {
            tokio::time::sleep(debounce()).await;
            if latest.load(Ordering::SeqCst) != generation {
                return;
            }
            publish(&client, state, uri).await;
        });
    }

    async fn republish_all(&self) {
        let uris: Vec<Url> = lock(&self.state.open).keys().cloned().collect();
        for uri in uris {
            publish(&self.client, self.state.clone(), uri).await;
        }
    }

    async fn config_changed(&self) {
        let state = self.state.clone();
        let error = tokio::task::spawn_blocking(move || state.reload_settings())
            .await
            .ok()
            .flatten();
        if let Some(error) = error {
            self.client
                .show_message(MessageType::ERROR, format!("x: configuration: {error}"))
                .await;
        }
        self.republish_all().await;
    }
}

async fn publish(client: &Client, state: Arc<State>, uri: Url) {
    let version = lock(&state.open).get(&uri).map(|d| d.version);
    let Some(version) = version else { return };
    let target = uri.clone();
    match tokio::task::spawn_blocking(move || state.diagnostics(&target)).await {
        Ok(diagnostics) => {
            client
                .publish_diagnostics(uri, diagnostics, Some(version))
                .await
        }
        Err(error) => eprintln!(
            "x lsp: diagnostics of {uri} failed: {}",
            panic_reason(error)
        ),
    }
}

/// Runs `work` on the blocking pool. A panic in it is logged to stderr and becomes this
/// request's `InternalError`; the state stays usable (its locks tolerate poisoning).
async fn contained<T: Send + 'static>(
    state: Arc<State>,
    work: impl FnOnce(&State) -> T + Send + 'static,
) -> Result<T> {
    match tokio::task::spawn_blocking(move || work(&state)).await {
        Ok(value) => Ok(value),
        Err(error) => {
            let reason = panic_reason(error);
            eprintln!("x lsp: a request failed: {reason}");
            let mut failure = Error::internal_error();
            failure.message = format!("internal error: {reason}").into();
            Err(failure)
        }
    }
}

fn panic_reason(error: tokio::task::JoinError) -> String {
    match error.try_into_panic() {
        Ok(payload) => payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "a panic".to_string()),
        Err(error) => error.to_string(),
    }
}

fn is_config_file(uri: &Url) -> bool {
    uri.path().ends_with("/deno.json")
        || uri.path().ends_with("/deno.jsonc")
        || uri.path().ends_with("/x.json")
        || uri.path().ends_with("/x.jsonc")
}

#[tower_lsp::async_trait]
impl LanguageServer for Backend {
    async fn initialize(&self, params: InitializeParams) -> Result<InitializeResult> {
        #[allow(deprecated)] // root_uri: older clients send only this
        let root = params
            .workspace_folders
            .as_ref()
            .and_then(|f| f.first())
            .map(|f| f.uri.clone())
            .or(params.root_uri)
            .and_then(|u| u.to_file_path().ok());
        if let Some(root) = root {
            *self.state.root.write().unwrap_or_else(|p| p.into_inner()) = root;
            self.config_changed().await;
        }
        Ok(InitializeResult {
            server_info: Some(ServerInfo {
                name: "x".into(),
                version: Some(env!("CARGO_PKG_VERSION").into()),
            }),
            capabilities: ServerCapabilities {
                text_document_sync: Some(TextDocumentSyncCapability::Options(
                    TextDocumentSyncOptions {
                        open_close: Some(true),
                        change: Some(TextDocumentSyncKind::INCREMENTAL),
                        save: Some(TextDocumentSyncSaveOptions::Supported(true)),
                        ..Default::default()
                    },
                )),
                document_formatting_provider: Some(OneOf::Left(true)),
                document_range_formatting_provider: Some(OneOf::Left(true)),
                document_symbol_provider: Some(OneOf::Left(true)),
                workspace_symbol_provider: Some(OneOf::Left(true)),
                hover_provider: Some(HoverProviderCapability::Simple(true)),
                definition_provider: Some(OneOf::Left(true)),
                references_provider: Some(OneOf::Left(true)),
                completion_provider: Some(CompletionOptions {
                    trigger_characters: Some(vec!["\"".into(), "'".into(), "/".into(), ":".into()]),
                    ..Default::default()
                }),
                code_action_provider: Some(CodeActionProviderCapability::Simple(true)),
                code_lens_provider: Some(CodeLensOptions {
                    resolve_provider: Some(false),
                }),
                ..Default::default()
            },
        })
    }

    async fn initialized(&self, _: InitializedParams) {
        // Config files are watched by the client when it can; saves are caught below too.
        let registration = Registration {
            id: "x-config-watch".into(),
            method: "workspace/didChangeWatchedFiles".into(),
            register_options: serde_json::to_value(DidChangeWatchedFilesRegistrationOptions {
                watchers: ["**/deno.json", "**/deno.jsonc", "**/x.json", "**/x.jsonc"]
                    .into_iter()
                    .map(|glob| FileSystemWatcher {
                        glob_pattern: GlobPattern::String(glob.into()),
                        kind: None,
                    })
                    .collect(),
            })
            .ok(),
        };
        // Not awaited here: a client that answers late must not hold up the session.
        let client = self.client.clone();
        tokio::spawn(async move {
            let _ = client.register_capability(vec![registration]).await;
        });
    }

    async fn shutdown(&self) -> Result<()> {
        Ok(())
    }

    async fn did_open(&self, params: DidOpenTextDocumentParams) {
        let document = params.text_document;
        lock(&self.state.open).insert(
            document.uri.clone(),
            OpenDocument {
                text: document.text,
                version: document.version,
            },
        );
        publish(&self.client, self.state.clone(), document.uri).await;
    }

    async fn did_change(&self, params: DidChangeTextDocumentParams) {
        let uri = params.text_document.uri;
        {
            let mut open = lock(&self.state.open);
            let Some(document) = open.get_mut(&uri) else {
                return;
            };
            apply_changes(&mut document.text, params.content_changes);
            document.version = params.text_document.version;
        }
        if is_config_file(&uri) {
            self.config_changed().await;
        } else {
            self.schedule_diagnostics(uri);
        }
    }

    async fn did_save(&self, params: DidSaveTextDocumentParams) {
        if is_config_file(&params.text_document.uri) {
            self.config_changed().await;
        }
    }

    async fn did_close(&self, params: DidCloseTextDocumentParams) {
        let uri = params.text_document.uri;
        self.state.close(&uri);
        self.client.publish_diagnostics(uri, Vec::new(), None).await;
    }

    async fn did_change_watched_files(&self, params: DidChangeWatchedFilesParams) {
        if params.changes.iter().any(|c| is_config_file(&c.uri)) {
            self.config_changed().await;
        }
    }

    async fn formatting(&self, params: DocumentFormattingParams) -> Result<Option<Vec<TextEdit>>> {
        let uri = params.text_document.uri;
        self.format(uri, None).await
    }

    async fn range_formatting(
        &self,
        params: DocumentRangeFormattingParams,
    ) -> Result<Option<Vec<TextEdit>>> {
        let uri = params.text_document.uri;
        self.format(uri, Some(params.range)).await
    }

    async fn document_symbol(
        &self,
        params: DocumentSymbolParams,
    ) -> Result<Option<DocumentSymbolResponse>> {
        let uri = params.text_document.uri;
        let symbols = self.blocking(move |s| s.document_symbols(&uri)).await?;
        Ok(Some(DocumentSymbolResponse::Flat(symbols)))
    }

    async fn symbol(
        &self,
        params: WorkspaceSymbolParams,
    ) -> Result<Option<Vec<SymbolInformation>>> {
        let query = params.query;
        Ok(Some(
            self.blocking(move |s| s.workspace_symbols(&query)).await?,
        ))
    }

    async fn hover(&self, params: HoverParams) -> Result<Option<Hover>> {
        let at = params.text_document_position_params;
        self.known(&at.text_document.uri)?;
        self.blocking(move |s| s.hover(&at.text_document.uri, at.position))
            .await
    }

    async fn goto_definition(
        &self,
        params: GotoDefinitionParams,
    ) -> Result<Option<GotoDefinitionResponse>> {
        let at = params.text_document_position_params;
        self.known(&at.text_document.uri)?;
        let location = self
            .blocking(move |s| s.definition(&at.text_document.uri, at.position))
            .await?;
        Ok(location.map(GotoDefinitionResponse::Scalar))
    }

    async fn references(&self, params: ReferenceParams) -> Result<Option<Vec<Location>>> {
        let at = params.text_document_position;
        let include = params.context.include_declaration;
        self.known(&at.text_document.uri)?;
        let locations = self
            .blocking(move |s| s.references(&at.text_document.uri, at.position, include))
            .await?;
        Ok(Some(locations))
    }

    async fn completion(&self, params: CompletionParams) -> Result<Option<CompletionResponse>> {
        let at = params.text_document_position;
        self.known(&at.text_document.uri)?;
        let items = self
            .blocking(move |s| s.completion(&at.text_document.uri, at.position))
            .await?;
        Ok(Some(CompletionResponse::Array(items)))
    }

    async fn code_action(&self, params: CodeActionParams) -> Result<Option<CodeActionResponse>> {
        let uri = params.text_document.uri;
        self.known(&uri)?;
        let range = params.range;
        Ok(Some(
            self.blocking(move |s| s.code_actions(&uri, range)).await?,
        ))
    }

    async fn code_lens(&self, params: CodeLensParams) -> Result<Option<Vec<CodeLens>>> {
        let uri = params.text_document.uri;
        self.known(&uri)?;
        Ok(Some(self.blocking(move |s| s.code_lenses(&uri)).await?))
    }
}

impl Backend {
    /// Requests about a document the editor never opened are answered with an error
    /// (the protocol's InvalidParams), not guessed at.
    fn known(&self, uri: &Url) -> Result<()> {
        let open = lock(&self.state.open);
        if open.contains_key(uri) {
            Ok(())
        } else {
            Err(Error::invalid_params(format!("{uri} is not open")))
        }
    }

    async fn format(&self, uri: Url, range: Option<Range>) -> Result<Option<Vec<TextEdit>>> {
        self.known(&uri)?;
        match self.blocking(move |s| s.format(&uri, range)).await? {
            Ok(edits) => Ok(Some(edits)),
            Err(error) => {
                // A document that does not parse cannot be formatted: say why, change nothing.
                Err(Error::invalid_params(format!("{error:#}")))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use x_graph::{Documents, ParseStats};

    #[tokio::test]
    async fn a_panic_fails_its_request_and_the_state_goes_on() {
        let dir = tempfile::tempdir().unwrap();
        let documents = Documents::new(Arc::new(ParseStats::default()));
        let (state, _) = State::new(documents, dir.path().to_path_buf());
        let state = Arc::new(state);
        let uri = Url::from_file_path(dir.path().join("a.ts")).unwrap();
        let held = uri.clone();
        // The panic happens while the work holds the open-documents lock.
        let failed = contained(state.clone(), move |s| {
            let _open = lock(&s.open);
            panic!("boom in {held}");
        })
        .await
        .unwrap_err();
        assert_eq!(failed.code, tower_lsp::jsonrpc::ErrorCode::InternalError);
        assert!(
            failed.message.contains("boom in file://"),
            "{}",
            failed.message
        );
        let after = contained(state, move |s| {
            lock(&s.open).insert(
                uri.clone(),
                OpenDocument {
                    text: "export const a = 1;\n".into(),
                    version: 1,
                },
            );
            s.diagnostics(&uri).len()
        })
        .await
        .unwrap();
        assert_eq!(after, 0);
    }
}
