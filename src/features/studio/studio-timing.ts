/**
 * Runs `work` and records how long it took as a performance entry named `name`, which
 * npm run bench:studio reads in the page. The result is the work's, untouched.
 */
export function timed<T>(name: string, work: () => T): T {
  const start = performance.now();
  const result = work();
  performance.measure(name, { start, end: performance.now() });
  return result;
}
