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
// most comment and token lookups. The captured tokens come in source order, and in nearly
// every file their starts (and their ends) strictly increase: then the index of the token
// at a position is the number of tokens before that position, which a bit set answers (a
// bit per byte position from the first token's, set where a token's position is, and per
// 64 positions the count of bits set before them: `Ranked`, 1/4 byte per byte of text,
// built in one sequential pass, read with one index and a popcount). The same count
// answers upstream's linear scans for a position at no token ("first token starting at or
// after", ...), as tokens are sorted. Tokens whose positions do not strictly increase
// (a zero-width token ending where the previous one ends) keep upstream's map, where a
// position shared by several tokens maps to the last of them, and upstream's scans.
enum PositionIndex {
  Ranked(Ranked),
  Map(FxHashMap<u32, u32>),
}

/// x: the positions of tokens in strictly increasing order, as a bit set with ranks.
struct Ranked {
  base: u32,
  /// For every 64 positions from `base`: which hold a token, and how many tokens come before.
  blocks: Vec<RankBlock>,
  len: u32,
}

#[derive(Clone, Copy, Default)]
struct RankBlock {
  bits: u64,
  before: u32,
}

impl Ranked {
  /// The number of tokens whose position is less than `pos`.
  #[inline]
  fn count_before(&self, pos: u32) -> usize {
    let Some(offset) = pos.checked_sub(self.base) else { return 0 };
    let (block, bit) = ((offset >> 6) as usize, offset & 63);
    match self.blocks.get(block) {
      Some(b) => b.before as usize + (b.bits & ((1u64 << bit) - 1)).count_ones() as usize,
      None => self.len as usize,
    }
  }

  /// Whether a token's position is `pos`.
  #[inline]
  fn contains(&self, pos: u32) -> bool {
    let Some(offset) = pos.checked_sub(self.base) else { return false };
    match self.blocks.get((offset >> 6) as usize) {
      Some(b) => b.bits & (1u64 << (offset & 63)) != 0,
      None => false,
    }
  }

  /// The number of tokens whose position is at most `pos`.
  #[inline]
  fn count_up_to(&self, pos: u32) -> usize {
    self.count_before(pos) + self.contains(pos) as usize
  }
}

impl PositionIndex {
  fn new(tokens: &[TokenAndSpan], pos: impl Fn(&TokenAndSpan) -> u32) -> Self {
    let Some(first) = tokens.first() else {
      return PositionIndex::Ranked(Ranked { base: 0, blocks: Vec::new(), len: 0 });
    };
    let base = pos(first);
    let high = pos(&tokens[tokens.len() - 1]);
    let increasing = tokens.windows(2).all(|w| pos(&w[0]) < pos(&w[1]));
    if !increasing || tokens.len() >= u32::MAX as usize {
      return PositionIndex::Map(tokens.iter().enumerate().map(|(i, token)| (pos(token), i as u32)).collect());
    }
    let mut blocks = vec![RankBlock::default(); ((high - base) as usize >> 6) + 1];
    for token in tokens {
      let offset = pos(token) - base;
      blocks[(offset >> 6) as usize].bits |= 1u64 << (offset & 63);
    }
    let mut before = 0;
    for block in &mut blocks {
      block.before = before;
      before += block.bits.count_ones();
    }
    PositionIndex::Ranked(Ranked { base, blocks, len: tokens.len() as u32 })
  }

  #[inline]
  fn get_index(&self, pos: SourcePos) -> Option<usize> {
    let pos = pos.as_byte_pos().0;
    match self {
      PositionIndex::Ranked(ranked) => {
        if ranked.contains(pos) {
          Some(ranked.count_before(pos))
        } else {
          None
        }
      }
      PositionIndex::Map(map) => map.get(&pos).map(|&index| index as usize),
    }
  }

  #[inline]
  fn ranked(&self) -> Option<&Ranked> {
    match self {
      PositionIndex::Ranked(ranked) => Some(ranked),
      PositionIndex::Map(_) => None,
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
    } else if let Some(starts) = self.start_to_index.ranked() {
      // x: the first token starting at or after `start` (upstream's scan, as starts increase)
      let index = starts.count_before(start.as_byte_pos().0);
      if index < self.tokens.len() { Some(index) } else { None }
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
    } else if let Some(ends) = self.end_to_index.ranked() {
      // x: the last token ending at or before `end` (upstream's scan, as ends increase)
      ends.count_up_to(end.as_byte_pos().0).checked_sub(1)
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
    } else if let Some(ends) = self.end_to_index.ranked() {
      // x: upstream's scan: the token before the first one ending after `start`, none when
      // no token ends after it (as ends increase)
      let index = ends.count_up_to(start.as_byte_pos().0);
      if index == 0 || index >= self.tokens.len() { None } else { Some(&self.tokens[index - 1]) }
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
    } else if let Some(starts) = self.start_to_index.ranked() {
      // x: the first token starting after `end` (upstream's scan, as starts increase)
      self.tokens.get(starts.count_up_to(end.as_byte_pos().0))
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

  /// x: every lookup answers as upstream's maps and scans did, at every position of a few
  /// files (templates, JSX, comments, a string-only file, an empty one).
  #[test]
  fn x_ranked_index_equals_upstream() {
    use crate::swc::parser::token::TokenAndSpan;
    use rustc_hash::FxHashMap;

    fn upstream_map(tokens: &[TokenAndSpan], pos: impl Fn(&TokenAndSpan) -> SourcePos) -> FxHashMap<SourcePos, usize> {
      tokens.iter().enumerate().map(|(i, token)| (pos(token), i)).collect()
    }

    let sources = [
      ("a.ts", "let /* a */ a = 5;\n// c\nconst b = `x${a}y${`z${a}`}` + `${a}`;\n"),
      ("b.tsx", "const e = <div a=\"1\" {...p}>text {x} <b/>{/* c */}</div>;\nfunction f<T>(x: T): T { return x; }\n"),
      ("c.ts", "/** doc */\nexport const s = \"long long long long long long long long long long long long long long string\";\n"),
      ("d.ts", ""),
      ("e.ts", "class A { #p = 1; static { } get x() { return this.#p ?? 2 ** 3; } }\n/re+g/gi.test(`a`);\n"),
    ];
    for (name, text) in sources {
      let (_, tokens, _, _) = get_swc_module(&PathBuf::from(name), text);
      let container = TokenContainer::new(&tokens);
      let starts = upstream_map(&tokens, |t| t.start());
      let ends = upstream_map(&tokens, |t| t.end());
      for p in 0..=(text.len() as u32 + 8) {
        let pos = SourcePos::new(p as usize);
        assert_eq!(container.get_token_index_at_start(pos), starts.get(&pos).copied(), "{name} start {p}");
        assert_eq!(container.get_token_index_at_end(pos), ends.get(&pos).copied(), "{name} end {p}");
        let leftmost = starts.get(&pos).copied().or_else(|| ends.get(&pos).map(|i| i + 1)).or_else(|| tokens.iter().position(|t| t.start() >= pos));
        assert_eq!(container.get_leftmost_token_index(pos), leftmost, "{name} leftmost {p}");
        let rightmost = ends.get(&pos).copied().or_else(|| match starts.get(&pos) {
          Some(&i) => if i > 0 { Some(i - 1) } else { None },
          None => tokens.iter().rposition(|t| t.end() <= pos),
        });
        assert_eq!(container.get_rightmost_token_index(pos), rightmost, "{name} rightmost {p}");
        let previous = match starts.get(&pos) {
          Some(&i) => if i == 0 { None } else { Some(i - 1) },
          None => {
            let mut last = None;
            let mut found = None;
            for (i, t) in tokens.iter().enumerate() {
              if t.end() > pos { found = Some(last); break; }
              last = Some(i);
            }
            found.flatten()
          }
        };
        assert_eq!(container.get_previous_token(pos).map(|t| t.start()), previous.map(|i| tokens[i].start()), "{name} previous {p}");
        let next = match ends.get(&pos) {
          Some(&i) => tokens.get(i + 1),
          None => tokens.iter().find(|t| t.start() > pos),
        };
        assert_eq!(container.get_next_token(pos).map(|t| t.start()), next.map(|t| t.start()), "{name} next {p}");
      }
    }
  }
}
