/**
 * Internal: the `Content-Type` of a file, by its extension.
 *
 * @module
 */

const TYPES: Record<string, string> = {
  // text
  html: "text/html; charset=UTF-8",
  htm: "text/html; charset=UTF-8",
  css: "text/css; charset=UTF-8",
  csv: "text/csv; charset=UTF-8",
  txt: "text/plain; charset=UTF-8",
  text: "text/plain; charset=UTF-8",
  log: "text/plain; charset=UTF-8",
  md: "text/markdown; charset=UTF-8",
  markdown: "text/markdown; charset=UTF-8",
  xml: "application/xml",
  ics: "text/calendar; charset=UTF-8",
  vtt: "text/vtt; charset=UTF-8",
  // code and data
  js: "text/javascript; charset=UTF-8",
  mjs: "text/javascript; charset=UTF-8",
  cjs: "application/node",
  jsx: "text/jsx; charset=UTF-8",
  ts: "video/mp2t",
  mts: "video/mp2t",
  cts: "video/mp2t",
  tsx: "text/tsx; charset=UTF-8",
  json: "application/json; charset=UTF-8",
  jsonc: "application/jsonc; charset=UTF-8",
  json5: "application/json5; charset=UTF-8",
  map: "application/json; charset=UTF-8",
  webmanifest: "application/manifest+json; charset=UTF-8",
  jsonld: "application/ld+json; charset=UTF-8",
  yaml: "text/yaml; charset=UTF-8",
  yml: "text/yaml; charset=UTF-8",
  toml: "application/toml; charset=UTF-8",
  wasm: "application/wasm",
  sh: "application/x-sh",
  // images
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  gif: "image/gif",
  webp: "image/webp",
  avif: "image/avif",
  svg: "image/svg+xml",
  ico: "image/vnd.microsoft.icon",
  bmp: "image/bmp",
  tif: "image/tiff",
  tiff: "image/tiff",
  // fonts
  woff: "font/woff",
  woff2: "font/woff2",
  ttf: "font/ttf",
  otf: "font/otf",
  // audio and video
  mp3: "audio/mpeg",
  wav: "audio/wav",
  ogg: "audio/ogg",
  oga: "audio/ogg",
  flac: "audio/x-flac",
  m4a: "audio/mp4",
  aac: "audio/aac",
  mp4: "video/mp4",
  m4v: "video/mp4",
  webm: "video/webm",
  ogv: "video/ogg",
  mov: "video/quicktime",
  // documents and archives
  pdf: "application/pdf",
  zip: "application/zip",
  gz: "application/gzip",
  tgz: "application/gzip",
  tar: "application/x-tar",
  "7z": "application/x-7z-compressed",
  rar: "application/vnd.rar",
  bz2: "application/x-bzip2",
  xz: "application/x-xz",
  doc: "application/msword",
  docx:
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xls: "application/vnd.ms-excel",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ppt: "application/vnd.ms-powerpoint",
  pptx:
    "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  epub: "application/epub+zip",
  rtf: "application/rtf",
};

/**
 * Returns the content type for a file extension (with or without the dot),
 * or `undefined` if it is not known.
 */
export function contentType(extension: string): string | undefined {
  const key = extension.replace(/^\./, "").toLowerCase();
  return Object.prototype.hasOwnProperty.call(TYPES, key)
    ? TYPES[key]
    : undefined;
}
