/** Forecasts (prognos) and comments per measure and interim period: entered by the measure's owner or an editor, versioned, audited. */
import type { Db } from '../../../db/client';
import type { Lang } from '../../../domain/i18n/lang';
import { formatNumber, parseNumber } from '../../../domain/numbers';
import { isForecastPeriod } from '../../../domain/scorecard/forecast-status';
import type { MeasureForecast, SaveForecastRequest } from '../../../shared/forecast-types';
import type { Actor } from '../../access/can';
import { AppError, localizedError } from '../../http/errors';
import { authorize } from '../../http/session';
import { audit } from '../audit/audit';
import { getPlan } from '../plans/plans.queries';
import { planPeriods } from '../plans/plans.service';
import { judgedForecasts } from './forecasts-judged';
import * as q from './forecasts.queries';

// The longest comment kept with a forecast is the contract's (the request is checked against it first).
import { MAX_FORECAST_COMMENT } from '../../../shared/contracts/measures';

/** Checks and stores a measure's forecast (typed in the reader's `lang`) and comment for DÅ 04 or DÅ 08; an edit against an old version is refused (409). */
export async function saveForecast(db: Db, actor: Actor, measureId: number, period: string, input: SaveForecastRequest, lang: Lang = 'sv'): Promise<MeasureForecast> {
  const ctx = await q.forecastMeasureContext(db, measureId);
  if (!ctx) throw new AppError('not-found', `Måttet ${measureId} finns inte.`);
  authorize(actor, 'forecast:enter', { organisationId: ctx.organisation_id, ownerUserId: ctx.owner_user_id });
  const plan = (await getPlan(db, ctx.plan_id))!;
  if (!isForecastPeriod(period) || !planPeriods(plan).includes(period)) {
    throw localizedError(
      'validation',
      {
        sv: `En prognos lämnas vid delårsrapporterna (DÅ 04 och DÅ 08) under planens år, inte för ${period}.`,
        da: `En prognose afgives ved delårsrapporterne (DÅ 04 og DÅ 08) i planens år, ikke for ${period}.`,
        en: `A forecast is given at the interim reports (DÅ 04 and DÅ 08) of the plan's years, not for ${period}.`,
      },
      'period',
    );
  }
  const raw = input.forecast;
  const forecast = raw === null || (typeof raw === 'string' && raw.trim() === '') ? null : typeof raw === 'number' ? raw : parseNumber(raw, lang);
  if (forecast !== null && !Number.isFinite(forecast)) throw notANumber(String(raw));
  if (raw !== null && typeof raw === 'string' && raw.trim() !== '' && forecast === null) throw notANumber(raw);
  const comment = input.comment.trim();
  if (comment.length > MAX_FORECAST_COMMENT) {
    throw localizedError(
      'validation',
      {
        sv: `Kommentaren får vara högst ${MAX_FORECAST_COMMENT} tecken.`,
        da: `Kommentaren må højst være på ${MAX_FORECAST_COMMENT} tegn.`,
        en: `The comment may be at most ${MAX_FORECAST_COMMENT} characters.`,
      },
      'comment',
    );
  }
  if (forecast === null && comment === '') {
    throw localizedError(
      'validation',
      { sv: 'Ange en prognos för helåret eller en kommentar.', da: 'Angiv en prognose for hele året eller en kommentar.', en: 'Enter a full-year forecast or a comment.' },
      'forecast',
    );
  }
  await db.transaction(async (tx) => {
    const before = await q.forecastForUpdate(tx, measureId, period);
    if (input.version !== undefined && input.version !== (before?.version ?? 0)) throw staleForecast(period, input.version, before);
    await q.upsertForecast(tx, { measureId, period, forecast, comment, enteredBy: actor.id });
    await audit(tx, { userId: actor.id }, {
      organisationId: ctx.organisation_id,
      planId: ctx.plan_id,
      objectType: 'forecast',
      objectId: measureId,
      action: before ? 'update' : 'create',
      before: before ? { period, forecast: before.forecast, comment: before.comment, version: before.version } : null,
      after: { period, forecast, comment, version: (before?.version ?? 0) + 1 },
    });
  });
  return (await judgedForecasts(db, plan, period, [measureId])).get(measureId)!;
}

function notANumber(raw: string): AppError {
  return localizedError(
    'validation',
    {
      sv: `"${raw}" är inget tal. Skriv prognosen för helåret, t.ex. 45 000 eller 6,5.`,
      da: `"${raw}" er ikke et tal. Skriv prognosen for hele året, f.eks. 45.000 eller 6,5.`,
      en: `"${raw}" is not a number. Write the full-year forecast, e.g. 45,000 or 6.5.`,
    },
    'forecast',
  );
}

/** The 409 for a forecast saved against an old version: who changed it to what, and when. */
function staleForecast(period: string, seen: number, now: q.ForecastRow | undefined): AppError {
  const what = (lang: 'sv' | 'da' | 'en') =>
    now
      ? `${now.entered_by ?? '?'}: ${now.forecast === null ? '–' : formatNumber(Number(now.forecast), lang)} ${now.entered_at.slice(0, 16)} (version ${now.version})`
      : { sv: 'prognosen har tagits bort', da: 'prognosen er slettet', en: 'the forecast was removed' }[lang];
  const error = localizedError('conflict', {
    sv: `Prognosen för ${period} har ändrats efter din version ${seen}: ${what('sv')}. Ladda om och gör din ändring igen.`,
    da: `Prognosen for ${period} er ændret efter din version ${seen}: ${what('da')}. Genindlæs, og lav din ændring igen.`,
    en: `The forecast for ${period} has changed since your version ${seen}: ${what('en')}. Reload and make your change again.`,
  }, 'version');
  return error;
}
