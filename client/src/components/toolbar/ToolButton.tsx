/** A toolbar button: an icon with the label as its name and tooltip, pressed when it toggles something on. */
import type { ReactNode } from 'react';
import { Icon, type IconName } from '../Icon';

export function ToolButton({
  icon,
  label,
  onClick,
  disabled = false,
  pressed,
  testId,
  children,
}: {
  readonly icon: IconName;
  readonly label: string;
  readonly onClick: () => void;
  readonly disabled?: boolean;
  readonly pressed?: boolean;
  readonly testId?: string;
  readonly children?: ReactNode;
}) {
  return (
    <button
      type="button"
      className={`tool${children ? ' with-text' : ''}`}
      aria-label={label}
      title={label}
      aria-pressed={pressed}
      disabled={disabled}
      onClick={onClick}
      data-testid={testId}
    >
      <Icon name={icon} />
      {children}
    </button>
  );
}
