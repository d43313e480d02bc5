import { addTranslations } from '@portal/shared-ui';

/** The i18next namespace of this module's texts. */
export const NAMESPACE = 'hotlines';

const vi = {
  title: 'Đường dây nóng',
  subtitle: 'Số khẩn cấp và đường dây nóng trong tỉnh',
  emergency: {
    heading: 'Số khẩn cấp',
    hint: 'Chạm để gọi ngay. Gọi miễn phí, kể cả khi điện thoại hết tiền.',
    call: 'Gọi',
  },
  facilities: {
    heading: 'Đường dây nóng và cơ sở trong tỉnh',
    searchLabel: 'Tìm theo tên, đơn vị hoặc địa chỉ',
    searchPlaceholder: 'Ví dụ: bệnh viện, công an',
    count: '{{count}} kết quả',
    loading: 'Đang tải danh sách…',
    more: 'Xem thêm',
    moreFailed: 'Không tải thêm được. Vui lòng thử lại.',
    errorTitle: 'Không tải được danh sách',
    emptyTitle: 'Không tìm thấy kết quả phù hợp',
    emptyHint: 'Thử từ khóa khác, ví dụ “bệnh viện” hoặc “công an”.',
  },
  location: {
    use: 'Dùng vị trí của tôi',
    locating: 'Đang xác định vị trí…',
    sorted: 'Đã sắp xếp theo khoảng cách từ vị trí của bạn.',
    denied: 'Không lấy được vị trí. Hãy cho phép trang web truy cập vị trí rồi thử lại.',
    unavailable: 'Thiết bị này không xác định được vị trí.',
  },
  item: {
    call: 'Gọi {{number}}',
    map: 'Bản đồ',
    open24h: 'Trực 24/7',
    distance: 'cách {{distance}}',
  },
  detail: {
    back: 'Quay lại danh sách',
    number: 'Số điện thoại',
    hours: 'Thời gian',
    address: 'Địa chỉ',
    unit: 'Đơn vị',
    coordinates: 'Tọa độ',
    openMap: 'Xem trên bản đồ',
    notFoundTitle: 'Không tìm thấy đường dây này',
    notFoundHint: 'Có thể số này đã được gỡ hoặc đường dẫn không đúng.',
    errorTitle: 'Không tải được thông tin',
  },
  kinds: {
    police: 'Công an',
    fire: 'Phòng cháy, chữa cháy',
    hospital: 'Bệnh viện',
    health_center: 'Trung tâm y tế',
    rescue: 'Cứu nạn',
    child_protection: 'Bảo vệ trẻ em',
    government: 'Cơ quan nhà nước',
    utility: 'Điện, nước',
    other: 'Khác',
  },
  version: 'Phiên bản {{version}}',
};

const en: typeof vi = {
  title: 'Hotlines',
  subtitle: 'Emergency numbers and hotlines of the province',
  emergency: {
    heading: 'Emergency numbers',
    hint: 'Tap to call now. Free of charge, even without phone credit.',
    call: 'Call',
  },
  facilities: {
    heading: 'Hotlines and facilities in the province',
    searchLabel: 'Search by name, unit or address',
    searchPlaceholder: 'For example: hospital, police',
    count: '{{count}} results',
    loading: 'Loading the list…',
    more: 'Show more',
    moreFailed: 'Could not load more. Please try again.',
    errorTitle: 'The list could not be loaded',
    emptyTitle: 'Nothing matches your search',
    emptyHint: 'Try other words, for example “hospital” or “police”.',
  },
  location: {
    use: 'Use my location',
    locating: 'Finding your location…',
    sorted: 'Sorted by distance from your location.',
    denied: 'Your location is not available. Allow this site to use your location, then try again.',
    unavailable: 'This device cannot tell its location.',
  },
  item: {
    call: 'Call {{number}}',
    map: 'Map',
    open24h: 'Open 24/7',
    distance: '{{distance}} away',
  },
  detail: {
    back: 'Back to the list',
    number: 'Phone number',
    hours: 'Hours',
    address: 'Address',
    unit: 'Unit',
    coordinates: 'Coordinates',
    openMap: 'Show on a map',
    notFoundTitle: 'This line was not found',
    notFoundHint: 'It may have been removed, or the link is wrong.',
    errorTitle: 'The details could not be loaded',
  },
  kinds: {
    police: 'Police',
    fire: 'Fire and rescue',
    hospital: 'Hospital',
    health_center: 'Health centre',
    rescue: 'Rescue',
    child_protection: 'Child protection',
    government: 'Government',
    utility: 'Power and water',
    other: 'Other',
  },
  version: 'Version {{version}}',
};

addTranslations(NAMESPACE, { vi, en });
