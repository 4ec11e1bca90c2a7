import type { DayTariff } from "../../shared/app/weeks/week-views";
import { formatCalendarDay, formatHours, msToHours } from "../i18n/format";
import { useI18n } from "../i18n/i18n";

const TARIFFS = [1, 2, 3] as const;
const WIDTH = 560;
const HEIGHT = 180;
const AXIS = 22;
const TOP = 8;

/** Worked time per day, stacked Taxa 1 (bottom), 2, 3; plain SVG, scaled to whole hours. */
export function TariffChart(props: { days: readonly DayTariff[]; title: string }) {
  const { t, language } = useI18n();
  const totals = props.days.map((day) => day.ms[1] + day.ms[2] + day.ms[3]);
  const maxHours = Math.max(1, Math.ceil(msToHours(Math.max(0, ...totals))));
  const plotHeight = HEIGHT - AXIS - TOP;
  const slot = WIDTH / Math.max(1, props.days.length);
  const barWidth = Math.min(48, slot * 0.6);
  const scale = (ms: number) => (msToHours(ms) / maxHours) * plotHeight;

  return (
    <figure className="chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={props.title}
        preserveAspectRatio="xMidYMid meet"
      >
        <title>{props.title}</title>
        <line className="axis" x1={0} x2={WIDTH} y1={HEIGHT - AXIS} y2={HEIGHT - AXIS} />
        <text className="axis-label" x={2} y={TOP + 10}>
          {formatHours(maxHours)}
        </text>
        {props.days.map((day, index) => {
          const x = index * slot + (slot - barWidth) / 2;
          let y = HEIGHT - AXIS;
          return (
            <g key={day.date}>
              {TARIFFS.map((tariff) => {
                const height = scale(day.ms[tariff]);
                if (height <= 0) return null;
                y -= height;
                return (
                  <rect
                    key={tariff}
                    className={`taxa${tariff}`}
                    x={x}
                    y={y}
                    width={barWidth}
                    height={height}
                    rx={2}
                  >
                    <title>{`${t("report.tariff", { n: tariff })}: ${formatHours(roundHours(day.ms[tariff]))}`}</title>
                  </rect>
                );
              })}
              <text className="day-label" x={index * slot + slot / 2} y={HEIGHT - 6}>
                {formatCalendarDay(day.date, language)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="legend">
        {TARIFFS.map((tariff) => (
          <span key={tariff} className="legend-item">
            <span className={`swatch taxa${tariff}`} aria-hidden="true" />
            {t("report.tariff", { n: tariff })}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}

/** Exact worked hours, to two decimals (the chart shows work, not the rounded report). */
function roundHours(ms: number): number {
  return Math.round(msToHours(ms) * 100) / 100;
}
