/**
 * Columns that name the plan's own levels in an indicator table exported from a system such as
 * Stratsys: "Perspektiv | Strategiskt mål | Indikator | Utfall 2023 | Målvärde 2024".
 * Each row's group cells place its measure; an empty group cell repeats the row above (a merged cell).
 */
const GROUP = /^(perspektiv|prioriterat mål|prioriterade mål|inriktningsmål|effektmål|resultatmål|kommunfullmäktiges mål|regionfullmäktiges mål|målområde(n)?|strategiskt mål|strategiska mål|övergripande mål|delmål|fokusområde|insatsområde|utvecklingsområde|verksamhetsmål|nämndmål|spor|strategispor|indsats|indsatsområde|målsætning|pejlemærke|tema|område|mål|goal|objective|perspective|focus area)$/iu;

export function isGroupHeader(cell: string): boolean {
  return GROUP.test(cell.replace(/\s+/gu, ' ').trim());
}
