import type { RestAdvice } from "../../shared/app/rest/rest-views";
import { useI18n } from "../i18n/i18n";

/** After night work: the daily rest in words ("För 11 h vila, börja tidigast 14:40 i dag"). */
export function RestNotice(props: { advice: RestAdvice | null }) {
  const { t } = useI18n();
  if (!props.advice) return null;
  return (
    <section className="card rest-notice" aria-label={t("rest.title")}>
      <p role="status">{props.advice.text}</p>
      <p className="muted">{t("rest.dailyHint")}</p>
    </section>
  );
}
