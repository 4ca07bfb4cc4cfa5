import { describe, expect, it } from 'vitest';
import { deriveMeasureAttributes } from './derive-attributes';

const derive = (baselineText: string, targetTexts: string[], periodsText = 'DÅ 04, 08, ÅR', footnotes: { mark: string; text: string }[] = []) =>
  deriveMeasureAttributes({ baselineText, targetTexts, periodsText, footnotes });

describe('deriveMeasureAttributes', () => {
  it('takes the better direction the targets state', () => {
    expect(derive('2019: 7,0 %', ['Under 6,5 %', 'Under 5 %']).betterDirection).toBe('decrease');
    expect(derive('2021', ['Öka', 'Öka']).betterDirection).toBe('increase');
    expect(derive('2019: 207 K 82, M 125', ['Minska med 50 % jmf 2020', '']).betterDirection).toBe('decrease');
  });
  it('reads a direction from targets that only fall over the years, and leaves an unclear bare number to a person', () => {
    // Issue 12: 270 in 2022 and 245 in 2024 say that lower is better (before, this was left unset and judged "Ej mätbart" without a baseline).
    expect(derive('2019: 275 st', ['270', '245']).betterDirection).toBe('decrease');
    expect(derive('Årsprognos aug 2020: 6,4%', ['1,0', '1,0']).betterDirection).toBeNull();
    expect(derive('Tidigare mätning', ['Förbättrat värde', '']).betterDirection).toBeNull();
  });
  it('takes the unit from the targets, else from the baseline', () => {
    expect(derive('2019: 275 st', ['270', '245']).unit).toBe('st');
    expect(derive('2018: 458 kr Prognos 2020 aug 274 kr', ['350 kr', '330 kr']).unit).toBe('kr');
    expect(derive('Årsprognos aug 2020: 6,4%', ['1,0', '1,0']).unit).toBe('%');
  });
  it('reads the reporting periods and marks a state at a date', () => {
    expect(derive('', ['Öka'], 'DÅ 08, ÅR').reportingPeriods).toEqual(['DÅ08', 'ÅR']);
    expect(derive('', ['Öka']).valueNature).toBe('flow');
    const waitingList = derive('', ['100 % i dec'], 'DÅ 04, 08, ÅR', [{ mark: '6', text: 'Styrmått 25-28 visar nuläget per 30 april, 31 augusti och 31 december.' }]);
    expect(waitingList.valueNature).toBe('state');
  });
});
