import type { Logger } from '@klageportal/kit';
import type { NotificationQueue } from '@klageportal/notify';
import type { EntityManager } from '@mikro-orm/postgresql';
import { noticeRecipients } from '../domain/notification.js';
import { findNotifiable, readOutbox } from '../store/outbox.store.js';
import { findPartiesByCaseIds } from '../store/party.store.js';

export const RELAY_BATCH = 100;

/**
 * One run of the notification relay: the outbox events after its cursor become notice jobs (one
 * per event, consenting party and channel; the job id is derived from those, so a run repeated
 * after a crash queues nothing twice), and the cursor moves past them. Returns how many events it
 * handled (a full batch: run again).
 */
export async function relayOutbox(
  em: EntityManager,
  queue: Pick<NotificationQueue, 'send'>,
  log: Logger,
): Promise<number> {
  return em.transactional(async (tx) => {
    const { events, advance } = await readOutbox(tx as EntityManager, 'notifications', RELAY_BATCH);
    if (events.length === 0) return 0;
    const parties = await findPartiesByCaseIds(
      tx as EntityManager,
      events.map((e) => e.caseId),
    );
    const consented = await findNotifiable(
      tx as EntityManager,
      [...parties.values()].flat().map((p) => p.personId),
    );
    let queued = 0;
    for (const event of events) {
      for (const r of noticeRecipients(parties.get(event.caseId) ?? [], consented)) {
        const sent = await queue.send({
          eventId: `outbox-${event.seq}`,
          recipientId: r.personId,
          channel: r.channel,
          address: r.address,
          language: 'nb',
        });
        if (sent.ok) queued += 1;
        else log.warn({ seq: event.seq, channel: r.channel, refused: sent.code }, 'notice not queued');
      }
    }
    await advance();
    log.info({ events: events.length, notices: queued }, 'outbox relayed');
    return events.length;
  });
}
