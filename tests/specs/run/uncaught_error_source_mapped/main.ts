interface Shape { kind: "circle" | "square"; size: number }
function area(shape: Shape): number {
  throw new Error("boom");
}
const shapes: Shape[] = [{ kind: "circle", size: 2 }];
await Promise.resolve();
area(shapes[0]);
