import type { DateOrder } from '../../../shared/domain';
import type { CsvPreview } from '../../../shared/schemas';
import { formatCalendarDate } from '../../app/dates';

const ORDERS: { order: DateOrder; label: string; pick: 'dayFirst' | 'monthFirst' }[] = [
  { order: 'day-first', label: 'Day first (as in Britain and most of Europe)', pick: 'dayFirst' },
  { order: 'month-first', label: 'Month first (as in the United States)', pick: 'monthFirst' },
];

/** Dates such as 03/04/2024 read two ways: the user says which, seeing the file's own dates read both ways. */
export function CsvDateOrder({ dates, onChange }: { dates: CsvPreview['dates']; onChange: (order: DateOrder) => void }) {
  if (!dates.ambiguous) return null;
  const read = (iso: string | null) => (iso ? formatCalendarDate(iso) : 'not a date');
  return (
    <fieldset className="csv-choice">
      <legend>How are the file’s dates written?</legend>
      {ORDERS.map(({ order, label, pick }) => (
        <label key={order} className="radio">
          <input type="radio" name="csv-date-order" checked={dates.order === order} onChange={() => onChange(order)} />
          {label}: {dates.examples.map((example) => `${example.text} is ${read(example[pick])}`).join('; ')}
        </label>
      ))}
    </fieldset>
  );
}
