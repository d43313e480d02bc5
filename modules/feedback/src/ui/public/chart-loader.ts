/** The statistics page's only way to chart.js: a separate chunk fetched when the charts render. */
export function loadChartJs() {
  return import('./chart-setup.js');
}
