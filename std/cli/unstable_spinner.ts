/**
 * A terminal spinner.
 *
 * @experimental **UNSTABLE**: New API, yet to be vetted.
 *
 * @module
 */

const encoder = new TextEncoder();

const LINE_CLEAR = encoder.encode("\r\u001b[K");
const COLOR_RESET = "\u001b[0m";
const DEFAULT_INTERVAL = 75;
const DEFAULT_SPINNER = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"];

/** Color options for {@linkcode SpinnerOptions.color}. */
export type Color =
  | "black"
  | "red"
  | "green"
  | "yellow"
  | "blue"
  | "magenta"
  | "cyan"
  | "white"
  | "gray";

const COLORS: Record<Color, string> = {
  black: "\u001b[30m",
  red: "\u001b[31m",
  green: "\u001b[32m",
  yellow: "\u001b[33m",
  blue: "\u001b[34m",
  magenta: "\u001b[35m",
  cyan: "\u001b[36m",
  white: "\u001b[37m",
  gray: "\u001b[90m",
};

/** Options for {@linkcode Spinner}. */
export interface SpinnerOptions {
  /**
   * The sequence of characters to be iterated through for animation.
   *
   * @default {["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"]}
   */
  spinner?: string[];
  /** The message to display next to the spinner. */
  message?: string;
  /**
   * The time between each frame of the spinner in milliseconds.
   *
   * @default {75}
   */
  interval?: number;
  /** The color of the spinner. Defaults to the terminal's default color. */
  color?: Color;
}

function writeAll(bytes: Uint8Array): void {
  let written = 0;
  while (written < bytes.length) {
    written += Deno.stdout.writeSync(bytes.subarray(written));
  }
}

/**
 * A spinner that can be used to indicate that something is loading. It
 * writes to standard output, hiding the cursor while it runs.
 *
 * @experimental **UNSTABLE**: New API, yet to be vetted.
 *
 * @example
 * ```ts ignore
 * import { Spinner } from "@std/cli/unstable-spinner";
 * const spinner = new Spinner({ message: "Loading...", color: "yellow" });
 * spinner.start();
 * setTimeout(() => {
 *   spinner.stop();
 *   console.log("Finished loading!");
 * }, 3000);
 * ```
 */
export class Spinner {
  #spinner: string[];
  /**
   * The message to display next to the spinner. It can be changed while the
   * spinner is active.
   */
  message: string;
  #interval: number;
  #color?: Color;
  #intervalId: ReturnType<typeof setInterval> | undefined;
  #active = false;

  /**
   * Creates a new spinner.
   *
   * @param options Options for the spinner.
   */
  constructor(options: SpinnerOptions = {}) {
    const {
      spinner = DEFAULT_SPINNER,
      message = "",
      interval = DEFAULT_INTERVAL,
      color,
    } = options;
    this.#spinner = spinner;
    this.message = message;
    this.#interval = interval;
    this.color = color;
  }

  /**
   * Sets the color of the spinner.
   *
   * @param value Color to set.
   */
  set color(value: Color | undefined) {
    if (value !== undefined && !(value in COLORS)) {
      throw new TypeError(`Cannot set spinner color: unknown color "${value}"`);
    }
    this.#color = value;
  }

  /**
   * Gets the current color of the spinner.
   *
   * @returns The color of the spinner or `undefined` if it's using the
   * terminal default.
   */
  get color(): Color | undefined {
    return this.#color;
  }

  /** Starts the spinner. Does nothing if it is already running. */
  start(): void {
    if (this.#active || Deno.stdout.writable.locked) return;
    this.#active = true;
    let i = 0;
    const noColor = Deno.noColor;
    const updateFrame = () => {
      const color = this.#color && !noColor ? COLORS[this.#color] : "";
      const reset = color ? COLOR_RESET : "";
      const frame = encoder.encode(
        `\r\u001b[K${color}${this.#spinner[i]}${reset} ${this.message}`,
      );
      writeAll(frame);
      i = (i + 1) % this.#spinner.length;
    };
    writeAll(encoder.encode("\u001b[?25l")); // hide cursor
    updateFrame();
    this.#intervalId = setInterval(updateFrame, this.#interval);
  }

  /** Stops the spinner, clears its line and shows the cursor again. */
  stop(): void {
    if (this.#intervalId !== undefined) clearInterval(this.#intervalId);
    this.#intervalId = undefined;
    if (!this.#active) return;
    writeAll(LINE_CLEAR);
    writeAll(encoder.encode("\u001b[?25h")); // show cursor
    this.#active = false;
  }
}
