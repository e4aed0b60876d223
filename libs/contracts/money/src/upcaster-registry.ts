/**
 * Upcasting: a message published at version n is read as version n+1 by a pure function, so
 * consumers only ever handle the current version and history is never rewritten. Register one
 * function per (type, from-version); `upcast` applies them in a chain.
 */
export type Upcaster = (data: Record<string, unknown>) => Record<string, unknown>;

export class UpcasterRegistry {
  private readonly upcasters = new Map<string, Upcaster>();

  register(type: string, fromVersion: number, upcaster: Upcaster): this {
    this.upcasters.set(`${type}@${fromVersion}`, upcaster);
    return this;
  }

  upcast(type: string, version: number, data: Record<string, unknown>): { version: number; data: Record<string, unknown> } {
    let current = { version, data };
    for (let next = this.upcasters.get(`${type}@${current.version}`); next; next = this.upcasters.get(`${type}@${current.version}`))
      current = { version: current.version + 1, data: next(current.data) };
    return current;
  }
}
