import { useId } from 'react';
import { RATINGS, type Rating } from '../../../shared/domain';

interface RatingFieldProps {
  legend: string;
  labels: Record<Rating, string>;
  value: number | null;
  onChange: (rating: Rating) => void;
  error?: string | undefined;
}

/** A rating from 1 to 5 as radio buttons, each with its words: arrow keys move between them. */
export function RatingField({ legend, labels, value, onChange, error }: RatingFieldProps) {
  const name = useId();
  const errorId = `${name}-error`;
  return (
    <fieldset className="rating-field" aria-describedby={error ? errorId : undefined}>
      <legend>{legend}</legend>
      <div className="rating-options">
        {RATINGS.map((rating, index) => (
          <label key={rating} className="rating-option">
            <input
              type="radio"
              name={name}
              value={rating}
              checked={value === rating}
              onChange={() => onChange(rating)}
              aria-invalid={error ? true : undefined}
              {...(index === 0 ? { 'data-autofocus': true } : {})}
            />
            <span className="rating-number">{rating}</span>
            <span className="rating-words">{labels[rating]}</span>
          </label>
        ))}
      </div>
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
