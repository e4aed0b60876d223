import { Downstream } from './downstream';
import { DownstreamOptions } from './downstream-options';

export const GATEWAY_OPTIONS = Symbol('gateway.options');

export interface GatewayOptions {
  downstreams: DownstreamOptions[];
  /** Bodies over this many bytes are refused with 413 before any service is asked (1 MiB). */
  bodyLimitBytes?: number;
  /** Milliseconds a health probe of a service may take (2000). */
  healthProbeTimeoutMs?: number;
}

/** The downstreams by name (the `<name>` of `/api/<name>/…`), each with its own breaker and bulkhead. */
export class Downstreams {
  private readonly byName: Map<string, Downstream>;

  constructor(readonly options: GatewayOptions) {
    this.byName = new Map(options.downstreams.map((downstream) => [downstream.name, new Downstream(downstream)]));
  }

  get(name: string): Downstream | undefined {
    return this.byName.get(name);
  }

  all(): Downstream[] {
    return [...this.byName.values()];
  }

  /** Stops the breakers' rolling-window timers, so a closed gateway leaves nothing running. */
  shutdown(): void {
    for (const downstream of this.byName.values()) downstream.breaker.shutdown();
  }
}
