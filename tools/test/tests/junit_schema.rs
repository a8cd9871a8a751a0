//! The JUnit report is valid XML and fits the JUnit schema CI servers read (the structure
//! and attributes of Jenkins' junit-10.xsd, checked element by element here), with no ANSI
//! escape codes - for every kind of result: passed, failed (with an assertion diff and
//! colors requested), ignored, steps, output, an uncaught error, a file that does not load.

mod common;

use roxmltree::{Document, Node};

const FIXTURE: &str = r#"
import { assertEquals } from "jsr:@std/assert";
Deno.test("passes", () => {});
Deno.test("fails <&> \"quoted\"", () => { assertEquals({ a: 1 }, { a: 2 }); });
Deno.test({ name: "ignored", ignore: true, fn() {} });
Deno.test("steps", async (t) => {
  await t.step("one", () => {});
  await t.step("two", () => { throw new Error("step \u0007 boom"); });
});
Deno.test("prints", () => { console.log("\x1b[31mred\x1b[0m <tag>"); });
Deno.test("timer", () => { setTimeout(() => { throw new Error("late"); }, 0); });
Deno.test("after", async () => { await new Promise((r) => setTimeout(r, 20)); });
"#;

/// Attributes allowed (and required) per element, from junit-10.xsd.
fn check_attributes(node: Node, allowed: &[&str], required: &[&str]) {
    for attribute in node.attributes() {
        assert!(
            allowed.contains(&attribute.name()),
            "<{}> has attribute {} not in the schema",
            node.tag_name().name(),
            attribute.name()
        );
    }
    for name in required {
        assert!(
            node.attribute(*name).is_some(),
            "<{}> lacks required attribute {name}",
            node.tag_name().name()
        );
    }
}

fn check_number(node: Node, name: &str) {
    if let Some(value) = node.attribute(name) {
        assert!(
            value.parse::<f64>().is_ok(),
            "<{} {name}={value:?}> is not a number",
            node.tag_name().name()
        );
    }
}

fn elements<'a>(node: Node<'a, 'a>) -> Vec<Node<'a, 'a>> {
    node.children().filter(|n| n.is_element()).collect()
}

pub fn validate(xml: &str) {
    assert!(!xml.contains('\x1b'), "ANSI escape codes in the report");
    let doc = Document::parse(xml).expect("well-formed XML");
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "testsuites");
    check_attributes(
        root,
        &["name", "time", "tests", "failures", "disabled", "errors"],
        &[],
    );
    for n in ["time", "tests", "failures", "disabled", "errors"] {
        check_number(root, n);
    }
    let mut total = 0;
    for suite in elements(root) {
        assert_eq!(suite.tag_name().name(), "testsuite");
        check_attributes(
            suite,
            &[
                "name",
                "tests",
                "failures",
                "errors",
                "time",
                "disabled",
                "skipped",
                "timestamp",
                "hostname",
                "id",
                "package",
            ],
            &["name", "tests"],
        );
        for n in ["tests", "failures", "errors", "time", "disabled", "skipped"] {
            check_number(suite, n);
        }
        // properties?, testcase*, system-out?, system-err?
        let mut stage = 0;
        let mut cases = 0;
        for child in elements(suite) {
            let order = match child.tag_name().name() {
                "properties" => 0,
                "testcase" => 1,
                "system-out" => 2,
                "system-err" => 3,
                other => panic!("<{other}> inside <testsuite>"),
            };
            assert!(order >= stage, "<testsuite> children out of order");
            stage = order;
            if order != 1 {
                continue;
            }
            cases += 1;
            check_attributes(
                child,
                &["name", "assertions", "time", "classname", "status"],
                &["name"],
            );
            check_number(child, "time");
            // skipped?, error*, failure*, system-out*, system-err*
            let mut inner = 0;
            for part in elements(child) {
                let order = match part.tag_name().name() {
                    "skipped" => {
                        check_attributes(part, &["message"], &[]);
                        0
                    }
                    "error" | "failure" => {
                        check_attributes(part, &["type", "message"], &[]);
                        if part.tag_name().name() == "error" {
                            1
                        } else {
                            2
                        }
                    }
                    "system-out" => 3,
                    "system-err" => 4,
                    other => panic!("<{other}> inside <testcase>"),
                };
                assert!(order >= inner, "<testcase> children out of order");
                inner = order;
            }
        }
        assert_eq!(
            suite.attribute("tests").unwrap().parse::<usize>().unwrap(),
            cases,
            "tests= of {:?}",
            suite.attribute("name")
        );
        total += cases;
    }
    if let Some(tests) = root.attribute("tests") {
        assert_eq!(tests.parse::<usize>().unwrap(), total);
    }
}

#[test]
fn junit_report_fits_the_schema() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    common::write(root, "a_test.ts", FIXTURE);
    common::write(
        root,
        "broken_test.ts",
        "Deno.test(\"x\", () => {\n  let a = ;\n});\n",
    );
    common::write(root, "b_test.ts", "Deno.test(\"b\", () => {});\n");
    let output = common::x(root)
        .args(["test", "--junit-path=report.xml", "--reporter=dot"])
        .env_remove("NO_COLOR")
        .output()
        .unwrap();
    assert!(!output.status.success());
    let xml = std::fs::read_to_string(root.join("report.xml")).expect("the report was written");
    validate(&xml);
    assert!(xml.contains("<testsuite name=\"./a_test.ts\""), "{xml}");
    assert!(
        xml.contains("name=\"fails &lt;&amp;&gt; &quot;quoted&quot;\""),
        "{xml}"
    );
    assert!(xml.contains("name=\"steps &gt; two\""), "{xml}");
    assert!(xml.contains("<skipped/>"), "{xml}");
    assert!(xml.contains("Values are not equal"), "{xml}");
    assert!(xml.contains("<system-out>red &lt;tag&gt;"), "{xml}");
    assert!(xml.contains("broken_test.ts"), "{xml}");

    // --reporter=junit on standard output is the same document.
    let output = common::x(root)
        .args(["test", "--reporter=junit"])
        .output()
        .unwrap();
    validate(&String::from_utf8(output.stdout).unwrap());
}
