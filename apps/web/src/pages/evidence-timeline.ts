import { html } from 'lit';
import { t } from '../i18n/i18n';
import { baht, beDate } from '../thai-format';

/** An event as an evidence bundle carries it: the fields the timeline reads. */
export interface BundledEvent {
  id: string;
  type: string;
  streamId: string;
  streamRevision: string;
  recordedAt: string;
  data: Record<string, unknown>;
  metadata: Record<string, unknown>;
}

export interface TimelineEntry {
  id: string;
  type: string;
  at: string;
  /** The day the event is about (paid on, happened on), when it names one. */
  day: string | null;
  amount: string | null;
  stream: string;
  actor: string | null;
  refs: string;
}

const AMOUNT_FIELDS = ['amount', 'amountFigures', 'approvedAmount'];
const DAY_FIELDS = ['paidOn', 'eventDate', 'receivedOn', 'spentOn', 'occurredOn'];
const REF_FIELDS = ['claimId', 'payoutId', 'memberId', 'programme', 'unitId', 'purpose'];

const firstString = (data: Record<string, unknown>, fields: string[]): string | null => {
  const found = fields.map((field) => data[field]).find((value) => typeof value === 'string' && value !== '');
  return typeof found === 'string' ? found : null;
};

/** An amount as the page writes baht; a field this page cannot read as baht is shown as recorded. */
const amountText = (amount: string): string => {
  try {
    return baht(amount);
  } catch {
    return amount;
  }
};

/** A recorded instant as the Bangkok day and time, for a BE date and an hh:mm beside it. */
const bangkok = (instant: string): { day: string; time: string } => {
  const shifted = new Date(new Date(instant).getTime() + 7 * 3600_000).toISOString();
  return { day: shifted.slice(0, 10), time: shifted.slice(11, 16) };
};

/**
 * The events a finding cites, in the order they were recorded (then by stream revision): what
 * happened, when, for how much, and by whom. Only the finding's own evidence events, so the
 * timeline shows exactly what the bundle proves.
 */
export const timelineOf = (events: BundledEvent[], evidenceEventIds: readonly string[]): TimelineEntry[] => {
  const cited = new Set(evidenceEventIds);
  return events
    .filter((event) => cited.has(event.id))
    .sort((a, b) => a.recordedAt.localeCompare(b.recordedAt) || Number(BigInt(a.streamRevision) - BigInt(b.streamRevision)))
    .map((event) => {
      const actor = (event.metadata.actor as { userId?: unknown } | undefined)?.userId;
      return {
        id: event.id,
        type: event.type,
        at: event.recordedAt,
        day: firstString(event.data, DAY_FIELDS),
        amount: firstString(event.data, AMOUNT_FIELDS),
        stream: `${event.streamId}@${event.streamRevision}`,
        actor: typeof actor === 'string' ? actor : null,
        refs: REF_FIELDS.flatMap((field) => (typeof event.data[field] === 'string' ? [`${field} ${event.data[field]}`] : [])).join(' · '),
      };
    });
};

export const timelineView = (entries: TimelineEntry[]) =>
  html`<h3>${t('evidenceTimeline')}</h3>
    <ol class="evidence-timeline" data-testid="evidence-timeline">
      ${entries.map((entry) => {
        const at = bangkok(entry.at);
        return html`<li data-event=${entry.id}>
          <p>
            <strong data-testid="timeline-when">${beDate(at.day)} ${at.time}</strong> · <code>${entry.type}</code>
            ${entry.amount ? html` · <span class="amount" data-testid="timeline-amount">${amountText(entry.amount)}</span>` : ''}
          </p>
          <p class="timeline-facts">
            ${entry.day ? html`${t('timelineDay')} ${beDate(entry.day)} · ` : ''}${entry.refs}
            ${entry.actor ? html` · ${t('timelineBy')} ${entry.actor}` : ''}
          </p>
          <p class="timeline-facts"><code>${entry.stream}</code> · <code>${entry.id}</code></p>
        </li>`;
      })}
    </ol>`;
