// Prints the suites and cases of the JUnit report `x ci` wrote.
const xml = await Deno.readTextFile("report.xml");
for (
  const suite of xml.matchAll(
    /<testsuite name="([^"]*)" tests="(\d+)" failures="(\d+)"/g,
  )
) {
  console.log(`${suite[1]}: ${suite[2]} cases, ${suite[3]} failed`);
}
console.log(
  xml.match(/<testsuites [^>]*tests="(\d+)" failures="(\d+)"/)!.slice(1).join(
    " ",
  ),
);
