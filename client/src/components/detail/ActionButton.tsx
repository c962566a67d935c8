/** A button of the detail panel's action row: an icon and a label, pressed when it toggles something on. */
import { Icon, type IconName } from '../Icon';

export function ActionButton({
  icon,
  label,
  onClick,
  pressed,
  primary = false,
  testId,
}: {
  readonly icon: IconName;
  readonly label: string;
  readonly onClick: () => void;
  readonly pressed?: boolean;
  readonly primary?: boolean;
  readonly testId?: string;
}) {
  return (
    <button
      type="button"
      className={primary ? 'btn primary' : 'btn'}
      aria-pressed={pressed}
      onClick={onClick}
      data-testid={testId}
    >
      <Icon name={icon} />
      {label}
    </button>
  );
}
