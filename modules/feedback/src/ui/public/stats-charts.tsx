import { useLanguage, useTranslation } from '@portal/shared-ui';
import { useEffect, useRef, useState } from 'react';
import type { Stats } from '../../contract/schemas.js';
import { PUBLIC_NAMESPACE } from '../i18n-public.js';
import { loadChartJs } from './chart-loader.js';

// The design tokens' success / primary / danger colours: AA against white, told apart by the legend too.
const COLOURS = { resolved: '#1b6e3a', inProgress: '#0b57a4', overdue: '#b3261e' };
const ROW_HEIGHT_PX = 30;

type ChartModule = Awaited<ReturnType<typeof loadChartJs>>;
type ChartInstance = InstanceType<ChartModule['Chart']>;

/**
 * Two horizontal bar charts (long area names stay readable at 360 px): resolved / in progress /
 * overdue stacked per row, and the on-time share. chart.js arrives in its own chunk the first time
 * this renders. The canvases are images with a text alternative; the table holds the numbers.
 */
export function StatsCharts({ stats }: { stats: Stats }) {
  const { t } = useTranslation(PUBLIC_NAMESPACE);
  const { language } = useLanguage();
  const statusCanvas = useRef<HTMLCanvasElement>(null);
  const onTimeCanvas = useRef<HTMLCanvasElement>(null);
  const [state, setState] = useState<'loading' | 'ready' | 'error'>('loading');
  const height = Math.max(160, stats.rows.length * ROW_HEIGHT_PX + 70);
  const by = t(`stats.byNoun.${stats.by}`);

  useEffect(() => {
    let charts: ChartInstance[] = [];
    let cancelled = false;
    loadChartJs().then(
      ({ Chart }) => {
        if (cancelled || !statusCanvas.current || !onTimeCanvas.current) return;
        const labels = stats.rows.map((row) => row.name[language]);
        const common = { indexAxis: 'y' as const, maintainAspectRatio: false, animation: false as const, locale: language === 'vi' ? 'vi-VN' : 'en-GB' };
        charts = [
          new Chart(statusCanvas.current, {
            type: 'bar',
            data: {
              labels,
              datasets: [
                { label: t('stats.series.resolved'), data: stats.rows.map((row) => row.resolved), backgroundColor: COLOURS.resolved },
                {
                  label: t('stats.series.inProgress'),
                  data: stats.rows.map((row) => row.inProgress - row.overdue),
                  backgroundColor: COLOURS.inProgress,
                },
                { label: t('stats.series.overdue'), data: stats.rows.map((row) => row.overdue), backgroundColor: COLOURS.overdue },
              ],
            },
            options: { ...common, scales: { x: { stacked: true, ticks: { precision: 0 } }, y: { stacked: true } } },
          }),
          new Chart(onTimeCanvas.current, {
            type: 'bar',
            data: {
              labels,
              datasets: [
                { label: t('stats.chartOnTimeTitle'), data: stats.rows.map((row) => row.onTimePercent), backgroundColor: COLOURS.resolved },
              ],
            },
            options: { ...common, scales: { x: { min: 0, max: 100 } }, plugins: { legend: { display: false } } },
          }),
        ];
        setState('ready');
      },
      () => {
        if (!cancelled) setState('error');
      },
    );
    return () => {
      cancelled = true;
      for (const chart of charts) chart.destroy();
    };
  }, [stats, language, t]);

  return (
    <section className="feedback-stats__charts" aria-labelledby="feedback-stats-charts" aria-busy={state === 'loading'}>
      <h2 id="feedback-stats-charts" className="feedback-section-heading">
        {t('stats.chartsHeading')}
      </h2>
      {state === 'loading' && <p className="feedback-muted">{t('stats.chartsLoading')}</p>}
      {state === 'error' && (
        <p className="feedback-muted" role="status">
          {t('stats.chartsFailed')}
        </p>
      )}
      <figure className="feedback-stats__figure">
        <figcaption>{t('stats.chartStatusTitle')}</figcaption>
        <div style={{ height }} className="feedback-stats__canvas">
          <canvas ref={statusCanvas} role="img" aria-label={t('stats.chartStatusAlt', { by })} />
        </div>
      </figure>
      <figure className="feedback-stats__figure">
        <figcaption>{t('stats.chartOnTimeTitle')}</figcaption>
        <div style={{ height }} className="feedback-stats__canvas">
          <canvas ref={onTimeCanvas} role="img" aria-label={t('stats.chartOnTimeAlt', { by })} />
        </div>
      </figure>
    </section>
  );
}
