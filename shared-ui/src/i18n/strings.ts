/** shared-ui's own texts (namespace "common"): Vietnamese first, English second. */
export const commonStrings = {
  vi: {
    retry: 'Thử lại',
    back: 'Quay lại',
    home: 'Trang chủ',
    loading: 'Đang tải…',
    clear: 'Xoá',
    language: 'Ngôn ngữ',
    languages: { vi: 'Tiếng Việt', en: 'English' },
    error: {
      title: 'Đã xảy ra lỗi',
      description: 'Không tải được nội dung. Vui lòng kiểm tra kết nối và thử lại.',
    },
    empty: {
      title: 'Chưa có nội dung',
    },
  },
  en: {
    retry: 'Try again',
    back: 'Back',
    home: 'Home',
    loading: 'Loading…',
    clear: 'Clear',
    language: 'Language',
    languages: { vi: 'Tiếng Việt', en: 'English' },
    error: {
      title: 'Something went wrong',
      description: 'The content could not be loaded. Check your connection and try again.',
    },
    empty: {
      title: 'Nothing here yet',
    },
  },
} as const;
