import type { Principal } from '@klageportal/federation';
import type { Logger } from '@klageportal/kit';

export type GatewayContext = { requestId: string; log: Logger; principal: Principal };
