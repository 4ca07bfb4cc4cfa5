import { useEffect, useState } from 'react';
import { useT } from '../../i18n';
import { understandBaseline, understandTarget, type TargetUnderstanding } from './understand';

/** The value after it has stayed the same for `ms`: the reading follows typing without announcing every keystroke. */
export function useDebounced<T>(value: T, ms = 400): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), ms);
    return () => window.clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

function useTargetSentence(u: TargetUnderstanding): { text: string; understood: boolean } | null {
  const { t } = useT();
  if (u.state === 'empty') return null;
  if (u.state === 'not-understood') return { text: t('measureEditor.understanding.notUnderstood'), understood: false };
  // Per sex or per report period the sentence already says, part by part, which way is better and when each is met.
  if (u.aim === null) return { text: u.sentence, understood: true };
  const parts: string[] = [];
  if (u.better) parts.push(t(`measureEditor.understanding.${u.better}`) + (u.betterFromMeasure ? ` (${t('measureEditor.understanding.fromMeasure')})` : ''));
  if (u.rule) parts.push(t('measureEditor.understanding.rule', { op: u.rule.op, value: u.rule.value }));
  else if (!u.needsDirection && u.describedRule) parts.push(u.describedRule);
  if (u.needsDirection) parts.push(t('measureEditor.understanding.needsDirection'));
  return { text: parts.length ? `${u.aim} → ${parts.join('; ')}` : u.sentence, understood: true };
}

/** Under a target input: how the text is understood and judged, or plainly that a person must judge it. Polite, after typing pauses. */
export function TargetUnderstandingLine({ id, text, betterDirection }: { id: string; text: string; betterDirection: 'increase' | 'decrease' | null }) {
  const { lang } = useT();
  const settled = useDebounced(text);
  const line = useTargetSentence(understandTarget(settled, lang, betterDirection));
  return <UnderstandingText id={id} line={line} />;
}

/** Under the baseline input: the numbers and periods read from it. */
export function BaselineUnderstandingLine({ id, text }: { id: string; text: string }) {
  const { t, lang } = useT();
  const settled = useDebounced(text);
  const u = understandBaseline(settled, lang);
  const line = u.state === 'empty' ? null : u.state === 'not-understood' ? { text: t('measureEditor.understanding.baselineNotUnderstood'), understood: false } : { text: u.sentence, understood: true };
  return <UnderstandingText id={id} line={line} />;
}

function UnderstandingText({ id, line }: { id: string; line: { text: string; understood: boolean } | null }) {
  const { t } = useT();
  return (
    <p id={id} className={`understanding${line && !line.understood ? ' understanding-not' : ''}`} aria-live="polite">
      {line && (
        <>
          <span className="visually-hidden">{t('measureEditor.understanding.label')}: </span>
          {!line.understood && <span aria-hidden="true">⚠ </span>}
          {line.text}
        </>
      )}
    </p>
  );
}
