import { t } from '../i18n/i18n';
import { MessageKey } from '../i18n/th';

const KEYS: Record<string, MessageKey> = {
  sickness: 'benefitSickness',
  death: 'benefitDeath',
  birth: 'benefitBirth',
  elderly: 'benefitElderly',
  disability: 'benefitDisability',
  education: 'benefitEducation',
};

export const BENEFITS = Object.keys(KEYS);

export const benefitName = (benefit: string): string => (KEYS[benefit] ? t(KEYS[benefit]) : benefit);
