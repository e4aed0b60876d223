import { Controller, ForbiddenException, Get, Header, Headers, Inject, Optional } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public } from '@kongthun/http';
import { metrics } from './metric-families';

export const METRICS_SCRAPE_TOKEN = Symbol('observability.metrics-scrape-token');

/**
 * Prometheus scrapes without a user's token, so this route is outside the user login: public,
 * or guarded by a scrape token of its own (KONGTHUN_METRICS_TOKEN, sent as `Authorization:
 * Bearer`) where the port is reachable from outside the cluster. It shows counts and states,
 * never data.
 */
@ApiExcludeController()
@Controller('metrics')
@Public()
export class MetricsController {
  constructor(@Optional() @Inject(METRICS_SCRAPE_TOKEN) private readonly scrapeToken?: string) {}

  @Get()
  @Header('content-type', metrics.registry.contentType)
  async scrape(@Headers('authorization') authorization?: string): Promise<string> {
    if (this.scrapeToken && authorization !== `Bearer ${this.scrapeToken}`)
      throw new ForbiddenException({
        code: 'metrics.scrape-token-required',
        message: 'A scrape token is required',
        messageTh: 'ต้องใช้โทเคนสำหรับดึงค่าวัด',
      });
    return metrics.registry.metrics();
  }
}
