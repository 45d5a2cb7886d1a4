import { startConsole } from './index.js';

// The page the server serves at /admin holds one empty <main id="console">, filled here.
const root = document.getElementById('console');
if (root !== null) void startConsole(root);
