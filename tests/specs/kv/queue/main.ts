// enqueue/listenQueue: delay, retries on a throwing handler (backoffSchedule), and
// keysIfUndelivered once the retries are used up.
const kv = await Deno.openKv(":memory:");
const attempts: Record<string, number> = {};
const start = Date.now();
let delayedAfter = 0;
const done = Promise.withResolvers<void>();
const listening = kv.listenQueue(async (m: any) => {
  attempts[m.name] = (attempts[m.name] ?? 0) + 1;
  if (m.name === "delayed") delayedAfter = Date.now() - start;
  if (m.name === "flaky" && attempts.flaky < 3) throw new Error(`flaky fails (attempt ${attempts.flaky})`);
  if (m.name === "doomed") throw new Error("doomed fails");
  if (m.name === "flaky") done.resolve();
});
await kv.enqueue({ name: "delayed" }, { delay: 300 });
await kv.enqueue({ name: "flaky" }, { backoffSchedule: [10, 10, 10] });
await kv.atomic().enqueue({ name: "doomed" }, { backoffSchedule: [10], keysIfUndelivered: [["lost", 1]] }).commit();
await done.promise;
while ((await kv.get(["lost", 1])).value === null || attempts.delayed === undefined) {
  await new Promise((r) => setTimeout(r, 20));
}
console.log(Object.entries(attempts).sort());
console.log("delayed at least 300 ms:", delayedAfter >= 300);
console.log("undelivered:", (await kv.get(["lost", 1])).value);
kv.close();
await listening;
console.log("listenQueue ended");
