// The JUnit report written by --junit-path: valid XML with the suite and its cases.
const xml = Deno.readTextFileSync("report.xml");
console.log(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>'));
console.log(xml.match(/<testcase name="[^"]*"/g));
console.log(xml.includes('<failure message="Error: boom">'));
console.log(xml.includes("\x1b["));
