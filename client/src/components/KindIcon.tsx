/** A kind's shape in its colour, as on the canvas; decorative unless given a label. */
import { kindStyle } from '../graph/kinds';
import { shapePath } from '../graph/shapes';

export function KindIcon({
  kind,
  size = 14,
  label,
}: {
  readonly kind: string;
  readonly size?: number;
  readonly label?: string;
}) {
  const style = kindStyle(kind);
  const half = size / 2;
  return (
    <svg
      className="kind-icon"
      width={size}
      height={size}
      viewBox={`0 0 ${size} ${size}`}
      role={label ? 'img' : undefined}
      aria-label={label}
      aria-hidden={label ? undefined : true}
      focusable="false"
    >
      <path
        d={shapePath(style.shape, half - 1)}
        transform="translate(1 1)"
        fill={style.color}
        stroke="#2b3440"
        strokeWidth={1}
      />
    </svg>
  );
}
