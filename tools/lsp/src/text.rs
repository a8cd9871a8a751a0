//! Positions: LSP speaks in (line, UTF-16 column) pairs, the parser in byte offsets. A
//! `LineIndex` is built once per document version and converts both ways; incremental
//! `didChange` edits are applied to the text through it.

use tower_lsp::lsp_types::{Position, Range, TextDocumentContentChangeEvent};

/// Where each line starts, for one version of a text.
pub struct LineIndex {
    /// Byte offset of the start of each line.
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { starts }
    }

    /// The byte offset of an LSP position, clamped to the text (editors send positions
    /// past the end of a line, and a stale position must not panic).
    pub fn offset(&self, text: &str, position: Position) -> usize {
        let line = position.line as usize;
        let Some(&start) = self.starts.get(line) else {
            return text.len();
        };
        let end = self
            .starts
            .get(line + 1)
            .map(|next| next - 1)
            .unwrap_or(text.len());
        let mut units = 0u32;
        for (i, ch) in text[start..end].char_indices() {
            if units >= position.character {
                return start + i;
            }
            units += ch.len_utf16() as u32;
        }
        end
    }

    /// The LSP position of a byte offset (clamped to the text, moved back to a char
    /// boundary).
    pub fn position(&self, text: &str, offset: usize) -> Position {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        let start = self.starts[line];
        let character = text[start..offset].encode_utf16().count() as u32;
        Position::new(line as u32, character)
    }

    /// The LSP range of a byte range.
    pub fn range(&self, text: &str, range: std::ops::Range<usize>) -> Range {
        Range::new(
            self.position(text, range.start),
            self.position(text, range.end),
        )
    }
}

/// Applies `didChange` events in order: ranged ones replace their range, a range-less one
/// replaces the whole text.
pub fn apply_changes(text: &mut String, changes: Vec<TextDocumentContentChangeEvent>) {
    for change in changes {
        match change.range {
            Some(range) => {
                let index = LineIndex::new(text);
                let start = index.offset(text, range.start);
                let end = index.offset(text, range.end).max(start);
                text.replace_range(start..end, &change.text);
            }
            None => *text = change.text,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_columns_round_trip() {
        let text = "let a = 1;\nconst é = \"😀\";\n";
        let index = LineIndex::new(text);
        // 😀 is two UTF-16 units and four bytes.
        let quote = text.find("\";").unwrap();
        let position = index.position(text, quote);
        assert_eq!(position, Position::new(1, 13));
        assert_eq!(index.offset(text, position), quote);
        // Past the end of a line: the line's end.
        assert_eq!(index.offset(text, Position::new(0, 99)), 10);
        // Past the last line: the end of the text.
        assert_eq!(index.offset(text, Position::new(9, 0)), text.len());
    }

    #[test]
    fn incremental_changes_apply_in_order() {
        let mut text = "let a = 1;\nlet b = 2;\n".to_string();
        apply_changes(
            &mut text,
            vec![
                TextDocumentContentChangeEvent {
                    range: Some(Range::new(Position::new(1, 4), Position::new(1, 5))),
                    range_length: None,
                    text: "bee".into(),
                },
                TextDocumentContentChangeEvent {
                    range: Some(Range::new(Position::new(0, 0), Position::new(0, 0))),
                    range_length: None,
                    text: "// hi\n".into(),
                },
            ],
        );
        assert_eq!(text, "// hi\nlet a = 1;\nlet bee = 2;\n");
    }
}
