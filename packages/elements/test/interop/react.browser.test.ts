import { bundledApp, describeInterop } from './interop-suite.js';

describeInterop('a React 19 app', () => bundledApp('react-app'));
