declare module 'virtual:strings' {
  /** In the browser build: each language's strings as a hashed JSON asset's URL; else null. */
  export const STRINGS_URLS: { zh: string; en: string } | null;
}
