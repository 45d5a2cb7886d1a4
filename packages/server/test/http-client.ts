import { Agent, request } from 'node:http';

/**
 * JSON over loopback through a bounded pool of kept-alive sockets: requests issued all at once
 * queue in the client instead of overflowing the server's accept backlog.
 */
export class JsonClient {
  readonly #agent = new Agent({ keepAlive: true, maxSockets: 64 });

  constructor(private readonly base: string) {}

  send(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: unknown }> {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    return new Promise((resolve, reject) => {
      const outgoing = request(
        `${this.base}${path}`,
        { method, agent: this.#agent, headers: { ...headers, ...(payload === undefined ? {} : { 'content-type': 'application/json' }) } },
        (response) => {
          let text = '';
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => (text += chunk));
          response.on('end', () => {
            resolve({ status: response.statusCode ?? 0, body: text === '' ? undefined : (JSON.parse(text) as unknown) });
          });
        },
      );
      outgoing.on('error', reject);
      outgoing.end(payload);
    });
  }

  close(): void {
    this.#agent.destroy();
  }
}
