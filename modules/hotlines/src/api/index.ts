export { createHotlinesApi } from './routes.js';
