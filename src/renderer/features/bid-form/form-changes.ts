/** True when a form holds anything the user would lose by closing it: a value differs from the one it opened with. */
export function hasUnsavedChanges<Values extends object>(opened: Values, current: Values): boolean {
  return (Object.keys(opened) as (keyof Values)[]).some((field) => JSON.stringify(opened[field]) !== JSON.stringify(current[field]));
}
