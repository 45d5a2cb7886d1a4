import { describeInterop } from './interop-suite.js';

describeInterop('a jQuery 4 page', async () => (await import('./jquery-app.js')).mount);
