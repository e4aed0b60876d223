export { DomainError, isDomainError } from './domain-error';
export type { DomainErrorOptions } from './domain-error';

export { Money, assertNonNegative } from './money';
export { MAX_WORDS_SATANG } from './baht-words';
export { checkFiguresMatchWords } from './figures-match-words';
export type { FiguresWordsCheck } from './figures-match-words';

export { ThaiCitizenId } from './thai-citizen-id';
export { KeyedHasher } from './keyed-hasher';
export { openAesGcm, sealAesGcm } from './aes-gcm';
export { MasterKey } from './master-key';
export { maskedName, maskedPhone } from './personal-data-masks';
export type { WrappedDataKey } from './master-key';

export { AreaCode } from './area-code';
export type { AreaLevel } from './area-code';
export { THAI_PROVINCES } from './thai-provinces';
export type { ProvinceName } from './thai-provinces';

export { BANGKOK_OFFSET_MS, bangkokDateOf, bangkokMidnight, toInstant } from './bangkok-time';
export type { BangkokDate, InstantInput } from './bangkok-time';
export { BUDDHIST_ERA_OFFSET, buddhistEraYearOf, formatThaiDate, toBuddhistEraYear, toCommonEraYear } from './buddhist-era';
export type { ThaiDateOptions, ThaiDateStyle } from './buddhist-era';
export { fiscalYearOf, fiscalYearRange } from './fiscal-year';
export type { FiscalYear } from './fiscal-year';

export { toArabicDigits, toThaiDigits } from './thai-digits';

export { fold } from './decider';
export type { Decider } from './decider';

export * from './calendar';
export { PersistentMap } from './persistent-map';
