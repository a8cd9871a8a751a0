Deno.test.beforeAll(() => console.log("beforeAll"));
Deno.test.beforeEach(() => console.log("beforeEach"));
Deno.test.afterEach(() => console.log("afterEach"));
Deno.test.afterAll(() => console.log("afterAll"));
Deno.test("one", () => console.log("one"));
Deno.test("two", () => console.log("two"));
