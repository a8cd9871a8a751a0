//! What the server reads off one parse: module-level declarations (symbols, hover,
//! definition), imports (definition across files, unresolved-import diagnostics),
//! identifiers with their binding (references) and `Deno.test` calls (code lens).
//!
//! The parse comes from the graph's documents in `ParseMode::Tools`, which runs swc's
//! scope analysis: an identifier's `SyntaxContext` tells which binding it names, so two
//! identifiers are the same variable exactly when name and context match.

use std::ops::Range;

use deno_ast::swc::ast::{
    Callee, Decl, DefaultDecl, ExportSpecifier, Expr, Ident, ImportSpecifier, Lit, MemberProp,
    ModuleDecl, ModuleExportName, ModuleItem, Pat, Prop, PropName, PropOrSpread, Stmt,
};
use deno_ast::swc::common::{Span, Spanned, SyntaxContext};
use deno_ast::swc::ecma_visit::{Visit, VisitWith};
use deno_ast::{ParsedSource, ProgramRef};
use tower_lsp::lsp_types::SymbolKind;

/// A declaration at the top of a module.
#[derive(Debug, Clone)]
pub struct Declaration {
    pub name: String,
    pub kind: SymbolKind,
    /// The whole declaration (with `export`), in bytes.
    pub range: Range<usize>,
    /// The declared name.
    pub name_range: Range<usize>,
    /// The binding's scope context (see the module doc).
    pub ctxt: SyntaxContext,
    pub exported: bool,
    /// `export default ...`: imported as `default`, whatever its own name.
    pub is_default: bool,
}

/// An `import`/`export ... from` of another module.
#[derive(Debug, Clone)]
pub struct Import {
    pub specifier: String,
    /// The string literal, quotes included.
    pub range: Range<usize>,
    /// `(local name, local context, imported name)` per named or default import.
    pub names: Vec<(String, SyntaxContext, String)>,
}

/// A `Deno.test(...)` call.
#[derive(Debug, Clone)]
pub struct TestCall {
    pub name: String,
    pub range: Range<usize>,
}

/// Byte offsets of an swc span in the parse's text.
pub fn byte_range(parsed: &ParsedSource, span: Span) -> Range<usize> {
    let start = parsed.range().start.as_byte_pos().0 as usize;
    (span.lo.0 as usize).saturating_sub(start)..(span.hi.0 as usize).saturating_sub(start)
}

fn module_items(parsed: &ParsedSource) -> &[ModuleItem] {
    match parsed.program_ref() {
        ProgramRef::Module(module) => &module.body,
        // A script has no imports or exports; its statements are read as items below.
        ProgramRef::Script(_) => &[],
    }
}

fn script_statements(parsed: &ParsedSource) -> &[Stmt] {
    match parsed.program_ref() {
        ProgramRef::Script(script) => &script.body,
        ProgramRef::Module(_) => &[],
    }
}

/// The module-level declarations, in source order.
pub fn declarations(parsed: &ParsedSource) -> Vec<Declaration> {
    let mut out = Vec::new();
    for item in module_items(parsed) {
        match item {
            ModuleItem::Stmt(Stmt::Decl(decl)) => {
                push_decl(parsed, decl, decl.span(), false, &mut out)
            }
            ModuleItem::ModuleDecl(ModuleDecl::ExportDecl(export)) => {
                push_decl(parsed, &export.decl, export.span, true, &mut out)
            }
            ModuleItem::ModuleDecl(ModuleDecl::ExportDefaultDecl(export)) => {
                let (ident, kind) = match &export.decl {
                    DefaultDecl::Fn(f) => (f.ident.as_ref(), SymbolKind::FUNCTION),
                    DefaultDecl::Class(c) => (c.ident.as_ref(), SymbolKind::CLASS),
                    DefaultDecl::TsInterfaceDecl(i) => (Some(&i.id), SymbolKind::INTERFACE),
                };
                let (name, name_range, ctxt) = match ident {
                    Some(ident) => (
                        ident.sym.to_string(),
                        byte_range(parsed, ident.span),
                        ident.ctxt,
                    ),
                    None => (
                        "default".to_string(),
                        byte_range(parsed, export.span),
                        SyntaxContext::empty(),
                    ),
                };
                out.push(Declaration {
                    name,
                    kind,
                    range: byte_range(parsed, export.span),
                    name_range,
                    ctxt,
                    exported: true,
                    is_default: true,
                });
            }
            _ => {}
        }
    }
    for stmt in script_statements(parsed) {
        if let Stmt::Decl(decl) = stmt {
            push_decl(parsed, decl, decl.span(), false, &mut out);
        }
    }
    // `export { a, b as c }` exports declarations made above.
    for item in module_items(parsed) {
        if let ModuleItem::ModuleDecl(ModuleDecl::ExportNamed(named)) = item {
            if named.src.is_some() {
                continue;
            }
            for specifier in &named.specifiers {
                if let ExportSpecifier::Named(named) = specifier {
                    if let ModuleExportName::Ident(local) = &named.orig {
                        for decl in out.iter_mut() {
                            if decl.name == local.sym.as_str() && decl.ctxt == local.ctxt {
                                decl.exported = true;
                            }
                        }
                    }
                }
            }
        }
    }
    out
}

fn push_decl(
    parsed: &ParsedSource,
    decl: &Decl,
    span: Span,
    exported: bool,
    out: &mut Vec<Declaration>,
) {
    let mut push = |ident: &Ident, kind: SymbolKind| {
        out.push(Declaration {
            name: ident.sym.to_string(),
            kind,
            range: byte_range(parsed, span),
            name_range: byte_range(parsed, ident.span),
            ctxt: ident.ctxt,
            exported,
            is_default: false,
        })
    };
    match decl {
        Decl::Fn(f) => push(&f.ident, SymbolKind::FUNCTION),
        Decl::Class(c) => push(&c.ident, SymbolKind::CLASS),
        Decl::TsInterface(i) => push(&i.id, SymbolKind::INTERFACE),
        Decl::TsTypeAlias(t) => push(&t.id, SymbolKind::TYPE_PARAMETER),
        Decl::TsEnum(e) => push(&e.id, SymbolKind::ENUM),
        Decl::Var(var) => {
            let kind = if var.kind == deno_ast::swc::ast::VarDeclKind::Const {
                SymbolKind::CONSTANT
            } else {
                SymbolKind::VARIABLE
            };
            for declarator in &var.decls {
                if let Pat::Ident(binding) = &declarator.name {
                    push(&binding.id, kind);
                }
            }
        }
        Decl::TsModule(_) | Decl::Using(_) => {}
    }
}

/// The imports and re-exports naming another module, in source order.
pub fn imports(parsed: &ParsedSource) -> Vec<Import> {
    let mut out = Vec::new();
    for item in module_items(parsed) {
        let ModuleItem::ModuleDecl(decl) = item else {
            continue;
        };
        let (src, names) = match decl {
            ModuleDecl::Import(import) => {
                let names = import
                    .specifiers
                    .iter()
                    .filter_map(|s| match s {
                        ImportSpecifier::Named(named) => {
                            let imported = match &named.imported {
                                Some(ModuleExportName::Ident(i)) => i.sym.to_string(),
                                Some(ModuleExportName::Str(s)) => {
                                    s.value.to_string_lossy().into_owned()
                                }
                                None => named.local.sym.to_string(),
                            };
                            Some((named.local.sym.to_string(), named.local.ctxt, imported))
                        }
                        ImportSpecifier::Default(default) => Some((
                            default.local.sym.to_string(),
                            default.local.ctxt,
                            "default".to_string(),
                        )),
                        ImportSpecifier::Namespace(_) => None,
                    })
                    .collect();
                (&import.src, names)
            }
            ModuleDecl::ExportNamed(named) => match &named.src {
                Some(src) => (src, Vec::new()),
                None => continue,
            },
            ModuleDecl::ExportAll(all) => (&all.src, Vec::new()),
            _ => continue,
        };
        out.push(Import {
            specifier: src.value.to_string_lossy().into_owned(),
            range: byte_range(parsed, src.span),
            names,
        });
    }
    out
}

/// How a module exports a name it does not declare under that name.
#[derive(Debug, Clone, PartialEq)]
pub enum ReExport {
    /// `export { imported as name } from "specifier"`, or an imported binding exported
    /// again: `import { imported } from "specifier"; export { local as name }`.
    From {
        name: String,
        specifier: String,
        imported: String,
    },
    /// `export { local as name }` or `export default local` of a module-level binding.
    Local {
        name: String,
        local: String,
        ctxt: SyntaxContext,
    },
    /// `export * from "specifier"`: every name of that module but its default.
    Star { specifier: String },
}

/// The module's re-exports and renamed exports, in source order.
pub fn reexports(parsed: &ParsedSource) -> Vec<ReExport> {
    let imports = imports(parsed);
    let export_name = |name: &ModuleExportName| match name {
        ModuleExportName::Ident(i) => i.sym.to_string(),
        ModuleExportName::Str(s) => s.value.to_string_lossy().into_owned(),
    };
    let mut out = Vec::new();
    for item in module_items(parsed) {
        let ModuleItem::ModuleDecl(decl) = item else {
            continue;
        };
        match decl {
            ModuleDecl::ExportAll(all) => out.push(ReExport::Star {
                specifier: all.src.value.to_string_lossy().into_owned(),
            }),
            ModuleDecl::ExportNamed(named) => {
                for specifier in &named.specifiers {
                    let ExportSpecifier::Named(spec) = specifier else {
                        continue;
                    };
                    let orig = export_name(&spec.orig);
                    let name = spec
                        .exported
                        .as_ref()
                        .map(export_name)
                        .unwrap_or_else(|| orig.clone());
                    if let Some(src) = &named.src {
                        out.push(ReExport::From {
                            name,
                            specifier: src.value.to_string_lossy().into_owned(),
                            imported: orig,
                        });
                        continue;
                    }
                    let ModuleExportName::Ident(local) = &spec.orig else {
                        continue;
                    };
                    let imported = imports.iter().find_map(|import| {
                        import
                            .names
                            .iter()
                            .find(|(l, c, _)| *l == local.sym.as_str() && *c == local.ctxt)
                            .map(|(_, _, imported)| (import.specifier.clone(), imported.clone()))
                    });
                    out.push(match imported {
                        Some((specifier, imported)) => ReExport::From {
                            name,
                            specifier,
                            imported,
                        },
                        None => ReExport::Local {
                            name,
                            local: local.sym.to_string(),
                            ctxt: local.ctxt,
                        },
                    });
                }
            }
            ModuleDecl::ExportDefaultExpr(export) => {
                if let Expr::Ident(local) = &*export.expr {
                    out.push(ReExport::Local {
                        name: "default".to_string(),
                        local: local.sym.to_string(),
                        ctxt: local.ctxt,
                    });
                }
            }
            _ => {}
        }
    }
    out
}

/// Walks the whole program (module or script) with `visitor`.
fn visit_program<V: Visit>(parsed: &ParsedSource, visitor: &mut V) {
    match parsed.program_ref() {
        ProgramRef::Module(m) => m.visit_with(visitor),
        ProgramRef::Script(s) => s.visit_with(visitor),
    }
}

/// Every identifier in the module (bindings and uses, not property names), with its span.
pub fn identifiers(parsed: &ParsedSource) -> Vec<(String, SyntaxContext, Range<usize>)> {
    struct Collect<'a> {
        parsed: &'a ParsedSource,
        out: Vec<(String, SyntaxContext, Range<usize>)>,
    }
    impl Visit for Collect<'_> {
        fn visit_ident(&mut self, ident: &Ident) {
            self.out.push((
                ident.sym.to_string(),
                ident.ctxt,
                byte_range(self.parsed, ident.span),
            ));
        }
    }
    let mut collect = Collect {
        parsed,
        out: Vec::new(),
    };
    visit_program(parsed, &mut collect);
    collect.out
}

/// The identifier under a byte offset (its end counts: the cursor after a name is on it).
pub fn identifier_at(
    parsed: &ParsedSource,
    offset: usize,
) -> Option<(String, SyntaxContext, Range<usize>)> {
    identifiers(parsed)
        .into_iter()
        .find(|(_, _, range)| range.start <= offset && offset <= range.end)
}

/// The `Deno.test(...)` calls anywhere in the module, with the test's name when it is
/// written as a literal (`Deno.test("name", fn)`, `Deno.test({ name: "name", ... })`,
/// `Deno.test(function name() {})`).
pub fn test_calls(parsed: &ParsedSource) -> Vec<TestCall> {
    struct Collect<'a> {
        parsed: &'a ParsedSource,
        out: Vec<TestCall>,
    }
    impl Visit for Collect<'_> {
        fn visit_call_expr(&mut self, call: &deno_ast::swc::ast::CallExpr) {
            call.visit_children_with(self);
            let Callee::Expr(callee) = &call.callee else {
                return;
            };
            let Expr::Member(member) = &**callee else {
                return;
            };
            let is_deno = matches!(&*member.obj, Expr::Ident(i) if i.sym == *"Deno");
            let is_test = matches!(&member.prop, MemberProp::Ident(p) if p.sym == *"test");
            if !is_deno || !is_test {
                return;
            }
            let Some(first) = call.args.first() else {
                return;
            };
            let name = match &*first.expr {
                Expr::Lit(Lit::Str(s)) => Some(s.value.to_string_lossy().into_owned()),
                Expr::Tpl(t) if t.exprs.is_empty() => {
                    t.quasis.first().map(|q| q.raw.to_string())
                }
                Expr::Fn(f) => f.ident.as_ref().map(|i| i.sym.to_string()),
                Expr::Object(object) => object.props.iter().find_map(|p| match p {
                    PropOrSpread::Prop(prop) => match &**prop {
                        Prop::KeyValue(kv)
                            if matches!(&kv.key, PropName::Ident(k) if k.sym == *"name") =>
                        {
                            match &*kv.value {
                                Expr::Lit(Lit::Str(s)) => {
                                    Some(s.value.to_string_lossy().into_owned())
                                }
                                _ => None,
                            }
                        }
                        _ => None,
                    },
                    PropOrSpread::Spread(_) => None,
                }),
                _ => None,
            };
            if let Some(name) = name {
                self.out.push(TestCall {
                    name,
                    range: byte_range(self.parsed, call.span),
                });
            }
        }
    }
    let mut collect = Collect {
        parsed,
        out: Vec::new(),
    };
    visit_program(parsed, &mut collect);
    collect.out
}
