/** A refusal from the audit service, as the API states it. */
export class AuditApiRefusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly messageTh: string,
  ) {
    super(message);
    this.name = 'AuditApiRefusal';
  }
}

/** The few audit API calls a witness makes, over HTTP, with its bearer token when it has one. */
export class AuditApiClient {
  constructor(
    private readonly api: string,
    private readonly token: string | undefined,
  ) {}

  get<T>(path: string): Promise<T> {
    return this.call<T>('GET', path);
  }

  post<T>(path: string, body: unknown): Promise<T> {
    return this.call<T>('POST', path, body);
  }

  private async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    let response: Response;
    try {
      response = await fetch(`${this.api}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    } catch (error) {
      const reason = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message;
      throw new AuditApiRefusal(0, 'network', `cannot reach ${this.api}: ${reason}`, `ติดต่อ ${this.api} ไม่ได้: ${reason}`);
    }
    const text = await response.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    if (response.ok && json !== undefined) return json as T;
    const refusal = (json ?? {}) as { code?: string; message?: string; messageTh?: string };
    throw new AuditApiRefusal(
      response.status,
      refusal.code ?? `http.${response.status}`,
      `${method} ${path}: ${response.status} ${refusal.message ?? text.slice(0, 200)}`,
      refusal.messageTh ?? `${method} ${path}: ตอบกลับ ${response.status}`,
    );
  }
}
