const q = (d: Deno.PermissionDescriptor) => Deno.permissions.querySync(d).state;
console.log(q({ name: "read", path: "main.ts" }), q({ name: "read", path: "private/x" }), q({ name: "env", variable: "SPEC_X" }), q({ name: "env", variable: "HOME" }), q({ name: "write" }));
