// `npm run cluster`: two server processes on one PostgreSQL database and one Redis, behind a small
// round-robin proxy on one port, for a province to try what several processes look like before
// putting its own load balancer in front. Not a production proxy: no TLS, no health checks.
//
//   DATABASE_URL=postgres://… REDIS_URL=redis://127.0.0.1:6379 npm run cluster
//
// PORT (8080) is the proxy's; the processes listen on loopback, on the next two ports. They share
// DATA_DIR (./data): its encryption key file, unless ENCRYPTION_KEY is set, and its backups.
import { spawn } from 'node:child_process';
import { request as forward, createServer } from 'node:http';
import { resolve } from 'node:path';

const processes = 2;
const env = process.env;
for (const name of ['DATABASE_URL', 'REDIS_URL']) {
  if (!env[name]) {
    console.error(`${name} is not set: the processes of a cluster share one PostgreSQL database and one Redis (see docs/operations.md, "Several processes").`);
    process.exit(2);
  }
}
const port = Number(env.PORT ?? 8080);
const host = env.HOST ?? '::';
const upstreams = Array.from({ length: processes }, (_, n) => port + 1 + n);
const children = [];

/** Starts one process and resolves once it answers /readyz. */
async function startProcess(upstreamPort) {
  const child = spawn(process.execPath, ['packages/server/dist/cli.js', 'start'], {
    // The proxy's X-Forwarded-For is believed, so rate limits count per visitor, not per proxy.
    env: { ...env, PORT: String(upstreamPort), HOST: '127.0.0.1', DATA_DIR: resolve(env.DATA_DIR ?? './data'), TRUSTED_PROXIES: '127.0.0.1' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  children.push(child);
  for (let attempt = 0; attempt < 600; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`the process on port ${upstreamPort} exited with ${child.exitCode}`);
    try {
      if ((await fetch(`http://127.0.0.1:${upstreamPort}/readyz`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the process on port ${upstreamPort} did not become ready within two minutes`);
}

let turn = 0;
const proxy = createServer((incoming, outgoing) => {
  const upstreamPort = upstreams[turn++ % upstreams.length];
  const headers = { ...incoming.headers, 'x-forwarded-for': incoming.socket.remoteAddress ?? '' };
  const upstream = forward({ host: '127.0.0.1', port: upstreamPort, method: incoming.method, path: incoming.url, headers }, (answer) => {
    outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
    answer.pipe(outgoing);
  });
  upstream.on('error', () => {
    if (!outgoing.headersSent) outgoing.writeHead(502, { 'content-type': 'text/plain' });
    outgoing.end('The server process did not answer');
  });
  incoming.pipe(upstream);
});

let stopping = false;
function stop(signal) {
  if (stopping) return;
  stopping = true;
  proxy.close();
  // Each process finishes its requests and writes its buffered counts (see `start`).
  for (const child of children) if (child.exitCode === null) process.kill(child.pid, signal);
  Promise.all(children.map((child) => (child.exitCode === null ? new Promise((done) => child.once('exit', done)) : undefined))).then(() => process.exit(0));
}
process.on('SIGINT', () => stop('SIGTERM'));
process.on('SIGTERM', () => stop('SIGTERM'));

try {
  // One after the other: the first migrates and seeds an empty database, the second finds it ready.
  for (const upstreamPort of upstreams) await startProcess(upstreamPort);
  proxy.listen(port, host, () => {
    console.log(`Cluster of ${processes} processes (ports ${upstreams.join(', ')}) behind http://localhost:${port}/`);
  });
} catch (error) {
  console.error(error.message);
  process.exitCode = 1;
  stop('SIGTERM');
}
