import { addTranslations } from '@portal/shared-ui';

/** The namespace of the shell's own texts. */
export const SHELL_NAMESPACE = 'shell';

const vi = {
  skipToContent: 'Bỏ qua đến nội dung chính',
  language: 'Ngôn ngữ',
  backHome: 'Về trang chủ',
  portal: {
    defaultName: 'Điện Biên Smart',
    defaultProvince: 'Tỉnh Điện Biên',
  },
  home: {
    tagline: 'Dịch vụ công và thông tin thiết yếu cho người dân và doanh nghiệp.',
    services: 'Dịch vụ',
    emptyTitle: 'Chưa có dịch vụ nào',
    emptyDescription: 'Các dịch vụ sẽ xuất hiện ở đây khi được bật.',
  },
  registry: {
    errorTitle: 'Không kết nối được máy chủ',
    errorDescription: 'Chưa tải được danh sách dịch vụ. Vui lòng kiểm tra kết nối mạng rồi thử lại.',
  },
  module: {
    loading: 'Đang tải dịch vụ…',
    errorTitle: 'Dịch vụ tạm thời không khả dụng',
    errorDescription: '“{{name}}” chưa mở được. Các dịch vụ khác vẫn dùng bình thường.',
  },
  notFound: {
    moduleTitle: 'Không tìm thấy dịch vụ',
    moduleDescription: 'Dịch vụ này không tồn tại hoặc đã ngừng cung cấp.',
    pageTitle: 'Không tìm thấy trang',
    pageDescription: 'Đường dẫn không đúng hoặc trang đã được chuyển đi nơi khác.',
  },
  offline: 'Bạn đang ngoại tuyến. Nội dung đã lưu vẫn xem được.',
  account: {
    signIn: 'Đăng nhập',
    open: 'Tài khoản của {{name}}',
  },
  signIn: {
    requiredTitle: 'Cần đăng nhập',
    redirecting: 'Đang chuyển đến trang đăng nhập…',
    failed: 'Chưa mở được trang đăng nhập. Vui lòng kiểm tra kết nối mạng rồi thử lại.',
  },
};

const en: typeof vi = {
  skipToContent: 'Skip to main content',
  language: 'Language',
  backHome: 'Back to home',
  portal: {
    defaultName: 'Dien Bien Smart',
    defaultProvince: 'Dien Bien Province',
  },
  home: {
    tagline: 'Public services and essential information for citizens and businesses.',
    services: 'Services',
    emptyTitle: 'No services yet',
    emptyDescription: 'Services will appear here once they are enabled.',
  },
  registry: {
    errorTitle: 'Cannot reach the server',
    errorDescription: 'The list of services could not be loaded. Check your network connection and try again.',
  },
  module: {
    loading: 'Loading the service…',
    errorTitle: 'This service is temporarily unavailable',
    errorDescription: '“{{name}}” could not be opened. The other services still work.',
  },
  notFound: {
    moduleTitle: 'Service not found',
    moduleDescription: 'This service does not exist or is no longer offered.',
    pageTitle: 'Page not found',
    pageDescription: 'The address is wrong or the page has moved.',
  },
  offline: 'You are offline. Saved content is still available.',
  account: {
    signIn: 'Sign in',
    open: 'Account of {{name}}',
  },
  signIn: {
    requiredTitle: 'Sign-in required',
    redirecting: 'Taking you to the sign-in page…',
    failed: 'The sign-in page could not be opened. Check your network connection and try again.',
  },
};

/** Registers the shell's texts (idempotent; initialises i18n on first use). */
export function registerShellStrings(): void {
  addTranslations(SHELL_NAMESPACE, { vi, en });
}
