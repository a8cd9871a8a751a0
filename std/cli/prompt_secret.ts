/**
 * Prompts the user for a secret without echoing it.
 *
 * @module
 */

/** Options for {@linkcode promptSecret}. */
export interface PromptSecretOptions {
  /**
   * A character printed instead of each typed character; `""` prints
   * nothing.
   *
   * @default {"*"}
   */
  mask?: string;
  /**
   * Whether to clear the prompt line once the secret was entered.
   *
   * @default {false}
   */
  clear?: boolean;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

const LF = 10;
const CR = 13;
const ETX = 3; // Ctrl+C
const EOT = 4; // Ctrl+D
const BS = 8;
const DEL = 127;
const ESC = 27;

function write(text: string): void {
  const bytes = encoder.encode(text);
  let written = 0;
  while (written < bytes.length) {
    written += Deno.stdout.writeSync(bytes.subarray(written));
  }
}

/**
 * Shows the given message and waits for the user's input, which is not
 * echoed (each character shows as `mask`). Returns the input, or `null` when
 * standard input is not a terminal or the input ends (Ctrl+D) while empty.
 * Ctrl+C exits the process with code 130.
 *
 * @example
 * ```ts ignore
 * import { promptSecret } from "@std/cli/prompt-secret";
 * const password = promptSecret("Please provide the password:");
 * ```
 *
 * @param message The prompt message to show.
 * @param options The options for the prompt.
 * @returns The string that was entered, or `null`.
 */
export function promptSecret(
  message = "Secret",
  options?: PromptSecretOptions,
): string | null {
  const { mask = "*", clear = false } = options ?? {};
  if (!Deno.stdin.isTerminal()) return null;

  write(`${message} `);
  Deno.stdin.setRaw(true);
  const chars: string[] = [];
  let result: string | null = null;
  let interrupted = false;
  try {
    const buf = new Uint8Array(64);
    let pending = new Uint8Array(0);
    outer: while (true) {
      const n = Deno.stdin.readSync(buf);
      if (n === null) {
        result = chars.length > 0 ? chars.join("") : null;
        break;
      }
      const chunk = new Uint8Array(pending.length + n);
      chunk.set(pending);
      chunk.set(buf.subarray(0, n), pending.length);
      pending = new Uint8Array(0);
      for (let i = 0; i < chunk.length; i++) {
        const byte = chunk[i]!;
        if (byte === CR || byte === LF) {
          result = chars.join("");
          break outer;
        }
        if (byte === ETX) {
          interrupted = true;
          break outer;
        }
        if (byte === EOT) {
          if (chars.length === 0) {
            result = null;
            break outer;
          }
          continue;
        }
        if (byte === DEL || byte === BS) {
          if (chars.length > 0) {
            chars.pop();
            if (mask) write("\b \b");
          }
          continue;
        }
        if (byte === ESC) break; // ignore escape sequences (arrow keys, ...)
        if (byte < 32) continue;
        // Collect one UTF-8 encoded character.
        const length = byte >= 0xf0
          ? 4
          : byte >= 0xe0
          ? 3
          : byte >= 0xc0
          ? 2
          : 1;
        if (i + length > chunk.length) {
          pending = chunk.slice(i);
          break;
        }
        chars.push(decoder.decode(chunk.subarray(i, i + length)));
        i += length - 1;
        if (mask) write(mask);
      }
    }
  } finally {
    Deno.stdin.setRaw(false);
  }
  if (clear) write("\r\x1b[K");
  else write("\n");
  if (interrupted) Deno.exit(130);
  return result;
}
