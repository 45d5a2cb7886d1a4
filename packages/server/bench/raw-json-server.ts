/*
 * The ceiling the API is measured against: a bare Node `http` server that reads a JSON body,
 * bumps an in-memory counter and answers a small JSON body, as a buffered counter would.
 */
import { createServer } from 'node:http';

const counts = new Map<string, number>();

const server = createServer((request, response) => {
  let body = '';
  request.setEncoding('utf8');
  request.on('data', (chunk: string) => (body += chunk));
  request.on('end', () => {
    const { path } = JSON.parse(body || '{}') as { path?: string };
    const key = path ?? '';
    counts.set(key, (counts.get(key) ?? 0) + 1);
    const payload = '{"counted":true,"bot":false}';
    response.writeHead(202, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(payload) });
    response.end(payload);
  });
});

server.listen(Number(process.argv[2] ?? 0), '127.0.0.1');
process.on('SIGTERM', () => server.close(() => process.exit(0)));
