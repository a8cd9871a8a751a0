/**
 * A tiny module for tests.
 * @module
 */
import { helper, type Shape } from "./util.ts";

/** Adds two numbers. */
export function add(a: number, b: number): number {
  return helper(a) + b;
}

export function noDoc(x: string) {
  return x;
}

/** A point in the plane. */
export interface Point {
  /** Horizontal. */
  x: number;
  y: number;
}

/** Greets people. */
export class Greeter {
  /** Makes a greeter. */
  constructor(public name: string) {}
  /** Says hello. */
  greet(): string {
    return `hello ${this.name}`;
  }
}

/** Colors. */
export enum Color { Red, Green }

/** An alias. */
export type Pair = [number, number];

/** Uses a private type. */
export function area(s: Shape): number {
  return s.w * s.h;
}

/** The answer. */
export const ANSWER = 42;

/** A namespace. */
export namespace Inner {
  /** Deep. */
  export function deep(): void {}
}

function hidden(): void {}
