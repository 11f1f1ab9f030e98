/** A grid of checkboxes choosing some of `options`; the chosen keep the order they were ticked in. */
export function CheckboxGrid<T extends string>(props: {
  options: readonly T[];
  chosen: readonly T[];
  label(option: T): string;
  onChange(chosen: T[]): void;
}) {
  const { options, chosen } = props;
  return (
    <div className="checkbox-grid">
      {options.map((option) => (
        <label key={option}>
          <input
            type="checkbox"
            checked={chosen.includes(option)}
            onChange={(e) =>
              props.onChange(
                e.target.checked
                  ? [...chosen.filter((c) => c !== option), option]
                  : chosen.filter((c) => c !== option),
              )
            }
          />
          {props.label(option)}
        </label>
      ))}
    </div>
  );
}
