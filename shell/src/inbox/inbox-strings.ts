import { addTranslations } from '@portal/shared-ui';

/** Texts of the bell and the inbox page (namespace "inbox"), loaded with them. */
export const INBOX_NAMESPACE = 'inbox';

const vi = {
  title: 'Thông báo',
  // Vietnamese has one plural form; "_zero" is i18next's special case for a count of 0.
  unreadCount_zero: 'Thông báo, không có thông báo chưa đọc',
  unreadCount_other: '{{count}} thông báo chưa đọc',
  unread: 'Chưa đọc',
  markAllRead: 'Đánh dấu tất cả đã đọc',
  allRead: 'Đã đánh dấu tất cả thông báo là đã đọc.',
  markReadFailed: 'Chưa đánh dấu được là đã đọc. Vui lòng kiểm tra kết nối mạng rồi thử lại.',
  loadMore: 'Xem thêm',
  loadingMore: 'Đang tải thêm…',
  loadMoreFailed: 'Chưa tải thêm được thông báo. Vui lòng thử lại.',
  emptyTitle: 'Chưa có thông báo nào',
  emptyDescription: 'Khi phản ánh hay hồ sơ của bạn có cập nhật, thông báo sẽ hiện ở đây.',
  errorTitle: 'Chưa tải được thông báo',
  errorDescription: 'Vui lòng kiểm tra kết nối mạng rồi thử lại.',
};

const en: typeof vi & { unreadCount_one: string } = {
  title: 'Notifications',
  unreadCount_zero: 'Notifications, none unread',
  unreadCount_one: '{{count}} unread notification',
  unreadCount_other: '{{count}} unread notifications',
  unread: 'Unread',
  markAllRead: 'Mark all as read',
  allRead: 'All notifications are marked as read.',
  markReadFailed: 'Could not mark as read. Check your network connection and try again.',
  loadMore: 'Show more',
  loadingMore: 'Loading more…',
  loadMoreFailed: 'More notifications could not be loaded. Please try again.',
  emptyTitle: 'No notifications yet',
  emptyDescription: 'Updates on your reports and applications will appear here.',
  errorTitle: 'Notifications could not be loaded',
  errorDescription: 'Check your network connection and try again.',
};

export function registerInboxStrings(): void {
  addTranslations(INBOX_NAMESPACE, { vi, en });
}
