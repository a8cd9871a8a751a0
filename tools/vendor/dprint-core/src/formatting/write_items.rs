use super::PrintOptions;
use super::StringContainer;

#[derive(Clone, Copy)]
pub enum WriteItem<'a> {
  String(&'a StringContainer),
  Indent(u8),
  NewLine,
  Tab,
  Space,
}

pub enum Indentation {
  /// Indent with tabs.
  Tabs,
  /// Indent with spaces. Specifies the number of spaces that make up each indentation level.
  Spaces(usize),
}

pub struct WriteItemsPrinter {
  /// Indentation to apply.
  pub indent: Indentation,
  /// Character to use for a newline.
  pub newline: &'static str,
}

impl WriteItemsPrinter {
  pub fn new(indent_width: u8, use_tabs: bool, newline: &'static str) -> Self {
    Self {
      indent: match use_tabs {
        true => Indentation::Tabs,
        false => Indentation::Spaces(indent_width as usize),
      },
      newline,
    }
  }

  pub fn print<'a>(&self, items: impl Iterator<Item = WriteItem<'a>>) -> String {
    // x: pushes onto one string (upstream's fold did the same through `acc + ...`) and
    // writes an indent from a constant run of spaces or tabs instead of allocating a
    // `str::repeat` string for every indented line. Same text.
    let mut out = String::new();
    for item in items {
      match item {
        WriteItem::Indent(n) => match self.indent {
          Indentation::Tabs => push_repeated(&mut out, TABS, n as usize),
          Indentation::Spaces(width) => push_repeated(&mut out, SPACES, width * n as usize),
        },
        WriteItem::NewLine => out.push_str(self.newline),
        WriteItem::Tab => out.push('\t'),
        WriteItem::Space => out.push(' '),
        WriteItem::String(StringContainer { text, .. }) => out.push_str(text),
      }
    }
    out
  }
}

// x: the runs `print` copies indents from.
const SPACES: &str = "                                                                                                                                ";
const TABS: &str = "\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t";

/// x: appends `count` characters of `run` (all one ASCII character).
fn push_repeated(out: &mut String, run: &str, mut count: usize) {
  while count > 0 {
    let n = count.min(run.len());
    out.push_str(&run[..n]);
    count -= n;
  }
}

impl From<&PrintOptions> for WriteItemsPrinter {
  fn from(value: &PrintOptions) -> Self {
    Self::new(value.indent_width, value.use_tabs, value.new_line_text)
  }
}
