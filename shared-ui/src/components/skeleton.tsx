import type { CSSProperties } from 'react';
import './skeleton.css';

export interface SkeletonProps {
  shape?: 'text' | 'block' | 'circle';
  width?: CSSProperties['width'];
  height?: CSSProperties['height'];
  className?: string;
}

/**
 * A grey placeholder with the shape of what is loading. Decorative (aria-hidden): put it inside
 * a container with `aria-busy="true"` and a visually hidden "Đang tải…" text.
 */
export function Skeleton({ shape = 'text', width, height, className }: SkeletonProps) {
  return (
    <span
      aria-hidden="true"
      className={['portal-skeleton', `portal-skeleton--${shape}`, className].filter(Boolean).join(' ')}
      style={{ width, height }}
    />
  );
}
