import { afterEach, beforeEach, describe, it } from "jsr:@std/testing/bdd";
let n = 0;
describe("counter", () => {
  beforeEach(() => { n = 1; });
  afterEach(() => { n = 0; });
  it("starts at one", () => { if (n !== 1) throw new Error(`n = ${n}`); });
  describe("nested", () => {
    it("still one", () => { if (n !== 1) throw new Error(`n = ${n}`); });
  });
});
