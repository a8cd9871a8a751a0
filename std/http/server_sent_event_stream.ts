/**
 * Server-sent events: {@linkcode ServerSentEventStream} turns messages into
 * the `text/event-stream` format.
 *
 * @module
 */

/** One server-sent event. */
export interface ServerSentEventMessage {
  /** A comment line, ignored by clients (often used as a keep-alive). */
  comment?: string;
  /** The event type. */
  event?: string;
  /** The data; each line becomes a `data:` line. */
  data?: string;
  /** The event id. */
  id?: string | number;
  /** How many milliseconds clients should wait before reconnecting. */
  retry?: number;
}

const NEWLINE_REGEXP = /\r\n|\r|\n/;
const encoder = new TextEncoder();

function assertNoNewline(value: string, name: string): void {
  if (NEWLINE_REGEXP.test(value)) {
    throw new SyntaxError(
      `Cannot serialize message: ${name} cannot contain a newline`,
    );
  }
}

function stringify(message: ServerSentEventMessage): Uint8Array {
  const lines: string[] = [];
  if (message.comment) {
    assertNoNewline(message.comment, "`message.comment`");
    lines.push(`:${message.comment}`);
  }
  if (message.event) {
    assertNoNewline(message.event, "`message.event`");
    lines.push(`event:${message.event}`);
  }
  if (message.data) {
    for (const line of message.data.split(NEWLINE_REGEXP)) {
      lines.push(`data:${line}`);
    }
  }
  if (message.id !== undefined && message.id !== "") {
    assertNoNewline(String(message.id), "`message.id`");
    lines.push(`id:${message.id}`);
  }
  if (message.retry !== undefined) {
    if (!Number.isInteger(message.retry) || message.retry < 0) {
      throw new RangeError(
        `Cannot serialize message: \`message.retry\` must be a non-negative integer, received ${message.retry}`,
      );
    }
    lines.push(`retry:${message.retry}`);
  }
  return encoder.encode(lines.join("\n") + "\n\n");
}

/**
 * A {@linkcode TransformStream} that writes {@linkcode ServerSentEventMessage}s
 * as `text/event-stream` bytes, for a response body.
 *
 * @example Usage
 * ```ts ignore
 * import { ServerSentEventStream } from "@std/http/server-sent-event-stream";
 *
 * Deno.serve(() => {
 *   const stream = ReadableStream.from([
 *     { data: "hello there" },
 *     { event: "update", data: "line 1\nline 2", id: 1 },
 *   ]).pipeThrough(new ServerSentEventStream());
 *   return new Response(stream, {
 *     headers: { "content-type": "text/event-stream", "cache-control": "no-cache" },
 *   });
 * });
 * ```
 */
export class ServerSentEventStream
  extends TransformStream<ServerSentEventMessage, Uint8Array> {
  /** Makes the stream. */
  constructor() {
    super({
      transform: (message, controller) => {
        controller.enqueue(stringify(message));
      },
    });
  }
}
