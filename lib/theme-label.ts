/** A theme as the reader reads it, in the UI language (the dataset stores slugs); a note's own tag stays as written. */
import { THEMES } from './data/schema';
import { t, type MessageKey } from './i18n';

const THEME_MESSAGES: Record<(typeof THEMES)[number], MessageKey> = {
  norms: 'themeNorms',
  'critical-infrastructure': 'themeCriticalInfrastructure',
  'capacity-building': 'themeCapacityBuilding',
  'international-law': 'themeInternationalLaw',
  'confidence-building': 'themeConfidenceBuilding',
  stakeholders: 'themeStakeholders',
  'institutional-dialogue': 'themeInstitutionalDialogue',
  accountability: 'themeAccountability',
  threats: 'themeThreats',
  CERTs: 'themeCerts',
  other: 'themeOther',
};

export function themeLabel(theme: string): string {
  return theme in THEME_MESSAGES ? t(THEME_MESSAGES[theme as keyof typeof THEME_MESSAGES]) : theme;
}
