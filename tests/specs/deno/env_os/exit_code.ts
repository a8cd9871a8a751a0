// Deno.exitCode is what the process ends with when the program finishes on its own.
Deno.exitCode = 3;
console.log("exitCode", Deno.exitCode);
