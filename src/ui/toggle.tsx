/** An accessible on/off switch. A locked one stays focusable, so screen-reader users still hear it. */
export function Toggle(props: { checked: boolean; locked?: boolean; labelledBy: string; onChange?: (checked: boolean) => void }) {
  const { checked, locked = false, labelledBy, onChange } = props;
  return (
    <button
      type="button"
      role="switch"
      class="switch"
      aria-checked={checked}
      aria-disabled={locked || undefined}
      aria-labelledby={labelledBy}
      onClick={() => {
        if (!locked) onChange?.(!checked);
      }}
    >
      <span class="knob" aria-hidden="true" />
    </button>
  );
}
