/** All namespaces of this language, bundled into one chunk (see ../../bundles.ts). */
export const FILES = import.meta.glob<Record<string, unknown>>('./*.json', {
  eager: true,
  import: 'default',
});
