import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';

/*
 * Loaded only by the statistics page (dynamic import), so chart.js stays out of every other chunk.
 * Registering just the pieces the bar charts use lets the bundler drop the rest of chart.js.
 */
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

export { Chart };
