import { Skeleton } from '@portal/shared-ui';

/** A page's placeholder while its data arrives, announced as busy. */
export function PageLoading({ label }: { label: string }) {
  return (
    <div aria-busy="true" className="procedures-loading">
      <span className="portal-visually-hidden">{label}</span>
      <Skeleton shape="block" height={48} />
      <Skeleton shape="block" height={200} />
    </div>
  );
}
