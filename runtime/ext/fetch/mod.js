// The fetch extension's public surface, for the bootstrap (99_main.js) and the HTTP server.
export { Blob, File } from "ext:x_ext_fetch/10_blob.js";
export { Headers } from "ext:x_ext_fetch/20_headers.js";
export { FormData } from "ext:x_ext_fetch/21_formdata.js";
export { Request } from "ext:x_ext_fetch/23_request.js";
export { Response } from "ext:x_ext_fetch/23_response.js";
export { fetch } from "ext:x_ext_fetch/26_fetch.js";
