/** A name reduced to file-name-safe characters: lower-case letters and digits joined by `-`. */
export function safeFileName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A download's file name: its safe name, the page's language and the extension (`cement-output-h1-zh.svg`). */
export function exportFileName(name: string, lang: string, extension: string): string {
  return `${safeFileName(name)}-${lang}.${extension}`;
}
