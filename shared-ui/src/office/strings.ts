/**
 * The officer kit's own texts (namespace "portal-office"): words every officer screen says the same
 * way. What names a module's things (reports, dossiers, units) stays in the module and comes in props.
 */
export const OFFICE_KIT_NAMESPACE = 'portal-office';

export const officeKitStrings = {
  vi: {
    signIn: 'Đăng nhập',
    more: 'Xem thêm',
    moreFailed: 'Không tải thêm được. Vui lòng thử lại.',
    total: 'Tổng cộng',
    due: {
      daysLeft_other: 'còn {{count}} ngày',
      today: 'hạn hôm nay',
      overdue_other: 'quá hạn {{count}} ngày',
      paused: 'tạm dừng tính hạn',
    },
    audit: {
      title: 'Nhật ký thao tác',
      hint: 'Ai đã làm gì, khi nào; giá trị trước và sau.',
      loading: 'Đang tải nhật ký…',
      errorTitle: 'Không tải được nhật ký',
      empty: 'Chưa có thao tác nào.',
      before: 'Trước',
      after: 'Sau',
    },
  },
  en: {
    signIn: 'Sign in',
    more: 'Show more',
    moreFailed: 'Could not load more. Please try again.',
    total: 'Total',
    due: {
      daysLeft_one: '{{count}} day left',
      daysLeft_other: '{{count}} days left',
      today: 'due today',
      overdue_one: '{{count}} day overdue',
      overdue_other: '{{count}} days overdue',
      paused: 'clock paused',
    },
    audit: {
      title: 'Audit trail',
      hint: 'Who did what, when; values before and after.',
      loading: 'Loading the audit trail…',
      errorTitle: 'The audit trail could not be loaded',
      empty: 'No actions yet.',
      before: 'Before',
      after: 'After',
    },
  },
} as const;
