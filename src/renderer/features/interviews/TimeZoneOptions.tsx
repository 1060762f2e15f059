import { memo } from 'react';

/** Every zone this system knows, read once: some 400 names, offered as the user types one. */
const ZONES: readonly string[] = Intl.supportedValuesOf('timeZone');

export const TimeZoneOptions = memo(function TimeZoneOptions({ id }: { id: string }) {
  return (
    <datalist id={id}>
      {ZONES.map((zone) => (
        <option key={zone} value={zone} />
      ))}
    </datalist>
  );
});
