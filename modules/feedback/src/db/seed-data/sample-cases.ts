import type { Rating } from '../../contract/domain.js';
import type { Scene } from './sample-photos.js';
import type { SampleReporter } from './sample-people.js';

/*
 * SAMPLE reports for demos, tests and statistics: the four real cases the module was built around, then
 * varied reports across wards, categories and statuses (new, in progress, due soon, overdue, reopened,
 * answered, closed, rejected; public and private). Times are days before the seed runs, so "overdue"
 * stays true whenever the demo starts. People and texts are invented; phone numbers are not real.
 */

/** One thing that happened to the report, `after` days after it was sent (the unit's officer acts). */
export type SampleStep =
  | { do: 'accept'; after: number }
  | { do: 'assign'; after: number }
  | { do: 'note'; after: number; text: string }
  | { do: 'forward'; after: number; to: string; reason: string }
  | { do: 'extend'; after: number; days: number; reason: string }
  | { do: 'answer'; after: number; text: string; photos?: Scene[] }
  | { do: 'rate'; after: number; value: Rating; comment?: string }
  | { do: 'reject'; after: number; reason: string };

export interface SampleCase {
  key: string;
  categoryId: string;
  point: { lat: number; lng: number };
  reporter: SampleReporter;
  daysAgo: number;
  isPublic: boolean;
  description: string;
  photos: Scene[];
  followers?: SampleReporter[];
  steps: SampleStep[];
}

export const SAMPLE_CASES: readonly SampleCase[] = [
  // ---- the real cases ----
  {
    key: 'street-lighting-him-lam',
    categoryId: 'street-lighting',
    point: { lat: 21.4107, lng: 103.0191 },
    reporter: 'an',
    daysAgo: 24,
    isPublic: true,
    description:
      'Hệ thống đèn chiếu sáng trên tuyến đường nội bộ tổ dân phố 3, phường Him Lam bị hỏng gần một tháng nay, ' +
      'cả đoạn khoảng 300 m tối om. Buổi tối người dân đi lại rất khó khăn, đã có người đi xe máy bị ngã. ' +
      'Đề nghị cơ quan chức năng sớm kiểm tra, sửa chữa.',
    photos: ['dark-street', 'dark-street'],
    followers: ['binh', 'thang'],
    steps: [
      { do: 'accept', after: 0.8 },
      { do: 'assign', after: 1 },
      { do: 'note', after: 3, text: 'Đã kiểm tra hiện trường: hỏng bộ điều khiển tủ điện chiếu sáng và 6 bóng đèn LED. Đề nghị đơn vị duy trì chiếu sáng thay thế.' },
      {
        do: 'answer',
        after: 10,
        text:
          'Phòng Quản lý đô thị thành phố đã phối hợp với đơn vị duy trì hệ thống chiếu sáng công cộng thay thế bộ điều khiển ' +
          'tủ điện và 6 bóng đèn LED trên tuyến đường nội bộ tổ dân phố 3, phường Him Lam. Hệ thống đã hoạt động bình thường ' +
          'từ tối cùng ngày. Cảm ơn ông đã phản ánh.',
        photos: ['lit-street'],
      },
      { do: 'rate', after: 11, value: 'satisfied', comment: 'Đèn đã sáng lại, cảm ơn các anh chị.' },
    ],
  },
  {
    key: 'power-pole-muong-thanh',
    categoryId: 'power-grid',
    point: { lat: 21.38115, lng: 103.01622 },
    reporter: 'binh',
    daysAgo: 30,
    isPublic: true,
    description:
      'Đường qua tổ dân phố 10, phường Mường Thanh vừa được mở rộng nhưng cột điện vẫn nằm giữa lòng đường mới, ' +
      'buổi tối rất nguy hiểm cho xe máy và ô tô. Đề nghị Điện lực di chuyển cột điện vào sát vỉa hè.',
    photos: ['pole-in-road'],
    followers: ['an'],
    steps: [
      { do: 'accept', after: 1.5 },
      { do: 'assign', after: 2 },
      { do: 'note', after: 4, text: 'Đã khảo sát: cần dựng cột mới cách 4,5 m về phía vỉa hè, chuyển dây và cắt điện khoảng 4 giờ.' },
      { do: 'extend', after: 8, days: 5, reason: 'Cần thông báo lịch cắt điện cho khách hàng trước ít nhất 5 ngày theo quy định.' },
      {
        do: 'answer',
        after: 14,
        text:
          'Điện lực thành phố Điện Biên Phủ đã dựng cột mới sát mép vỉa hè, chuyển toàn bộ dây dẫn và tháo dỡ cột cũ ' +
          'giữa lòng đường tổ dân phố 10, phường Mường Thanh. Lòng đường đã thông thoáng.',
        photos: ['pole-moved'],
      },
      { do: 'rate', after: 15, value: 'satisfied', comment: 'Cột đã được dời, đi lại an toàn rồi.' },
    ],
  },
  {
    key: 'metal-bars-pavement',
    categoryId: 'urban-order',
    point: { lat: 21.40786, lng: 103.01066 },
    reporter: 'cuong',
    daysAgo: 12,
    isPublic: true,
    description:
      'Trên vỉa hè tổ dân phố 4, phường Tân Thanh có nhiều thanh sắt nhọn nhô lên sau khi tháo dỡ biển quảng cáo, ' +
      'trẻ em đi học rất dễ vấp ngã, bị thương. Đề nghị yêu cầu thu dọn ngay.',
    photos: ['metal-bars'],
    steps: [
      { do: 'accept', after: 0.3 },
      { do: 'note', after: 1, text: 'Đã xác định chủ biển quảng cáo là hộ kinh doanh số 12; đã lập biên bản yêu cầu khắc phục trong 2 ngày.' },
      {
        do: 'answer',
        after: 3,
        text:
          'UBND phường Tân Thanh đã yêu cầu hộ kinh doanh cắt bỏ toàn bộ các thanh sắt còn sót lại và hoàn trả mặt vỉa hè. ' +
          'Việc khắc phục đã hoàn thành, vỉa hè đi lại an toàn.',
        photos: ['pavement-clear'],
      },
      { do: 'rate', after: 4, value: 'satisfied' },
    ],
  },
  {
    key: 'de-castries-ticket-checkers',
    categoryId: 'tourism-service',
    point: { lat: 21.3836, lng: 103.0106 },
    reporter: 'tuan',
    daysAgo: 18,
    isPublic: true,
    description:
      'Tại điểm di tích Hầm chỉ huy của tướng De Castries, nhân viên soát vé có thái độ không đúng mực với khách, ' +
      'nói trống không, quát khách đoàn người cao tuổi. Mong Sở chấn chỉnh để giữ hình ảnh du lịch Điện Biên.',
    photos: ['ticket-booth'],
    followers: ['hien'],
    steps: [
      { do: 'accept', after: 1 },
      { do: 'note', after: 2, text: 'Đã đề nghị Ban Quản lý di tích báo cáo, trích xuất camera khu vực soát vé.' },
      {
        do: 'answer',
        after: 6,
        text:
          'Thông báo: Sở Văn hóa, Thể thao và Du lịch đã làm việc với Ban Quản lý di tích Điện Biên Phủ. Nhân viên soát vé ' +
          'có thái độ chưa đúng mực đã bị kiểm điểm và tạm điều chuyển công việc; toàn bộ nhân viên được tập huấn lại kỹ năng ' +
          'phục vụ khách. Sở xin lỗi du khách và cảm ơn ông đã phản ánh. Đường dây nóng du lịch luôn sẵn sàng tiếp nhận ý kiến.',
      },
    ],
  },
  // ---- street lighting (Urban Management Department) ----
  {
    key: 'street-lighting-nam-thanh-new',
    categoryId: 'street-lighting',
    point: { lat: 21.36798, lng: 103.02411 },
    reporter: 'an',
    daysAgo: 1.2,
    isPublic: true,
    description: 'Ba cột đèn liên tiếp trên đường tổ dân phố 6, phường Nam Thanh không sáng từ tuần trước, đoạn gần trường mầm non.',
    photos: ['dark-street'],
    steps: [],
  },
  {
    key: 'street-lighting-noong-bua-overdue',
    categoryId: 'street-lighting',
    point: { lat: 21.41118, lng: 103.04726 },
    reporter: 'hien',
    daysAgo: 21,
    isPublic: true,
    description: 'Đèn đường khu vực tổ dân phố 5, phường Noong Bua lúc sáng lúc tắt, nhấp nháy cả đêm gây chói mắt người đi đường.',
    photos: ['dark-street'],
    steps: [{ do: 'accept', after: 1 }, { do: 'assign', after: 1.2 }],
  },
  {
    key: 'street-lighting-thanh-binh-due-soon',
    categoryId: 'street-lighting',
    point: { lat: 21.37909, lng: 103.02446 },
    reporter: 'mai',
    daysAgo: 12.5,
    isPublic: true,
    description: 'Cột đèn trước ngõ 7, tổ dân phố 5, phường Thanh Bình bị nghiêng, chụp đèn sắp rơi xuống đường.',
    photos: ['dark-street'],
    steps: [{ do: 'accept', after: 0.5 }, { do: 'note', after: 2, text: 'Chờ xe thang của đơn vị duy trì.' }],
  },
  {
    key: 'street-lighting-him-lam-reopened',
    categoryId: 'street-lighting',
    point: { lat: 21.4028, lng: 103.03801 },
    reporter: 'binh',
    daysAgo: 22,
    isPublic: true,
    description: 'Đoạn đường tổ dân phố 7, phường Him Lam mất điện chiếu sáng, xin cho kiểm tra lại đường dây cấp điện cho đèn.',
    photos: ['dark-street'],
    steps: [
      { do: 'accept', after: 1 },
      { do: 'answer', after: 7, text: 'Đã thay cầu chì tủ điện chiếu sáng; hệ thống hoạt động trở lại.' },
      { do: 'rate', after: 9, value: 'not_satisfied', comment: 'Đèn chỉ sáng được hai hôm rồi lại tắt.' },
    ],
  },
  {
    key: 'street-lighting-thanh-truong-business',
    categoryId: 'street-lighting',
    point: { lat: 21.39467, lng: 102.99949 },
    reporter: 'dung',
    daysAgo: 40,
    isPublic: true,
    description: 'Khu vực trước cổng doanh nghiệp ở tổ dân phố 5, phường Thanh Trường không có đèn chiếu sáng, xe tải ra vào ban đêm nguy hiểm.',
    photos: ['dark-street'],
    steps: [
      { do: 'accept', after: 1 },
      { do: 'answer', after: 6, text: 'Đã lắp bổ sung 2 bộ đèn LED trên cột điện hiện có trước khu vực cổng.', photos: ['lit-street'] },
      { do: 'rate', after: 7, value: 'satisfied' },
    ],
  },
  // ---- power grid (City Electricity) ----
  {
    key: 'power-grid-noong-bua-new',
    categoryId: 'power-grid',
    point: { lat: 21.40219, lng: 103.0474 },
    reporter: 'son',
    daysAgo: 0.6,
    isPublic: true,
    description: 'Tủ điện hạ thế ở đầu ngõ tổ dân phố 7, phường Noong Bua bị bung cửa, dây điện lộ ra ngoài, trẻ con hay chơi gần đó.',
    photos: ['sagging-wire'],
    steps: [],
  },
  {
    key: 'power-grid-him-lam-wire',
    categoryId: 'power-grid',
    point: { lat: 21.39507, lng: 103.0297 },
    reporter: 'cuong',
    daysAgo: 6,
    isPublic: true,
    description: 'Dây điện giữa hai cột ở tổ dân phố 9, phường Him Lam võng thấp chỉ cách mặt đường khoảng 3 m, xe tải đi qua dễ vướng.',
    photos: ['sagging-wire'],
    followers: ['an'],
    steps: [{ do: 'accept', after: 0.5 }, { do: 'assign', after: 0.6 }],
  },
  {
    key: 'power-grid-thanh-truong-private',
    categoryId: 'power-grid',
    point: { lat: 21.38315, lng: 102.99949 },
    reporter: 'an',
    daysAgo: 9,
    isPublic: false,
    description: 'Công tơ điện của gia đình tôi ở tổ dân phố 9, phường Thanh Trường bị cháy vỏ, xin Điện lực kiểm tra thay thế. Điện thoại liên hệ 0912 000 001.',
    photos: ['sagging-wire'],
    steps: [
      { do: 'accept', after: 1 },
      { do: 'answer', after: 4, text: 'Điện lực đã thay công tơ mới và kiểm tra an toàn đường dây sau công tơ cho gia đình ông.' },
      { do: 'rate', after: 5, value: 'satisfied' },
    ],
  },
  // ---- roads and pavements (ward committees) ----
  {
    key: 'roads-him-lam-pothole-new',
    categoryId: 'roads-pavements',
    point: { lat: 21.41801, lng: 103.02668 },
    reporter: 'long',
    daysAgo: 2.5,
    isPublic: true,
    description: 'Ổ gà lớn, sâu khoảng 20 cm giữa đường tổ dân phố 2, phường Him Lam, trời mưa đọng nước không nhìn thấy.',
    photos: ['pothole'],
    steps: [],
  },
  {
    key: 'roads-him-lam-overdue',
    categoryId: 'roads-pavements',
    point: { lat: 21.4107, lng: 103.03438 },
    reporter: 'binh',
    daysAgo: 17,
    isPublic: true,
    description: 'Nắp hố ga trên vỉa hè tổ dân phố 5, phường Him Lam bị vỡ một nửa, người đi bộ dễ sa chân xuống.',
    photos: ['pothole'],
    steps: [{ do: 'accept', after: 1 }],
  },
  {
    key: 'roads-muong-thanh-forwarded',
    categoryId: 'roads-pavements',
    point: { lat: 21.38942, lng: 103.01622 },
    reporter: 'yen',
    daysAgo: 8,
    isPublic: true,
    description: 'Mặt đường Võ Nguyên Giáp đoạn qua tổ dân phố 3, phường Mường Thanh bị lún, nứt dài khoảng 15 m.',
    photos: ['pothole'],
    steps: [
      {
        do: 'forward',
        after: 1,
        to: 'phong-qldt-tp-dbp',
        reason: 'Tuyến đường do thành phố quản lý; chuyển Phòng Quản lý đô thị xử lý theo thẩm quyền.',
      },
    ],
  },
  {
    key: 'roads-noong-bua-late',
    categoryId: 'roads-pavements',
    point: { lat: 21.41777, lng: 103.04726 },
    reporter: 'thang',
    daysAgo: 45,
    isPublic: true,
    description: 'Vỉa hè trước chợ tổ dân phố 3, phường Noong Bua bị bong gạch nhiều chỗ, người đi chợ hay bị vấp.',
    photos: ['pothole'],
    steps: [
      { do: 'accept', after: 2 },
      { do: 'answer', after: 20, text: 'Phường đã lát lại 45 m² gạch vỉa hè trước chợ.' },
      { do: 'rate', after: 22, value: 'satisfied', comment: 'Hơi lâu nhưng đã làm tốt.' },
    ],
  },
  // ---- urban order ----
  {
    key: 'urban-order-him-lam-answered',
    categoryId: 'urban-order',
    point: { lat: 21.41785, lng: 103.01687 },
    reporter: 'mai',
    daysAgo: 10,
    isPublic: true,
    description: 'Nhiều hộ bày bán hàng lấn chiếm hết vỉa hè đoạn tổ dân phố 1, phường Him Lam, người đi bộ phải xuống lòng đường.',
    photos: ['pavement-clear'],
    steps: [
      { do: 'accept', after: 1 },
      { do: 'answer', after: 5, text: 'Tổ trật tự đô thị phường đã nhắc nhở, yêu cầu 7 hộ thu dọn hàng hóa, trả lại vỉa hè và sẽ kiểm tra định kỳ.' },
    ],
  },
  {
    key: 'urban-order-nam-thanh-private',
    categoryId: 'urban-order',
    point: { lat: 21.37305, lng: 103.0113 },
    reporter: 'hien',
    daysAgo: 5,
    isPublic: false,
    description: 'Quán karaoke ở tổ dân phố 2, phường Nam Thanh hát to quá 23 giờ đêm nhiều ngày liền. Tôi ở ngay cạnh, số điện thoại 0900 000 102, mong được giữ kín danh tính.',
    photos: ['dark-street'],
    steps: [{ do: 'accept', after: 1 }, { do: 'note', after: 2, text: 'Phối hợp Công an phường kiểm tra vào buổi tối.' }],
  },
  // ---- environment ----
  {
    key: 'environment-thanh-binh-closed',
    categoryId: 'environment',
    point: { lat: 21.37341, lng: 103.02689 },
    reporter: 'son',
    daysAgo: 14,
    isPublic: true,
    description: 'Rác thải sinh hoạt bị đổ thành đống ở bãi đất trống tổ dân phố 9, phường Thanh Bình, bốc mùi hôi.',
    photos: ['rubbish'],
    steps: [
      { do: 'accept', after: 1 },
      { do: 'answer', after: 4, text: 'Đã thu gom toàn bộ rác, đặt biển cấm đổ rác và giao tổ dân phố giám sát.', photos: ['pavement-clear'] },
      { do: 'rate', after: 5, value: 'satisfied' },
    ],
  },
  {
    key: 'environment-noong-bua-overdue',
    categoryId: 'environment',
    point: { lat: 21.40197, lng: 103.05508 },
    reporter: 'yen',
    daysAgo: 11,
    isPublic: true,
    description: 'Cống thoát nước thải ở tổ dân phố 8, phường Noong Bua bốc mùi hôi thối, nhiều ruồi muỗi.',
    photos: ['rubbish'],
    steps: [{ do: 'accept', after: 2 }],
  },
  // ---- water and drainage ----
  {
    key: 'water-muong-thanh-new',
    categoryId: 'water-drainage',
    point: { lat: 21.38607, lng: 103.01132 },
    reporter: 'long',
    daysAgo: 3,
    isPublic: true,
    description: 'Ống nước sạch bị vỡ ở đầu ngõ tổ dân phố 5, phường Mường Thanh, nước chảy ra đường từ sáng.',
    photos: ['flooded-street'],
    steps: [],
  },
  {
    key: 'water-thanh-truong-reopened',
    categoryId: 'water-drainage',
    point: { lat: 21.39467, lng: 102.98911 },
    reporter: 'thang',
    daysAgo: 28,
    isPublic: true,
    description: 'Mỗi khi mưa to, đường tổ dân phố 3, phường Thanh Trường ngập sâu 30–40 cm do cống thoát nước bị tắc.',
    photos: ['flooded-street'],
    followers: ['dung'],
    steps: [
      { do: 'accept', after: 1 },
      { do: 'extend', after: 9, days: 5, reason: 'Chờ bố trí kinh phí nạo vét cống.' },
      { do: 'answer', after: 15, text: 'Phường đã nạo vét 120 m cống thoát nước dọc tuyến đường.' },
      { do: 'rate', after: 17, value: 'not_satisfied', comment: 'Trận mưa hôm qua đường vẫn ngập như cũ.' },
    ],
  },
  // ---- tourism, other, districts without ward data ----
  {
    key: 'tourism-a1-parking',
    categoryId: 'tourism-service',
    point: { lat: 21.38754, lng: 103.02692 },
    reporter: 'hien',
    daysAgo: 7,
    isPublic: true,
    description: 'Bãi gửi xe gần Đồi A1 thu phí xe máy 20.000 đồng, cao hơn giá niêm yết 5.000 đồng, không có vé.',
    photos: ['ticket-booth'],
    steps: [{ do: 'accept', after: 1 }],
  },
  {
    key: 'other-tan-thanh-rejected',
    categoryId: 'other',
    point: { lat: 21.39805, lng: 103.02367 },
    reporter: 'mai',
    daysAgo: 11,
    isPublic: false,
    description: 'Gia đình hàng xóm xây tường lấn sang đất nhà tôi khoảng 30 cm ở tổ dân phố 9, phường Tân Thanh, đề nghị phường giải quyết.',
    photos: ['pavement-clear'],
    steps: [
      {
        do: 'reject',
        after: 2,
        reason:
          'Nội dung là tranh chấp đất đai giữa hai hộ gia đình, không thuộc phạm vi phản ánh hiện trường. Đề nghị bà gửi đơn ' +
          'đến tổ hòa giải ở cơ sở hoặc UBND phường theo thủ tục giải quyết tranh chấp đất đai.',
      },
    ],
  },
  {
    key: 'roads-tuan-giao-district',
    categoryId: 'roads-pavements',
    point: { lat: 21.59, lng: 103.42 },
    reporter: 'thang',
    daysAgo: 6,
    isPublic: true,
    description: 'Biển báo chỉ đường ở ngã ba thị trấn Tuần Giáo bị đổ sau trận gió lốc, nằm chắn một phần lòng đường.',
    photos: ['pole-in-road'],
    steps: [],
  },
  {
    key: 'environment-muong-ang-closed',
    categoryId: 'environment',
    point: { lat: 21.52, lng: 103.23 },
    reporter: 'son',
    daysAgo: 35,
    isPublic: true,
    description: 'Một số hộ đốt rác và rơm rạ ngay cạnh đường ở khu vực thị trấn Mường Ảng, khói mù mịt cả buổi chiều.',
    photos: ['rubbish'],
    steps: [
      { do: 'accept', after: 2 },
      { do: 'answer', after: 9, text: 'Văn phòng đã chuyển UBND huyện Mường Ảng chỉ đạo thị trấn tuyên truyền, xử lý các hộ đốt rác.' },
      { do: 'rate', after: 10, value: 'satisfied' },
    ],
  },
  {
    key: 'urban-order-thanh-binh-new',
    categoryId: 'urban-order',
    point: { lat: 21.38746, lng: 103.03472 },
    reporter: 'binh',
    daysAgo: 0.1,
    isPublic: true,
    description: 'Xe ô tô đỗ kín hai bên đường tổ dân phố 2, phường Thanh Bình giờ tan học, xe cứu thương không vào được.',
    photos: ['pole-moved'],
    steps: [],
  },
];
