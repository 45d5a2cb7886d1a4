import { bundledApp, describeInterop } from './interop-suite.js';

describeInterop('a Vue 3 app', () => bundledApp('vue-app'));
