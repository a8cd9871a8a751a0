const run = (args: string[]) => {
  const out = new Deno.Command(Deno.execPath(), { args, stdout: "piped", stderr: "piped" }).outputSync();
  const text = new TextDecoder().decode(out.stdout) + new TextDecoder().decode(out.stderr);
  console.log(`x ${args.join(" ")} -> exit ${out.code}`);
  console.log(text.trim());
};
// An x started by the program inherits the task's set: -A is refused ...
run(["run", "-A", "escalate.ts"]);
// ... and without flags it has the set, not more.
run(["run", "escalate.ts"]);
