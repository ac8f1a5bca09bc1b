/**
 * Stands in for `use-sync-external-store/shim`, which react-i18next imports: React 18 and later
 * have `useSyncExternalStore` built in, and the shim's fallback for older React is dead weight in
 * the page's first script.
 */
export { useSyncExternalStore } from 'react';
