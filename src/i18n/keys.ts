/** Data ids are kebab-case (`yuan-per-tonne`); locale keys are camelCase (`yuanPerTonne`). */
export function keyOf(id: string): string {
  return id.replace(/-([a-z0-9])/g, (_match, c: string) => c.toUpperCase());
}
