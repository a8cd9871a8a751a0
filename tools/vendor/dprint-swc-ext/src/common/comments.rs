use super::pos::*;
use super::text_info::*;
use super::tokens::*;
use crate::swc::common::comments::Comment;
use crate::swc::common::comments::SingleThreadedCommentsMapInner;

pub struct CommentContainer<'a> {
  pub leading: &'a SingleThreadedCommentsMapInner,
  pub trailing: &'a SingleThreadedCommentsMapInner,
  tokens: &'a TokenContainer<'a>,
  text_info: &'a SourceTextInfo,
  // x: the byte positions where `leading_comments` / `trailing_comments` may find comments
  // (see `PositionBits`).
  maybe_leading: PositionBits,
  maybe_trailing: PositionBits,
}

impl<'a> CommentContainer<'a> {
  pub fn new(
    leading: &'a SingleThreadedCommentsMapInner,
    trailing: &'a SingleThreadedCommentsMapInner,
    tokens: &'a TokenContainer<'a>,
    text_info: &'a SourceTextInfo,
  ) -> Self {
    let (maybe_leading, maybe_trailing) = maybe_comments(leading, trailing, tokens, text_info); // x: see `PositionBits`
    CommentContainer {
      leading,
      trailing,
      tokens,
      text_info,
      maybe_leading,
      maybe_trailing,
    }
  }

  pub fn all_comments(&'a self) -> CommentsIterator<'a> {
    let mut iterator = CommentsIterator::empty();
    for comments in self.leading.values().chain(self.trailing.values()) {
      iterator.push_slice(comments);
    }
    iterator
  }

  pub fn leading_comments(&'a self, start: SourcePos) -> CommentsIterator<'a> {
    // x: most positions have no comments before them: answer without the three hash lookups
    // (debug builds check that upstream's answer is empty too).
    if !self.maybe_leading.get(start) {
      debug_assert!(self.upstream_leading_comments(start).next().is_none());
      return CommentsIterator::empty();
    }
    self.upstream_leading_comments(start)
  }

  // x: upstream's `leading_comments`.
  fn upstream_leading_comments(&'a self, start: SourcePos) -> CommentsIterator<'a> {
    let previous_token_hi = self.tokens.get_token_index_at_start(start).map(|index| {
      if index == 0 {
        self.text_info.range().start.as_source_pos()
      } else {
        self.tokens.get_token_at_index(index - 1).unwrap().end()
      }
    });
    let leading = self.get_leading(start);
    if let Some(previous_token_hi) = previous_token_hi {
      let trailing = self.get_trailing(previous_token_hi);
      combine_comment_vecs(trailing, leading)
    } else {
      combine_comment_vecs(leading, None)
    }
  }

  pub fn trailing_comments(&'a self, end: SourcePos) -> CommentsIterator<'a> {
    // x: most positions have no comments after them: answer without the three hash lookups
    // (debug builds check that upstream's answer is empty too).
    if !self.maybe_trailing.get(end) {
      debug_assert!(self.upstream_trailing_comments(end).next().is_none());
      return CommentsIterator::empty();
    }
    self.upstream_trailing_comments(end)
  }

  // x: upstream's `trailing_comments`.
  fn upstream_trailing_comments(&'a self, end: SourcePos) -> CommentsIterator<'a> {
    let next_token_lo = self.tokens.get_token_index_at_end(end).map(|index| {
      self
        .tokens
        .get_token_at_index(index + 1)
        .map(|t| t.start())
        .unwrap_or_else(|| self.text_info.range().end)
    });
    let trailing = self.get_trailing(end);
    if let Some(next_token_lo) = next_token_lo {
      let leading = self.get_leading(next_token_lo);
      combine_comment_vecs(trailing, leading)
    } else {
      combine_comment_vecs(trailing, None)
    }
  }

  fn get_leading(&'a self, start: SourcePos) -> Option<&'a Vec<Comment>> {
    self.leading.get(&start.as_byte_pos())
  }

  fn get_trailing(&'a self, end: SourcePos) -> Option<&'a Vec<Comment>> {
    self.trailing.get(&end.as_byte_pos())
  }
}

// x: `leading_comments(start)` reads `leading[start]` and, when `start` is a token's start,
// `trailing[previous token's end]`; `trailing_comments(end)` reads `trailing[end]` and, when
// `end` is a token's end, `leading[next token's start]`. Both are asked about nearly every
// token and node edge, and nearly always find nothing, after three hash lookups. These
// bits, made once per file in one pass over the tokens, say where they can find something:
// a position whose bit is clear gets the empty answer at once, any other goes the upstream
// way, so the answers are upstream's. A bit is set for every key of the map the position
// reads directly, and for every token start (end) whose previous (next) token's comment
// key is a key of the other map (any token with that start or end, so duplicates are
// covered too). Positions outside the file's text always go the upstream way.
struct PositionBits {
  start: u32,
  len: usize,
  words: Vec<u64>,
}

impl PositionBits {
  fn new(text_info: &SourceTextInfo) -> Self {
    let range = text_info.range();
    let start = range.start.as_byte_pos().0;
    let len = (range.end.as_byte_pos().0 - start) as usize + 1;
    PositionBits {
      start,
      len,
      words: vec![0; len.div_ceil(64)],
    }
  }

  #[inline]
  fn index(&self, byte_pos: u32) -> Option<usize> {
    let index = byte_pos.checked_sub(self.start)? as usize;
    if index < self.len { Some(index) } else { None }
  }

  /// Sets the bit of a position (nothing outside the text: no position of the text reads
  /// a key there).
  #[inline]
  fn set(&mut self, byte_pos: u32) {
    if let Some(index) = self.index(byte_pos) {
      self.words[index / 64] |= 1 << (index % 64);
    }
  }

  /// Whether the bit of a position is set (false outside the text).
  #[inline]
  fn has(&self, byte_pos: u32) -> bool {
    match self.index(byte_pos) {
      Some(index) => self.words[index / 64] & (1 << (index % 64)) != 0,
      None => false,
    }
  }

  /// Whether comments may be found at `pos` (true outside the text: the upstream way).
  #[inline]
  fn get(&self, pos: SourcePos) -> bool {
    match self.index(pos.as_byte_pos().0) {
      Some(index) => self.words[index / 64] & (1 << (index % 64)) != 0,
      None => true,
    }
  }
}

fn maybe_comments(
  leading: &SingleThreadedCommentsMapInner,
  trailing: &SingleThreadedCommentsMapInner,
  tokens: &TokenContainer,
  text_info: &SourceTextInfo,
) -> (PositionBits, PositionBits) {
  let mut maybe_leading = PositionBits::new(text_info);
  let mut maybe_trailing = PositionBits::new(text_info);
  if leading.is_empty() && trailing.is_empty() {
    return (maybe_leading, maybe_trailing);
  }
  let mut leading_keys = PositionBits::new(text_info);
  let mut trailing_keys = PositionBits::new(text_info);
  for key in leading.keys() {
    leading_keys.set(key.0);
    maybe_leading.set(key.0);
  }
  for key in trailing.keys() {
    trailing_keys.set(key.0);
    maybe_trailing.set(key.0);
  }
  let tokens = tokens.tokens;
  let text_start = text_info.range().start.as_byte_pos().0;
  let text_end = text_info.range().end.as_byte_pos().0;
  for (i, token) in tokens.iter().enumerate() {
    let previous_end = if i == 0 { text_start } else { tokens[i - 1].span.hi.0 };
    if trailing_keys.has(previous_end) {
      maybe_leading.set(token.span.lo.0);
    }
    let next_start = tokens.get(i + 1).map(|t| t.span.lo.0).unwrap_or(text_end);
    if leading_keys.has(next_start) {
      maybe_trailing.set(token.span.hi.0);
    }
  }
  (maybe_leading, maybe_trailing)
}

fn combine_comment_vecs<'a>(a: Option<&'a Vec<Comment>>, b: Option<&'a Vec<Comment>>) -> CommentsIterator<'a> {
  let mut iterator = CommentsIterator::empty();
  if let Some(a) = a {
    iterator.push_slice(a);
  }
  if let Some(b) = b {
    iterator.push_slice(b);
  }
  iterator
}

/// The number of comment slices stored without allocating, which is enough
/// for the comments before or after a token (the trailing comments of the
/// previous token and the leading comments of the next one) along with some
/// more when extending.
const INLINE_SLICES_LEN: usize = 4;

/// The slices of comments being iterated, which are stored inline until there are
/// more than [`INLINE_SLICES_LEN`] since most positions only have one or two.
#[derive(Clone)]
enum CommentSlices<'a> {
  Inline { slices: [&'a [Comment]; INLINE_SLICES_LEN], len: usize },
  Heap(Vec<&'a [Comment]>),
}

impl<'a> CommentSlices<'a> {
  fn as_slice(&self) -> &[&'a [Comment]] {
    match self {
      CommentSlices::Inline { slices, len } => &slices[..*len],
      CommentSlices::Heap(slices) => slices,
    }
  }

  fn push(&mut self, comments: &'a [Comment]) {
    match self {
      CommentSlices::Inline { slices, len } => {
        if *len < INLINE_SLICES_LEN {
          slices[*len] = comments;
          *len += 1;
        } else {
          let mut heap = Vec::with_capacity(INLINE_SLICES_LEN * 2);
          heap.extend_from_slice(slices);
          heap.push(comments);
          *self = CommentSlices::Heap(heap);
        }
      }
      CommentSlices::Heap(slices) => slices.push(comments),
    }
  }
}

#[derive(Clone)]
pub struct CommentsIterator<'a> {
  comment_slices: CommentSlices<'a>,
  outer_index: usize,
  inner_index: usize,
  outer_index_back: usize,
  inner_index_back: usize,
}

impl<'a> CommentsIterator<'a> {
  pub fn empty() -> Self {
    CommentsIterator {
      comment_slices: CommentSlices::Inline {
        slices: [&[]; INLINE_SLICES_LEN],
        len: 0,
      },
      outer_index: 0,
      inner_index: 0,
      outer_index_back: 0,
      inner_index_back: 0,
    }
  }

  pub fn new(comment_vecs: Vec<&'a Vec<Comment>>) -> Self {
    let mut iterator = Self::empty();
    for comments in comment_vecs {
      iterator.push_slice(comments);
    }
    iterator
  }

  pub fn reset(&mut self) {
    self.outer_index = 0;
    self.inner_index = 0;
  }

  pub fn extend(&mut self, iterator: CommentsIterator<'a>) {
    for comments in iterator.comment_slices.as_slice() {
      self.comment_slices.push(comments);
    }

    // reset the back iterator
    self.reset_back();
  }

  pub fn is_empty(&self) -> bool {
    // empty slices are never stored
    self.comment_slices.as_slice().is_empty()
  }

  pub fn peek_last_comment(&self) -> Option<&'a Comment> {
    self.comment_slices.as_slice().last().and_then(|comments| comments.last())
  }

  fn push_slice(&mut self, comments: &'a [Comment]) {
    // skip empty slices so the inline storage is only used for comments
    if !comments.is_empty() {
      self.comment_slices.push(comments);
      self.reset_back();
    }
  }

  fn reset_back(&mut self) {
    self.outer_index_back = self.comment_slices.as_slice().len();
    self.inner_index_back = 0;
  }
}

impl<'a> Default for CommentsIterator<'a> {
  fn default() -> Self {
    Self::empty()
  }
}

impl<'a> Iterator for CommentsIterator<'a> {
  type Item = &'a Comment;

  fn next(&mut self) -> Option<&'a Comment> {
    let slices = self.comment_slices.as_slice();
    loop {
      if let Some(comments) = slices.get(self.outer_index) {
        if let Some(comment) = comments.get(self.inner_index) {
          self.inner_index += 1;
          return Some(comment);
        } else {
          self.inner_index = 0;
          self.outer_index += 1;
        }
      } else {
        return None;
      }
    }
  }

  fn size_hint(&self) -> (usize, Option<usize>) {
    let mut next_inner_index = self.inner_index;
    let mut count = 0;
    for comments in self.comment_slices.as_slice().iter().skip(self.outer_index) {
      count += comments.len() - next_inner_index;
      next_inner_index = 0;
    }
    (count, Some(count))
  }
}

impl<'a> DoubleEndedIterator for CommentsIterator<'a> {
  fn next_back(&mut self) -> Option<&'a Comment> {
    let slices = self.comment_slices.as_slice();
    if self.inner_index_back == 0 {
      if self.outer_index_back == 0 {
        return None;
      }
      self.outer_index_back -= 1;
      // the slices are never empty
      self.inner_index_back = slices[self.outer_index_back].len() - 1;
    } else {
      self.inner_index_back -= 1;
    }

    slices.get(self.outer_index_back).and_then(|inner| inner.get(self.inner_index_back))
  }
}

#[cfg(test)]
mod test {
  use super::*;
  use crate::swc::common::DUMMY_SP;
  use crate::swc::common::comments::CommentKind;

  fn comments(texts: &[&str]) -> Vec<Comment> {
    texts
      .iter()
      .map(|text| Comment {
        kind: CommentKind::Line,
        span: DUMMY_SP,
        text: (*text).into(),
      })
      .collect()
  }

  fn texts(iterator: impl Iterator<Item = &'static Comment>) -> Vec<String> {
    iterator.map(|c| c.text.to_string()).collect()
  }

  #[test]
  fn iterates_forwards_and_backwards_across_slices() {
    let slices: Vec<&'static Vec<Comment>> = vec![
      Box::leak(Box::new(comments(&["a", "b"]))),
      Box::leak(Box::new(comments(&[]))),
      Box::leak(Box::new(comments(&["c"]))),
    ];
    let iterator = CommentsIterator::new(slices);
    assert!(!iterator.is_empty());
    assert_eq!(iterator.size_hint(), (3, Some(3)));
    assert_eq!(iterator.peek_last_comment().unwrap().text.as_str(), "c");
    assert_eq!(texts(iterator.clone()), vec!["a", "b", "c"]);
    assert_eq!(texts(iterator.rev()), vec!["c", "b", "a"]);
  }

  #[test]
  fn extends_past_the_inline_slices() {
    let mut iterator = CommentsIterator::empty();
    assert!(iterator.is_empty());
    assert_eq!(iterator.clone().next_back(), None);
    let mut expected = Vec::new();
    for i in 0..(INLINE_SLICES_LEN * 3) {
      let text = i.to_string();
      expected.push(text.clone());
      let slice: &'static Vec<Comment> = Box::leak(Box::new(comments(&[&text])));
      iterator.extend(CommentsIterator::new(vec![slice]));
      // empty iterators are skipped
      iterator.extend(CommentsIterator::empty());
    }
    assert!(matches!(iterator.comment_slices, CommentSlices::Heap(_)));
    assert_eq!(texts(iterator.clone()), expected);
    expected.reverse();
    assert_eq!(texts(iterator.rev()), expected);
  }
}
