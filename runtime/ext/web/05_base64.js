// atob and btoa (https://html.spec.whatwg.org/#atob): forgiving-base64 decode and base64
// encode of a binary string, done in Rust.
import { op_base64_atob, op_base64_btoa } from "ext:core/ops";
import * as webidl from "ext:x_ext_web/00_webidl.js";
import { DOMException } from "ext:x_ext_web/01_dom_exception.js";

function atob(data) {
  const prefix = "Failed to execute 'atob' on 'Window'";
  webidl.requiredArguments(arguments.length, 1, prefix);
  data = webidl.converters.DOMString(data, prefix, "Argument 1");
  const decoded = op_base64_atob(data);
  if (decoded === null || decoded === undefined) {
    throw new DOMException("Failed to decode base64: invalid character", "InvalidCharacterError");
  }
  return decoded;
}

function btoa(data) {
  const prefix = "Failed to execute 'btoa' on 'Window'";
  webidl.requiredArguments(arguments.length, 1, prefix);
  data = webidl.converters.DOMString(data, prefix, "Argument 1");
  const encoded = op_base64_btoa(data);
  if (encoded === null || encoded === undefined) {
    throw new DOMException(
      "The string to be encoded contains characters outside of the Latin1 range.",
      "InvalidCharacterError",
    );
  }
  return encoded;
}

export { atob, btoa };
