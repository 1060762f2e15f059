/** The `<option>`s of a select over one of the domain's fixed lists, labelled as the domain names them. */
export function EnumOptions<T extends string | number>({ values, labels }: { values: readonly T[]; labels: Record<T, string> }) {
  return (
    <>
      {values.map((value) => (
        <option key={value} value={value}>
          {labels[value]}
        </option>
      ))}
    </>
  );
}
