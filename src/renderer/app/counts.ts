/** A count as the reader's locale groups it: "10,000". */
export function counted(count: number): string {
  return count.toLocaleString();
}

/** A count and its noun, "1 row" or "10,000 rows". */
export function countOf(count: number, one: string, many = `${one}s`): string {
  return `${counted(count)} ${count === 1 ? one : many}`;
}
