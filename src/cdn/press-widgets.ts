// The one-script-tag build: registers every element and exposes the whole public API.
import './define.js';

export * from './index.js';
