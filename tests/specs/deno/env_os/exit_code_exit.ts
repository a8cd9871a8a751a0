// Deno.exit() without a code ends with Deno.exitCode.
Deno.exitCode = 4;
Deno.exit();
