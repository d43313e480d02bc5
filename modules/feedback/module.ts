import { fileURLToPath } from 'node:url';
import { defineModule } from '@portal/module-kit';
import packageJson from './package.json' with { type: 'json' };
import { createFeedbackApi } from './src/api/index.js';
import { FEEDBACK_EVENTS } from './src/api/events.js';
import { seedFeedback } from './src/db/seed.js';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Feedback reports (phản ánh hiện trường): report a problem on the spot, follow it to an answer, rate it. */
export const feedbackModule = defineModule({
  id: 'feedback',
  version: packageJson.version,
  names: { vi: 'Phản ánh hiện trường', en: 'Report a problem' },
  descriptions: {
    vi: 'Gửi phản ánh kèm ảnh và vị trí, theo dõi xử lý, đánh giá kết quả; xem phản ánh công khai và thống kê',
    en: 'Report a problem with photos and location, follow it, rate the answer; see public reports and statistics',
  },
  icon: 'chat',
  audience: 'public',
  order: 1,
  api: createFeedbackApi,
  events: { publishes: FEEDBACK_EVENTS },
  db: { schema: 'feedback', migrationsFolder: here('./src/db/migrations'), seed: seedFeedback },
  ui: { distFolder: here('./dist') },
});

export default feedbackModule;
