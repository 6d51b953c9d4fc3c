import type { Context } from '../../context.js';
import type { EngagementTaskRecord } from '../../sources/partner-central/engagement-records.js';
import type { EngagementTaskGlobalId } from '../../core/domain/ids.js';

/** Every way to a task by id (`node`, `engagementTask`, `_entities`) shares the request's loader. */
export function loadEngagementTask(
  id: EngagementTaskGlobalId,
  ctx: Context,
): Promise<EngagementTaskRecord | null> {
  return ctx.loaders.engagementTask.load({
    type:
      id.kind === 'pc-accept-task' ? 'ACCEPT_ENGAGEMENT_INVITATION' : 'PROSPECTING_FROM_ENGAGEMENT',
    catalog: id.catalog,
    taskId: id.taskId,
  });
}
