//! The instrumenting pass. QuickJS has no coverage of its own, so coverage is compiled
//! in: a clone of the graph's parse (never a second parse) gets a counter increment,
//! `__xcov[i]++`, at the start of every statement, every function body and every branch
//! (both arms of `if`, of `?:`, each `case`), and is then transpiled and emitted as usual.
//! Each counter is recorded with the original span's line and column, so reports point
//! at the TypeScript as written, with no source map in between.
//!
//! The counters live in a `Uint32Array` per module, `globalThis.__xCoverage[url]`, made
//! on first use by a function declared on a line of its own before the module's code
//! (the source map gets one empty line in front to match). The test process dumps them
//! when its file is done.

use deno_ast::swc::ast::*;
use deno_ast::swc::common::{Span, Spanned, DUMMY_SP};
use deno_ast::swc::ecma_visit::{VisitMut, VisitMutWith};
use deno_ast::{
    EmitOptions, ParsedSource, SourceMap, SourceMapOption, SourcePos, SourceTextInfo,
    TranspileOptions,
};

use crate::data::{Counter, CounterKind, ModuleMap, Place};

/// The name of the per-module counter array in instrumented code.
const COUNTERS: &str = "__xcov";
/// The function that makes (or finds) the array.
const INIT: &str = "__xcovInit";

/// An instrumented module: its JavaScript, source map, and what each counter counts.
pub struct Instrumented {
    pub code: String,
    pub source_map: Vec<u8>,
    pub map: ModuleMap,
}

/// Instruments and emits one module of the graph.
pub fn instrument(parsed: &ParsedSource) -> Result<Instrumented, String> {
    let specifier = parsed.specifier().clone();
    let mut pass = Pass {
        counters: Vec::new(),
        text_info: parsed.text_info_lazy(),
        names: Vec::new(),
    };
    let mut program = (*parsed.program()).clone();
    program.visit_mut_with(&mut pass);
    let program = match program {
        // Modules only: a script is run as a module anyway (x runs ES modules).
        Program::Script(script) => Program::Module(Module {
            span: script.span,
            body: script.body.into_iter().map(ModuleItem::Stmt).collect(),
            shebang: script.shebang,
        }),
        module => module,
    };
    let source_map = SourceMap::single(specifier.clone(), parsed.text().to_string());
    let comments = parsed.comments().as_single_threaded();
    let options = TranspileOptions {
        imports_not_used_as_values: deno_ast::ImportsNotUsedAsValues::Remove,
        decorators: deno_ast::DecoratorsTranspileOption::Ecma,
        ..Default::default()
    };
    let program = parsed
        .globals()
        .with(|marks| {
            deno_ast::fold_program(
                program,
                &options,
                &source_map,
                &comments,
                marks,
                Box::new(parsed.diagnostics().iter()),
            )
        })
        .map_err(|e| format!("cannot transpile {specifier}: {e}"))?;
    let emitted = deno_ast::emit(
        (&program).into(),
        &comments,
        &source_map,
        &EmitOptions {
            source_map: SourceMapOption::Separate,
            inline_sources: false,
            ..Default::default()
        },
    )
    .map_err(|e| format!("cannot emit {specifier}: {e}"))?;

    // The array is made on first use, not when the module body starts: through an
    // import cycle, a module's function can run before its module body has (the `var`
    // is hoisted as `undefined`, the function declaration is hoisted whole).
    let header = format!(
        "var {COUNTERS}; function {INIT}() {{ return {COUNTERS} = ((globalThis.__xCoverage ??= {{}})[{}] ??= new Uint32Array({})); }}",
        serde_json::to_string(specifier.as_str()).expect("a string serializes"),
        pass.counters.len()
    );
    let (code, shifted_line) = match emitted.text.strip_prefix("#!") {
        // A shebang must stay the first line: the counters go on the second.
        Some(_) => {
            let (first, rest) = emitted.text.split_once('\n').unwrap_or((&emitted.text, ""));
            (format!("{first}\n{header}\n{rest}"), 1)
        }
        None => (format!("{header}\n{}", emitted.text), 0),
    };
    let source_map = shift_source_map(emitted.source_map.as_deref(), shifted_line)?;
    Ok(Instrumented {
        code,
        source_map,
        map: ModuleMap {
            url: specifier.to_string(),
            source: parsed.text().to_string(),
            counters: pass.counters,
        },
    })
}

/// The source map with an empty generated line inserted before line `at` (0-based).
fn shift_source_map(map: Option<&str>, at: usize) -> Result<Vec<u8>, String> {
    let map = map.ok_or("the emitter made no source map")?;
    let mut json: serde_json::Value =
        serde_json::from_str(map).map_err(|e| format!("bad source map: {e}"))?;
    if let Some(serde_json::Value::String(mappings)) = json.get_mut("mappings") {
        // Lines of `mappings` are separated by `;`: one more before line `at`.
        let mut index = 0;
        for _ in 0..at {
            match mappings[index..].find(';') {
                Some(i) => index += i + 1,
                None => {
                    index = mappings.len();
                    break;
                }
            }
        }
        mappings.insert(index, ';');
    }
    serde_json::to_vec(&json).map_err(|e| format!("bad source map: {e}"))
}

struct Pass<'a> {
    counters: Vec<Counter>,
    text_info: &'a SourceTextInfo,
    /// Names for the functions being entered (a declaration's, a method's, a variable's).
    names: Vec<String>,
}

impl Pass<'_> {
    fn place(&self, span: Span) -> Place {
        let start = self
            .text_info
            .line_and_column_index(SourcePos::unsafely_from_byte_pos(span.lo));
        let end = self
            .text_info
            .line_and_column_index(SourcePos::unsafely_from_byte_pos(span.hi));
        Place {
            line: start.line_index + 1,
            column: start.column_index + 1,
            end_line: end.line_index + 1,
            end_column: end.column_index + 1,
        }
    }

    fn counter(&mut self, kind: CounterKind, span: Span) -> Stmt {
        let index = self.counters.len();
        self.counters.push(Counter {
            kind,
            place: self.place(span),
        });
        Stmt::Expr(ExprStmt {
            span: DUMMY_SP,
            expr: Box::new(increment(index)),
        })
    }

    /// Instruments a list of statements: a counter before each one that does something.
    fn statements(&mut self, stmts: &mut Vec<Stmt>) {
        let old = std::mem::take(stmts);
        for stmt in old {
            if counts_as_statement(&stmt) {
                let span = stmt.span();
                stmts.push(self.counter(CounterKind::Statement, span));
            }
            stmts.push(stmt);
        }
    }

    /// A counter first in a function's body (after its directives).
    fn function_body(&mut self, body: &mut BlockStmt, span: Span) {
        let name = self
            .names
            .pop()
            .unwrap_or_else(|| format!("(anonymous {})", self.counters.len()));
        let counter = self.counter(CounterKind::Function { name }, span);
        let at = body.stmts.iter().take_while(|s| is_directive(s)).count();
        body.stmts.insert(at, counter);
    }

    fn branch(&mut self, id: usize, arm: usize, span: Span) -> Stmt {
        self.counter(CounterKind::Branch { id, arm }, span)
    }

    fn branch_id(&self) -> usize {
        self.counters.len()
    }
}

/// `(__xcov || __xcovInit())[index]++`
fn increment(index: usize) -> Expr {
    let ident = |name: &str| Box::new(Expr::Ident(Ident::new_no_ctxt(name.into(), DUMMY_SP)));
    let counters = Expr::Paren(ParenExpr {
        span: DUMMY_SP,
        expr: Box::new(Expr::Bin(BinExpr {
            span: DUMMY_SP,
            op: BinaryOp::LogicalOr,
            left: ident(COUNTERS),
            right: Box::new(Expr::Call(CallExpr {
                span: DUMMY_SP,
                ctxt: Default::default(),
                callee: Callee::Expr(ident(INIT)),
                args: Vec::new(),
                type_args: None,
            })),
        })),
    });
    Expr::Update(UpdateExpr {
        span: DUMMY_SP,
        op: UpdateOp::PlusPlus,
        prefix: false,
        arg: Box::new(Expr::Member(MemberExpr {
            span: DUMMY_SP,
            obj: Box::new(counters),
            prop: MemberProp::Computed(ComputedPropName {
                span: DUMMY_SP,
                expr: Box::new(Expr::Lit(Lit::Num(Number {
                    span: DUMMY_SP,
                    value: index as f64,
                    raw: None,
                }))),
            }),
        })),
    })
}

/// Statements that run code: not types, not hoisted function declarations, not empty
/// statements or directives.
fn counts_as_statement(stmt: &Stmt) -> bool {
    match stmt {
        Stmt::Empty(_) => false,
        Stmt::Decl(decl) => counts_as_declaration(decl),
        s => !is_directive(s),
    }
}

fn counts_as_declaration(decl: &Decl) -> bool {
    match decl {
        Decl::Fn(_) | Decl::TsInterface(_) | Decl::TsTypeAlias(_) => false,
        Decl::Var(var) => !var.declare,
        Decl::Class(class) => !class.declare,
        Decl::TsEnum(e) => !e.declare,
        Decl::TsModule(m) => !m.declare,
        Decl::Using(_) => true,
    }
}

fn is_directive(stmt: &Stmt) -> bool {
    matches!(stmt, Stmt::Expr(ExprStmt { expr, .. }) if matches!(**expr, Expr::Lit(Lit::Str(_))))
}

/// Makes a statement body (`if (a) b;`) a block so counters can go in it.
fn as_block(stmt: &mut Box<Stmt>) -> &mut BlockStmt {
    if !matches!(**stmt, Stmt::Block(_)) {
        let inner = std::mem::replace(&mut **stmt, Stmt::Empty(EmptyStmt { span: DUMMY_SP }));
        let span = inner.span();
        **stmt = Stmt::Block(BlockStmt {
            span,
            ctxt: Default::default(),
            stmts: vec![inner],
        });
    }
    match &mut **stmt {
        Stmt::Block(block) => block,
        _ => unreachable!("made a block above"),
    }
}

fn name_of_key(key: &PropName) -> String {
    match key {
        PropName::Ident(i) => i.sym.to_string(),
        PropName::Str(s) => s.value.to_string_lossy().into_owned(),
        PropName::Num(n) => n.value.to_string(),
        PropName::BigInt(b) => b.value.to_string(),
        PropName::Computed(_) => "[computed]".to_string(),
    }
}

impl VisitMut for Pass<'_> {
    fn visit_mut_module_items(&mut self, items: &mut Vec<ModuleItem>) {
        items.visit_mut_children_with(self);
        let old = std::mem::take(items);
        for item in old {
            let span = item.span();
            let counts = match &item {
                ModuleItem::Stmt(stmt) => counts_as_statement(stmt),
                ModuleItem::ModuleDecl(ModuleDecl::ExportDecl(export)) => {
                    counts_as_declaration(&export.decl)
                }
                ModuleItem::ModuleDecl(ModuleDecl::ExportDefaultExpr(_)) => true,
                ModuleItem::ModuleDecl(_) => false,
            };
            if counts {
                items.push(ModuleItem::Stmt(self.counter(CounterKind::Statement, span)));
            }
            items.push(item);
        }
    }

    fn visit_mut_stmts(&mut self, stmts: &mut Vec<Stmt>) {
        stmts.visit_mut_children_with(self);
        self.statements(stmts);
    }

    fn visit_mut_if_stmt(&mut self, node: &mut IfStmt) {
        node.test.visit_mut_with(self);
        as_block(&mut node.cons);
        node.cons.visit_mut_with(self);
        if let Some(alt) = &mut node.alt {
            as_block(alt);
            alt.visit_mut_with(self);
        }
        let id = self.branch_id();
        let cons_span = node.cons.span();
        let counter = self.branch(id, 0, cons_span);
        as_block(&mut node.cons).stmts.insert(0, counter);
        // No `else`: an empty one counts the times the condition was false.
        let alt_span = node.alt.as_ref().map(|a| a.span()).unwrap_or(node.span);
        let counter = self.branch(id, 1, alt_span);
        let alt = node.alt.get_or_insert_with(|| {
            Box::new(Stmt::Block(BlockStmt {
                span: DUMMY_SP,
                ctxt: Default::default(),
                stmts: Vec::new(),
            }))
        });
        as_block(alt).stmts.insert(0, counter);
    }

    fn visit_mut_for_stmt(&mut self, node: &mut ForStmt) {
        as_block(&mut node.body);
        node.visit_mut_children_with(self);
    }

    fn visit_mut_for_in_stmt(&mut self, node: &mut ForInStmt) {
        as_block(&mut node.body);
        node.visit_mut_children_with(self);
    }

    fn visit_mut_for_of_stmt(&mut self, node: &mut ForOfStmt) {
        as_block(&mut node.body);
        node.visit_mut_children_with(self);
    }

    fn visit_mut_while_stmt(&mut self, node: &mut WhileStmt) {
        as_block(&mut node.body);
        node.visit_mut_children_with(self);
    }

    fn visit_mut_do_while_stmt(&mut self, node: &mut DoWhileStmt) {
        as_block(&mut node.body);
        node.visit_mut_children_with(self);
    }

    fn visit_mut_switch_stmt(&mut self, node: &mut SwitchStmt) {
        node.visit_mut_children_with(self);
        let id = self.branch_id();
        for (arm, case) in node.cases.iter_mut().enumerate() {
            let counter = self.branch(id, arm, case.span);
            case.cons.insert(0, counter);
        }
    }

    fn visit_mut_cond_expr(&mut self, node: &mut CondExpr) {
        node.visit_mut_children_with(self);
        let id = self.branch_id();
        for (arm, expr) in [&mut node.cons, &mut node.alt].into_iter().enumerate() {
            let index = self.counters.len();
            let span = expr.span();
            self.counters.push(Counter {
                kind: CounterKind::Branch { id, arm },
                place: self.place(span),
            });
            let inner = std::mem::replace(&mut **expr, Expr::Invalid(Invalid { span: DUMMY_SP }));
            **expr = Expr::Paren(ParenExpr {
                span: DUMMY_SP,
                expr: Box::new(Expr::Seq(SeqExpr {
                    span: DUMMY_SP,
                    exprs: vec![Box::new(increment(index)), Box::new(inner)],
                })),
            });
        }
    }

    fn visit_mut_fn_decl(&mut self, node: &mut FnDecl) {
        self.names.push(node.ident.sym.to_string());
        node.function.visit_mut_with(self);
    }

    fn visit_mut_fn_expr(&mut self, node: &mut FnExpr) {
        if let Some(ident) = &node.ident {
            self.names.push(ident.sym.to_string());
        }
        node.function.visit_mut_with(self);
    }

    fn visit_mut_var_declarator(&mut self, node: &mut VarDeclarator) {
        let is_function = matches!(
            node.init.as_deref(),
            Some(Expr::Arrow(_)) | Some(Expr::Fn(FnExpr { ident: None, .. }))
        );
        if let (true, Pat::Ident(ident)) = (is_function, &node.name) {
            self.names.push(ident.id.sym.to_string());
        }
        node.visit_mut_children_with(self);
    }

    fn visit_mut_class_method(&mut self, node: &mut ClassMethod) {
        self.names.push(name_of_key(&node.key));
        node.function.visit_mut_with(self);
    }

    fn visit_mut_private_method(&mut self, node: &mut PrivateMethod) {
        self.names.push(format!("#{}", node.key.name));
        node.function.visit_mut_with(self);
    }

    fn visit_mut_method_prop(&mut self, node: &mut MethodProp) {
        self.names.push(name_of_key(&node.key));
        node.function.visit_mut_with(self);
    }

    fn visit_mut_constructor(&mut self, node: &mut Constructor) {
        node.visit_mut_children_with(self);
        if let Some(body) = &mut node.body {
            self.names.push("constructor".to_string());
            self.function_body(body, node.span);
        }
    }

    fn visit_mut_getter_prop(&mut self, node: &mut GetterProp) {
        node.visit_mut_children_with(self);
        if let Some(body) = &mut node.body {
            self.names.push(format!("get {}", name_of_key(&node.key)));
            self.function_body(body, node.span);
        }
    }

    fn visit_mut_setter_prop(&mut self, node: &mut SetterProp) {
        node.visit_mut_children_with(self);
        if let Some(body) = &mut node.body {
            self.names.push(format!("set {}", name_of_key(&node.key)));
            self.function_body(body, node.span);
        }
    }

    fn visit_mut_function(&mut self, node: &mut Function) {
        // The name pushed by the parent belongs to this function, not to the ones
        // inside it: take it before visiting the body.
        let name = self.names.pop();
        node.visit_mut_children_with(self);
        if let Some(body) = &mut node.body {
            if let Some(name) = name {
                self.names.push(name);
            }
            self.function_body(body, node.span);
        }
    }

    fn visit_mut_arrow_expr(&mut self, node: &mut ArrowExpr) {
        let name = self.names.pop();
        node.visit_mut_children_with(self);
        if let BlockStmtOrExpr::Expr(expr) = &mut *node.body {
            let expr = std::mem::replace(expr, Box::new(Expr::Invalid(Invalid { span: DUMMY_SP })));
            let span = expr.span();
            *node.body = BlockStmtOrExpr::BlockStmt(BlockStmt {
                span,
                ctxt: Default::default(),
                stmts: vec![Stmt::Return(ReturnStmt {
                    span,
                    arg: Some(expr),
                })],
            });
        }
        if let BlockStmtOrExpr::BlockStmt(body) = &mut *node.body {
            if let Some(name) = name {
                self.names.push(name);
            }
            self.function_body(body, node.span);
        }
    }

    // Types hold no code.
    fn visit_mut_ts_type(&mut self, _: &mut TsType) {}
    fn visit_mut_ts_interface_decl(&mut self, _: &mut TsInterfaceDecl) {}
    fn visit_mut_ts_type_alias_decl(&mut self, _: &mut TsTypeAliasDecl) {}
}
