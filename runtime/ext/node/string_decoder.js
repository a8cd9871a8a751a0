// node:string_decoder: decodes byte chunks without splitting characters.

import { TextDecoder } from "ext:x_ext_web/08_text_encoding.js";
import { Buffer } from "ext:x_ext_node/buffer.js";

export class StringDecoder {
  constructor(encoding = "utf8") {
    this.encoding = encoding;
    const e = String(encoding).toLowerCase();
    this._utf8 = e === "utf8" || e === "utf-8";
    if (this._utf8) this._decoder = new TextDecoder();
  }
  write(buf) {
    if (typeof buf === "string") return buf;
    return this._utf8 ? this._decoder.decode(buf, { stream: true }) : Buffer.from(buf).toString(this.encoding);
  }
  end(buf) {
    const head = buf ? this.write(buf) : "";
    return this._utf8 ? head + this._decoder.decode() : head;
  }
}
export default { StringDecoder };
