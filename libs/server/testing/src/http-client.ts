/** The subset of Fastify's inject we use, so this lib needs no Fastify import. */
export interface Injectable {
  inject(options: {
    method: string;
    url: string;
    payload?: unknown;
    headers?: Record<string, string>;
  }): Promise<{ statusCode: number; body: string; headers: Record<string, string | string[] | number | undefined>; rawPayload: Buffer }>;
}

export interface TestResponse<T = unknown> {
  status: number;
  body: T;
  headers: Record<string, string | string[] | number | undefined>;
  raw: Buffer;
}

/**
 * A browser-like client over fastify.inject: keeps cookies, echoes the XSRF-TOKEN cookie in X-XSRF-TOKEN on
 * mutating requests (as the Angular apps do), and parses JSON answers.
 */
export class TestClient {
  private readonly cookies = new Map<string, string>();

  constructor(private readonly server: Injectable) {}

  get<T = unknown>(url: string): Promise<TestResponse<T>> {
    return this.request<T>('GET', url);
  }

  post<T = unknown>(url: string, payload?: unknown, headers: Record<string, string> = {}): Promise<TestResponse<T>> {
    return this.request<T>('POST', url, payload, headers);
  }

  async login(email: string, password = 'Demo@12345'): Promise<this> {
    const response = await this.post('/api/v1/auth/login', { email, password });
    if (response.status !== 200) throw new Error(`login ${email} failed: ${response.status} ${JSON.stringify(response.body)}`);
    return this;
  }

  forgetCsrf(): void {
    this.cookies.delete('XSRF-TOKEN');
  }

  async request<T>(method: string, url: string, payload?: unknown, extraHeaders: Record<string, string> = {}): Promise<TestResponse<T>> {
    const headers: Record<string, string> = { ...extraHeaders };
    if (this.cookies.size > 0) headers['cookie'] = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const csrf = this.cookies.get('XSRF-TOKEN');
    if (method !== 'GET' && csrf) headers['x-xsrf-token'] = csrf;
    const response = await this.server.inject({ method, url, payload: payload as never, headers });
    const setCookie = response.headers['set-cookie'];
    for (const line of Array.isArray(setCookie) ? setCookie : setCookie ? [String(setCookie)] : []) {
      const [pair = ''] = line.split(';');
      const [name = '', ...rest] = pair.split('=');
      const value = rest.join('=');
      if (value === '' || /max-age=0|expires=thu, 01 jan 1970/i.test(line)) this.cookies.delete(name.trim());
      else this.cookies.set(name.trim(), value);
    }
    const contentType = String(response.headers['content-type'] ?? '');
    const body = (contentType.includes('json') && response.body ? JSON.parse(response.body) : response.body) as T;
    return { status: response.statusCode, body, headers: response.headers, raw: response.rawPayload };
  }
}
