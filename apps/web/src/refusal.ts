import { language } from './i18n/i18n';

/** A refusal from a service: its machine code and its message in both languages. */
export class Refusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly messageEn: string,
    readonly messageTh: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(messageEn);
  }

  /** What the person reads: the service's Thai message on the Thai page. */
  get text(): string {
    return language() === 'th' ? this.messageTh || this.messageEn : this.messageEn;
  }

  /** The request field a refusal concerns, when the service named one. */
  get field(): string | undefined {
    const field = this.details.field ?? (Array.isArray(this.details.unknownFields) ? this.details.unknownFields[0] : undefined);
    return typeof field === 'string' ? field : undefined;
  }
}
