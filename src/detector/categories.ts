import type { Category, Stage } from './types';

/** Stage of each category, from the taxonomy table in ../shared/DESIGN.md section 1. */
export const STAGE_OF: Record<Category, Stage> = {
  personal_info: 'selection',
  flattery_trust: 'trust',
  gifts_money: 'trust',
  isolation: 'isolation',
  alone_check: 'isolation',
  secrecy: 'isolation',
  platform_switch: 'isolation',
  sexual_content: 'desensitisation',
  photo_request: 'exploitation',
  meeting: 'exploitation',
  threat_sextortion: 'maintenance',
  location_control: 'maintenance',
  account_control: 'maintenance',
};
