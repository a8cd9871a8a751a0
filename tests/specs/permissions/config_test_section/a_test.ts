// Under `x test -P` the config's "test": { "permissions" } applies (as `deno test -P`):
// read of "." granted, env (only in the default set) not.
Deno.test("config permissions", () => {
  console.log(
    Deno.permissions.querySync({ name: "read", path: "." }).state,
    Deno.permissions.querySync({ name: "env" }).state,
  );
});
