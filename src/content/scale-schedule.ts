import type { ScaleCadence } from '../domain/scale-due';

/**
 * The gentle reminder cadence: PHQ-9 and GAD-7 weekly (they ask about the last two weeks, so weekly shows change
 * without asking too often), PCL-5 every four weeks (it asks about the past month). No notifications: the app
 * only says "due" on the scales screen and the home card. The protocol pack will carry this.
 */
export const SCALE_SCHEDULE: readonly ScaleCadence[] = [
  { scaleId: 'phq9', everyDays: 7 },
  { scaleId: 'gad7', everyDays: 7 },
  { scaleId: 'pcl5', everyDays: 28 },
];
