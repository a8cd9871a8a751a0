use rustc_hash::FxHashMap;

use super::pos::*;
use crate::swc::parser::token::TokenAndSpan;

pub struct TokenContainer<'a> {
  pub tokens: &'a [TokenAndSpan],
  // x: position -> token index tables (`PositionIndex`) instead of two FxHashMaps.
  start_to_index: PositionIndex,
  end_to_index: PositionIndex,
}

// x: upstream kept two `FxHashMap<SourcePos, usize>` (each token's start, and end, to its
// index), built for every file (~1.5% of `x fmt`'s time in the inserts alone) and read for
// most comment and token lookups. A table with a slot per byte position between the first
// token's start and the last token's end answers the same: built in one pass (tokens come
// in source order, so the writes are sequential), read with one index. Filled in token
// order, so a position shared by several tokens maps to the last of them, as the map's
// `collect` did (a later insert replaced the value). When the tokens are sparse (a file
// that is mostly one long string or comment), a table would take more memory than the
// map, so that file keeps a map.
enum PositionIndex {
  Table { base: u32, slots: Vec<u32> },
  Map(FxHashMap<u32, u32>),
}

impl PositionIndex {
  const NONE: u32 = u32::MAX;

  fn new(tokens: &[TokenAndSpan], pos: impl Fn(&TokenAndSpan) -> u32) -> Self {
    let mut low = u32::MAX;
    let mut high = 0;
    for token in tokens {
      let p = pos(token);
      low = low.min(p);
      high = high.max(p);
    }
    if tokens.is_empty() {
      return PositionIndex::Table { base: 0, slots: Vec::new() };
    }
    let span = (high - low) as usize + 1;
    if span > tokens.len().saturating_mul(8) {
      return PositionIndex::Map(tokens.iter().enumerate().map(|(i, token)| (pos(token), i as u32)).collect());
    }
    let mut slots = vec![Self::NONE; span];
    for (i, token) in tokens.iter().enumerate() {
      slots[(pos(token) - low) as usize] = i as u32;
    }
    PositionIndex::Table { base: low, slots }
  }

  #[inline]
  fn get_index(&self, pos: SourcePos) -> Option<usize> {
    match self {
      PositionIndex::Table { base, slots } => {
        let offset = pos.as_byte_pos().0.checked_sub(*base)? as usize;
        match slots.get(offset) {
          Some(&index) if index != Self::NONE => Some(index as usize),
          _ => None,
        }
      }
      PositionIndex::Map(map) => map.get(&pos.as_byte_pos().0).map(|&index| index as usize),
    }
  }
}

impl<'a> TokenContainer<'a> {
  pub fn new(tokens: &'a [TokenAndSpan]) -> Self {
    TokenContainer {
      tokens,
      start_to_index: PositionIndex::new(tokens, |token| token.span.lo.0), // x
      end_to_index: PositionIndex::new(tokens, |token| token.span.hi.0),   // x
    }
  }

  pub fn get_token_index_at_start(&self, start: SourcePos) -> Option<usize> {
    self.start_to_index.get_index(start) // x
  }

  pub fn get_token_index_at_end(&self, end: SourcePos) -> Option<usize> {
    self.end_to_index.get_index(end) // x
  }

  pub fn get_token_at_index(&self, index: usize) -> Option<&TokenAndSpan> {
    self.tokens.get(index)
  }

  pub fn get_tokens_in_range(&self, start: SourcePos, end: SourcePos) -> &'a [TokenAndSpan] {
    let start_index = self.get_leftmost_token_index(start);
    let end_index = self.get_rightmost_token_index(end);

    let start_index = start_index.unwrap_or_else(|| end_index.unwrap_or(0));
    let end_index = end_index.map(|i| i + 1).unwrap_or(start_index);

    &self.tokens[start_index..end_index]
  }

  fn get_leftmost_token_index(&self, start: SourcePos) -> Option<usize> {
    if let Some(start_index) = self.start_to_index.get_index(start) { // x
      Some(start_index)
    // fallback
    } else if let Some(start_index) = self.end_to_index.get_index(start) { // x
      Some(start_index + 1)
    } else {
      // todo: binary search leftmost
      for (i, token) in self.tokens.iter().enumerate() {
        if token.start() >= start {
          return Some(i);
        }
      }

      None
    }
  }

  fn get_rightmost_token_index(&self, end: SourcePos) -> Option<usize> {
    if let Some(end_index) = self.end_to_index.get_index(end) { // x
      Some(end_index)
    // fallback
    } else if let Some(end_index) = self.start_to_index.get_index(end) { // x
      if end_index > 0 { Some(end_index - 1) } else { None }
    } else {
      // todo: binary search rightmost
      for (i, token) in self.tokens.iter().enumerate().rev() {
        if token.end() <= end {
          return Some(i);
        }
      }

      None
    }
  }

  pub fn get_previous_token(&self, start: SourcePos) -> Option<&TokenAndSpan> {
    let index = self.start_to_index.get_index(start); // x
    if let Some(index) = index {
      if index == 0 { None } else { Some(&self.tokens[index - 1]) }
    } else {
      // todo: binary search leftmost
      let mut last_token = None;
      for token in self.tokens {
        if token.end() > start {
          return last_token;
        } else {
          last_token = Some(token);
        }
      }

      None
    }
  }

  pub fn get_next_token(&self, end: SourcePos) -> Option<&TokenAndSpan> {
    if let Some(index) = self.end_to_index.get_index(end) { // x
      self.tokens.get(index + 1)
    } else {
      // todo: binary search rightmost
      for token in self.tokens {
        if token.start() > end {
          return Some(token);
        }
      }

      None
    }
  }
}

#[cfg(test)]
mod test {
  use std::path::PathBuf;

  use super::super::pos::SourcePos;
  use super::TokenContainer;
  use crate::common::SourceRangedForSpanned;
  use crate::test_helpers::*;

  #[test]
  fn get_next_token() {
    let (_, tokens, _, _) = get_swc_module(&PathBuf::from("path.js"), r#"let /* a */ a = 5;"#);
    let token_container = TokenContainer::new(&tokens);
    // low token of previous token
    assert_eq!(token_container.get_next_token(SourcePos::new(0)).unwrap().start(), SourcePos::new(12));
    // hi of previous token
    assert_eq!(token_container.get_next_token(SourcePos::new(3)).unwrap().start(), SourcePos::new(12));
    // in comment before token
    assert_eq!(token_container.get_next_token(SourcePos::new(5)).unwrap().start(), SourcePos::new(12));
    // in whitespace before token
    assert_eq!(token_container.get_next_token(SourcePos::new(11)).unwrap().start(), SourcePos::new(12));
    // at hi of last token
    assert_eq!(token_container.get_next_token(SourcePos::new(18)), None);
  }
}
