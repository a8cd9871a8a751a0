//! The workspace index: what workspace symbols and references need to know of the files
//! the editor has not opened.
//!
//! Keeping a parse (AST, tokens, comments) of every workspace file would make the
//! server's memory grow with the workspace: the first `workspace/symbol` on a large one
//! would hold all of it for the rest of the session. The index keeps only a summary per
//! file — its module-level symbols and the names it imports from each specifier — taken
//! from one parse that is then dropped, and reads a file again only when its size or
//! modification time changes. References parse the few files whose summary says they
//! import the declaration, again without keeping the parse.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::SystemTime;

use tower_lsp::lsp_types::SymbolInformation;
use url::Url;
use x_graph::{par, Documents};

use crate::analysis;
use crate::state::{lock, media_type, symbol};
use crate::text::LineIndex;

/// What the index remembers of one file.
#[derive(Debug, Default)]
pub struct FileSummary {
    /// Its module-level declarations, as workspace symbols.
    pub symbols: Vec<SymbolInformation>,
    /// Each import's specifier and the names it imports (`default` for a default import).
    pub imports: Vec<(String, Vec<String>)>,
}

impl FileSummary {
    /// Whether the file imports `name` through a specifier for which `resolves_home`
    /// holds.
    pub fn imports_name(&self, name: &str, resolves_home: impl Fn(&str) -> bool) -> bool {
        self.imports
            .iter()
            .any(|(specifier, names)| names.iter().any(|n| n == name) && resolves_home(specifier))
    }
}

/// The file's size and modification time: a change of either means read it again.
type Stamp = (Option<SystemTime>, u64);

/// Summaries of workspace files, shared by the handlers.
#[derive(Default)]
pub struct WorkspaceIndex {
    files: Mutex<HashMap<Url, (Stamp, Arc<FileSummary>)>>,
}

impl WorkspaceIndex {
    /// The summaries of `uris` (files on disk), in their order. Files that are new or
    /// changed since the last call are read and parsed, on every core; files gone from
    /// disk are left out and forgotten.
    pub fn summaries(&self, documents: &Documents, uris: &[Url]) -> Vec<(Url, Arc<FileSummary>)> {
        let stamps: Vec<Option<Stamp>> = uris.iter().map(stamp).collect();
        // Indices (into `uris`) of the files new or changed since the last call.
        let stale: Vec<usize> = {
            let files = lock(&self.files);
            (0..uris.len())
                .filter(|&i| match (files.get(&uris[i]), stamps[i]) {
                    (_, None) => false,
                    (Some((known, _)), Some(now)) => *known != now,
                    (None, Some(_)) => true,
                })
                .collect()
        };
        let mut read = Vec::with_capacity(stale.len());
        par::for_each_ordered(
            &stale,
            |&i| summarize(documents, &uris[i]),
            |index, summary| read.push((stale[index], summary)),
        );
        let mut files = lock(&self.files);
        for (i, summary) in read {
            if let Some(stamp) = stamps[i] {
                files.insert(uris[i].clone(), (stamp, Arc::new(summary)));
            }
        }
        for (uri, stamp) in uris.iter().zip(&stamps) {
            if stamp.is_none() {
                files.remove(uri);
            }
        }
        uris.iter()
            .filter_map(|uri| Some((uri.clone(), files.get(uri)?.1.clone())))
            .collect()
    }
}

fn stamp(uri: &Url) -> Option<Stamp> {
    let metadata = std::fs::metadata(uri.to_file_path().ok()?).ok()?;
    Some((metadata.modified().ok(), metadata.len()))
}

/// Reads and parses one file and keeps what the index needs; a file that cannot be read
/// or parsed has an empty summary (its diagnostics are for when it is opened).
fn summarize(documents: &Documents, uri: &Url) -> FileSummary {
    let Some(text) = uri
        .to_file_path()
        .ok()
        .and_then(|path| std::fs::read_to_string(path).ok())
    else {
        return FileSummary::default();
    };
    let Ok(parsed) = documents.parse_fragment(uri, media_type(uri), text.into()) else {
        return FileSummary::default();
    };
    let text = parsed.text();
    let lines = LineIndex::new(text);
    FileSummary {
        symbols: analysis::declarations(&parsed)
            .iter()
            .map(|decl| symbol(uri, text, &lines, decl))
            .collect(),
        imports: analysis::imports(&parsed)
            .into_iter()
            .map(|import| {
                let names = import.names.into_iter().map(|(_, _, name)| name).collect();
                (import.specifier, names)
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use x_graph::ParseStats;

    #[test]
    fn summaries_are_read_once_and_again_after_a_change() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("lib.ts");
        std::fs::write(
            &path,
            "import { a } from \"./a.ts\";\nexport function f() {}\n",
        )
        .unwrap();
        let uri = Url::from_file_path(&path).unwrap();
        let documents = Documents::new(Arc::new(ParseStats::default()));
        let index = WorkspaceIndex::default();

        let first = index.summaries(&documents, std::slice::from_ref(&uri));
        assert_eq!(first[0].1.symbols[0].name, "f");
        assert_eq!(
            first[0].1.imports,
            [("./a.ts".to_string(), vec!["a".to_string()])]
        );
        index.summaries(&documents, std::slice::from_ref(&uri));
        assert_eq!(
            documents.parse_stats().count(&uri),
            1,
            "unchanged: not read again"
        );
        assert!(documents.get(&uri).is_none(), "the parse is not kept");

        std::fs::write(&path, "export const longer_name = 1;\n").unwrap();
        let again = index.summaries(&documents, std::slice::from_ref(&uri));
        assert_eq!(again[0].1.symbols[0].name, "longer_name");
        assert_eq!(documents.parse_stats().count(&uri), 2);

        std::fs::remove_file(&path).unwrap();
        assert!(index.summaries(&documents, &[uri]).is_empty());
    }
}
