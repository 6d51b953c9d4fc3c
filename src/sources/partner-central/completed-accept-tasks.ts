import { LRUCache } from 'lru-cache';
import type { PartnerCentralTaskRecord } from './wire-types.js';
import { invitationTag } from './cache-tags.js';

/** Tasks remembered as seen complete; an older one seen again only costs one more invalidation. */
const REMEMBERED_TASKS = 10_000;

/**
 * An accept task changes Partner Central when it completes, not when it starts: its invitation
 * becomes ACCEPTED and a new opportunity joins the catalog, while nobody writes through this
 * server. Task look-ups are never cached, so the first time this process sees an accept task
 * COMPLETE it drops the invitation and every listing page before that look-up is answered: a
 * caller that polls the task until COMPLETE then reads the outcome, not a page cached before it.
 */
export class CompletedAcceptTasks {
  readonly #seen = new LRUCache<string, true>({ max: REMEMBERED_TASKS });

  constructor(private readonly invalidate: (globalIds: readonly string[]) => Promise<void>) {}

  async observe(tasks: readonly (PartnerCentralTaskRecord | null)[]): Promise<void> {
    const changed: string[] = [];
    let any = false;
    for (const task of tasks) {
      if (task?.type !== 'ACCEPT_ENGAGEMENT_INVITATION' || task.status !== 'COMPLETE') continue;
      if (this.#seen.has(task.id)) continue;
      this.#seen.set(task.id, true);
      any = true;
      if (task.invitationId) changed.push(invitationTag(task.catalog, task.invitationId));
    }
    if (any) await this.invalidate(changed);
  }
}
