import { useId, useRef, type KeyboardEvent } from 'react';

export interface InboxTabsProps<Bucket extends string> {
  /** What the buckets are, said to screen readers, e.g. "Nhóm phản ánh". */
  label: string;
  /** The buckets in order, each with its shown name. */
  buckets: readonly { name: Bucket; label: string }[];
  /** How many items each bucket holds, when known; a bucket without a count shows none. */
  counts?: Partial<Record<Bucket, number>> | null;
  /** The spoken name of a bucket with a count, in the module's words: "Mới, 3 hồ sơ". */
  describeCount: (label: string, count: number) => string;
  selected: Bucket;
  onSelect: (bucket: Bucket) => void;
}

const KEY_STEPS: Record<string, (index: number, last: number) => number> = {
  ArrowRight: (index, last) => (index === last ? 0 : index + 1),
  ArrowLeft: (index, last) => (index === 0 ? last : index - 1),
  Home: () => 0,
  End: (_index, last) => last,
};

/**
 * The inbox's buckets as a strip of toggle buttons with counts (a toolbar: one Tab stop, arrow keys,
 * Home and End move between them). On a 360 px phone the strip scrolls sideways; focus keeps the
 * button in view.
 */
export function InboxTabs<Bucket extends string>({ label, buckets, counts, describeCount, selected, onSelect }: InboxTabsProps<Bucket>) {
  const labelId = useId();
  // The one Tab stop: the pressed bucket, else the first (when the pressed one is not offered).
  const focusable = buckets.some((bucket) => bucket.name === selected) ? selected : buckets[0]?.name;
  const strip = useRef<HTMLDivElement>(null);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = KEY_STEPS[event.key];
    const buttons = [...(strip.current?.querySelectorAll('button') ?? [])];
    const index = buttons.indexOf(event.target as HTMLButtonElement);
    if (!step || index < 0) return;
    event.preventDefault();
    buttons[step(index, buttons.length - 1)]?.focus();
  };
  return (
    <div ref={strip} role="toolbar" aria-labelledby={labelId} className="portal-inbox-tabs" onKeyDown={onKeyDown}>
      <span id={labelId} className="portal-visually-hidden">
        {label}
      </span>
      {buckets.map((bucket) => {
        const count = counts?.[bucket.name] ?? null;
        return (
          <button
            key={bucket.name}
            type="button"
            className="portal-inbox-tabs__tab"
            aria-pressed={bucket.name === selected}
            aria-label={count === null ? bucket.label : describeCount(bucket.label, count)}
            tabIndex={bucket.name === focusable ? 0 : -1}
            onClick={() => onSelect(bucket.name)}
          >
            <span>{bucket.label}</span>
            {count !== null && <span className="portal-inbox-tabs__count">{count}</span>}
          </button>
        );
      })}
    </div>
  );
}
