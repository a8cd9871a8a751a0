import { assertEquals, assertRejects } from "../assert/mod.ts";
import {
  type ServerSentEventMessage,
  ServerSentEventStream,
} from "./server_sent_event_stream.ts";

async function serialize(messages: ServerSentEventMessage[]): Promise<string> {
  const stream = ReadableStream.from(messages)
    .pipeThrough(new ServerSentEventStream())
    .pipeThrough(new TextDecoderStream());
  return (await Array.fromAsync(stream)).join("");
}

Deno.test("ServerSentEventStream writes the event-stream format", async () => {
  assertEquals(
    await serialize([
      { data: "hello" },
      { comment: "keep-alive" },
      {
        comment: "c",
        event: "update",
        data: "line 1\nline 2\r\nline 3\rline 4",
        id: 42,
        retry: 1000,
      },
      { id: "abc", data: "x" },
      {},
    ]),
    "data:hello\n\n" +
      ":keep-alive\n\n" +
      ":c\nevent:update\ndata:line 1\ndata:line 2\ndata:line 3\ndata:line 4\nid:42\nretry:1000\n\n" +
      "data:x\nid:abc\n\n" +
      "\n\n",
  );
});

Deno.test("ServerSentEventStream rejects newlines in single-line fields", async () => {
  for (
    const message of [
      { comment: "a\nb" },
      { event: "a\rb" },
      { id: "a\r\nb" },
      { retry: -1 },
    ]
  ) {
    await assertRejects(() => serialize([message]));
  }
});
