/**
 * How every tool here starts Debian's Chromium (browser tests, bench, Lighthouse): as root, on a
 * machine with no network but loopback. Without the background-networking flags Chromium hangs
 * on a closed network.
 */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
] as const;
