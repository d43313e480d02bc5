import type { IconName } from '@portal/shared-ui';
import type { HotlineKind } from '../../contract/hotline.js';

export const KIND_ICONS: Record<HotlineKind, IconName> = {
  police: 'police',
  fire: 'fire',
  hospital: 'ambulance',
  health_center: 'building',
  rescue: 'alert',
  child_protection: 'child',
  government: 'landmark',
  utility: 'info',
  other: 'phone',
};
