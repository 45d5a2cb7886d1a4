/*
 * The ceiling the API is measured against: a bare Node `http` server on PORT. A POST reads its JSON
 * body, bumps an in-memory counter and answers a small JSON body, as a buffered counter would; a
 * GET answers the bytes of the file named as the first argument (a captured API answer), as a
 * cache of ready answers would, or the same small body without one.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const counts = new Map<string, number>();
const counted = Buffer.from('{"counted":true,"bot":false}');
const answer = process.argv[2] === undefined ? counted : readFileSync(process.argv[2]);

const server = createServer((request, response) => {
  let body = '';
  request.setEncoding('utf8');
  request.on('data', (chunk: string) => (body += chunk));
  request.on('end', () => {
    if (request.method === 'GET') {
      response.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': answer.length });
      response.end(answer);
      return;
    }
    const { path } = JSON.parse(body || '{}') as { path?: string };
    const key = path ?? '';
    counts.set(key, (counts.get(key) ?? 0) + 1);
    response.writeHead(202, { 'content-type': 'application/json; charset=utf-8', 'content-length': counted.length });
    response.end(counted);
  });
});

server.listen(Number(process.env.PORT ?? 0), '127.0.0.1');
process.on('SIGTERM', () => server.close(() => process.exit(0)));
