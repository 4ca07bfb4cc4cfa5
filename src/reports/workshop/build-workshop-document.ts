import type { Lang } from '../../domain/i18n/lang';
import { gapRows } from '../../domain/workshop/gap-analysis';
import type { WorkshopCard, WorkshopState } from '../../shared/workshop-types';
import type { Block, Cell, DocumentModel } from '../document-model';
import { para, paragraphs } from '../document-model';

/** The workshop documentation's own words, per document language. */
const WORDS = {
  sv: {
    subtitle: 'Dokumentation av workshop',
    participants: 'Deltagare',
    facilitator: 'facilitator',
    agenda: 'Program',
    day: 'Dag',
    am: 'förmiddag',
    pm: 'eftermiddag',
    definitions: 'Gemensamma definitioner',
    term: 'Term',
    definition: 'Definition',
    consensus: 'Samsyn',
    positions: 'Ställningstaganden',
    agreed: 'Överens',
    disputed: 'Oenighet',
    open: 'Öppen',
    agree: 'instämmer',
    disagree: 'instämmer inte',
    comment: 'kommenterar',
    missing: 'Har inte svarat',
    exercises: { conditions: 'Gemensamma förutsättningar', brainstorm: 'Idéer', swot: 'SWOT-analys', gap: 'Gap-analys', activities: 'Hypotes till aktivitetsplan', definitions: 'Definitioner' },
    card: 'Kort',
    organisation: 'Organisation',
    cluster: 'Grupp',
    none: '–',
    perspective: 'Perspektiv',
    quadrant: 'Kvadrant',
    stage: 'Läge',
    quadrants: { strength: 'Styrka', weakness: 'Svaghet', opportunity: 'Möjlighet', threat: 'Hot' },
    stages: { today: 'Idag', target: 'Målbild' },
    gapByArea: 'Gapet per område: i dag och målbild',
    area: 'Område',
    noArea: 'Utan område',
    who: 'Vem',
    when: 'När',
    hidden: (n: number) => `${n} kort är ännu inte visade.`,
    votes: 'Prioritering',
    votesHidden: 'Rösterna är ännu inte visade.',
    rank: 'Plats',
    points: 'Poäng',
    byOrganisation: 'Per organisation',
    mode: (mode: string, dots: number) => (mode === 'dots' ? `Prickröstning, ${dots} prickar per deltagare.` : 'Hundra poäng per deltagare.'),
    focusAreas: 'Strategiska fokusområden',
    from: 'Från',
    targetPicture: 'Gemensam målbild',
    noTargetPicture: 'Målbilden är inte skriven.',
    draft: (id: number) => `Planutkastet (plan ${id}) har gjorts av fokusområdena och aktivitetshypotesen.`,
    noDraft: 'Något planutkast har inte gjorts ännu.',
    decisions: 'Beslut',
  },
  da: {
    subtitle: 'Dokumentation af workshop',
    participants: 'Deltagere',
    facilitator: 'facilitator',
    agenda: 'Program',
    day: 'Dag',
    am: 'formiddag',
    pm: 'eftermiddag',
    definitions: 'Fælles definitioner',
    term: 'Begreb',
    definition: 'Definition',
    consensus: 'Enighed',
    positions: 'Holdninger',
    agreed: 'Enige',
    disputed: 'Uenighed',
    open: 'Åben',
    agree: 'er enig',
    disagree: 'er uenig',
    comment: 'kommenterer',
    missing: 'Har ikke svaret',
    exercises: { conditions: 'Fælles forudsætninger', brainstorm: 'Idéer', swot: 'SWOT-analyse', gap: 'Gap-analyse', activities: 'Hypotese til aktivitetsplan', definitions: 'Definitioner' },
    card: 'Kort',
    organisation: 'Organisation',
    cluster: 'Gruppe',
    none: '–',
    perspective: 'Perspektiv',
    quadrant: 'Kvadrant',
    stage: 'Stadie',
    quadrants: { strength: 'Styrke', weakness: 'Svaghed', opportunity: 'Mulighed', threat: 'Trussel' },
    stages: { today: 'I dag', target: 'Målbillede' },
    gapByArea: 'Gabet pr. område: i dag og målbillede',
    area: 'Område',
    noArea: 'Uden område',
    who: 'Hvem',
    when: 'Hvornår',
    hidden: (n: number) => `${n} kort er endnu ikke vist.`,
    votes: 'Prioritering',
    votesHidden: 'Stemmerne er endnu ikke vist.',
    rank: 'Plads',
    points: 'Point',
    byOrganisation: 'Pr. organisation',
    mode: (mode: string, dots: number) => (mode === 'dots' ? `Prikafstemning, ${dots} prikker pr. deltager.` : 'Hundrede point pr. deltager.'),
    focusAreas: 'Strategiske fokusområder',
    from: 'Fra',
    targetPicture: 'Fælles målbillede',
    noTargetPicture: 'Målbilledet er ikke skrevet.',
    draft: (id: number) => `Planudkastet (plan ${id}) er lavet ud fra fokusområderne og aktivitetshypotesen.`,
    noDraft: 'Der er endnu ikke lavet et planudkast.',
    decisions: 'Beslutninger',
  },
  en: {
    subtitle: 'Workshop documentation',
    participants: 'Participants',
    facilitator: 'facilitator',
    agenda: 'Agenda',
    day: 'Day',
    am: 'morning',
    pm: 'afternoon',
    definitions: 'Shared definitions',
    term: 'Term',
    definition: 'Definition',
    consensus: 'Consensus',
    positions: 'Positions',
    agreed: 'Agreed',
    disputed: 'Disputed',
    open: 'Open',
    agree: 'agrees',
    disagree: 'disagrees',
    comment: 'comments',
    missing: 'Not yet answered',
    exercises: { conditions: 'Shared conditions', brainstorm: 'Ideas', swot: 'SWOT analysis', gap: 'Gap analysis', activities: 'Activity plan hypothesis', definitions: 'Definitions' },
    card: 'Card',
    organisation: 'Organisation',
    cluster: 'Cluster',
    none: '–',
    perspective: 'Perspective',
    quadrant: 'Quadrant',
    stage: 'Stage',
    quadrants: { strength: 'Strength', weakness: 'Weakness', opportunity: 'Opportunity', threat: 'Threat' },
    stages: { today: 'Today', target: 'Target picture' },
    gapByArea: 'The gap per area: today and target picture',
    area: 'Area',
    noArea: 'No area',
    who: 'Who',
    when: 'When',
    hidden: (n: number) => `${n} cards are not revealed yet.`,
    votes: 'Prioritisation',
    votesHidden: 'The votes are not revealed yet.',
    rank: 'Rank',
    points: 'Points',
    byOrganisation: 'By organisation',
    mode: (mode: string, dots: number) => (mode === 'dots' ? `Dot voting, ${dots} dots per participant.` : 'A hundred points per participant.'),
    focusAreas: 'Strategic focus areas',
    from: 'From',
    targetPicture: 'Shared target picture',
    noTargetPicture: 'The target picture has not been written.',
    draft: (id: number) => `The draft plan (plan ${id}) was made from the focus areas and the activity hypothesis.`,
    noDraft: 'No draft plan has been made yet.',
    decisions: 'Decisions',
  },
} satisfies Record<Lang, unknown>;

/**
 * The workshop's documentation: every card (by organisation, in its cluster), every position on a
 * definition, the votes, the focus areas with the cards they came from, the målbild and the draft
 * plan. Built from the reader's own view of the workshop, so it never shows what they may not see.
 */
export function buildWorkshopDocument(state: WorkshopState, lang: Lang, today: string): DocumentModel {
  const w = WORDS[lang];
  const orgName = new Map(state.organisations.map((o) => [o.id, o.name]));
  const cardText = new Map(state.cards.map((c) => [c.id, c.text]));
  const clusterName = new Map(state.clusters.map((c) => [c.id, c.name]));
  const blocks: Block[] = [];

  blocks.push({ kind: 'heading', level: 1, text: w.participants });
  blocks.push({
    kind: 'bullets',
    items: state.participants.map((p) => [{ text: p.name || '—', bold: true }, { text: ` — ${orgName.get(p.organisationId) ?? state.federationName}${p.facilitator ? ` (${w.facilitator})` : ''}` }]),
  });
  blocks.push({ kind: 'heading', level: 1, text: w.agenda });
  blocks.push({ kind: 'bullets', items: state.agenda.map((a) => [{ text: `${w.day} ${a.day}, ${a.half === 'am' ? w.am : w.pm}: `, bold: true }, { text: a.title }]) });

  blocks.push({ kind: 'heading', level: 1, text: w.definitions });
  const defs = state.cards.filter((c) => c.exercise === 'definitions');
  if (defs.length > 0) {
    blocks.push({
      kind: 'table',
      columns: [
        { header: w.term, width: 2 },
        { header: w.definition, width: 4 },
        { header: w.consensus, width: 1 },
        { header: w.positions, width: 4 },
      ],
      rows: defs.map((c): Cell[] => {
        const d = state.definitions.find((x) => x.cardId === c.id);
        const positions = (d?.positions ?? []).map((p) => `${orgName.get(p.organisationId) ?? p.organisationId} ${w[p.position]}${p.comment ? `: ${p.comment}` : ''}`);
        if (d && d.missing.length > 0) positions.push(`${w.missing}: ${d.missing.map((id) => orgName.get(id) ?? id).join(', ')}`);
        return [c.term ?? w.none, c.text ?? w.none, d ? w[d.state] : w.open, positions.join('; ')];
      }),
    });
  }

  for (const exercise of ['conditions', 'brainstorm', 'swot', 'gap', 'activities'] as const) {
    const cards = state.cards.filter((c) => c.exercise === exercise);
    if (cards.length === 0) continue;
    blocks.push({ kind: 'heading', level: 1, text: w.exercises[exercise] });
    const visible = cards.filter((c) => c.text !== null);
    const extra = exercise === 'swot' ? w.quadrant : exercise === 'gap' ? w.stage : exercise === 'activities' ? `${w.who} / ${w.when}` : w.perspective;
    blocks.push({
      kind: 'table',
      columns: [
        { header: w.card, width: 5 },
        { header: w.organisation, width: 2 },
        { header: w.cluster, width: 2 },
        { header: extra, width: 2 },
      ],
      rows: visible.map((c): Cell[] => [
        c.text!,
        c.organisationName,
        c.clusterId !== null ? (clusterName.get(c.clusterId) ?? w.none) : w.none,
        exercise === 'swot'
          ? `${c.quadrant ? w.quadrants[c.quadrant] : w.none}${c.perspective ? ` (${c.perspective})` : ''}`
          : exercise === 'gap'
            ? `${c.stage ? w.stages[c.stage] : w.none}${c.perspective ? ` (${c.perspective})` : ''}`
            : exercise === 'activities'
              ? `${c.who || w.none} / ${c.when || w.none}`
              : (c.perspective ?? w.none),
      ]),
    });
    if (visible.length < cards.length) blocks.push(para(w.hidden(cards.length - visible.length), 'small'));
    if (exercise === 'gap') blocks.push(...gapByArea(visible, state.clusters.filter((k) => k.exercise === 'gap'), w));
  }

  blocks.push({ kind: 'heading', level: 1, text: w.votes });
  blocks.push(para(w.mode(state.voting.mode, state.voting.dotsPerPerson)));
  if (!state.voting.revealed) blocks.push(para(w.votesHidden));
  else {
    const voted = state.voting.cards.filter((c) => (c.total ?? 0) > 0);
    blocks.push({
      kind: 'table',
      columns: [
        { header: w.rank, width: 1, align: 'right' },
        { header: w.card, width: 5 },
        { header: w.points, width: 1, align: 'right' },
        { header: w.byOrganisation, width: 4 },
      ],
      rows: voted.map((c): Cell[] => [
        { runs: [{ text: String(c.rank) }], align: 'right' },
        cardText.get(c.cardId) ?? w.none,
        { runs: [{ text: String(c.total) }], align: 'right' },
        c.byOrganisation.map((o) => `${orgName.get(o.organisationId) ?? o.organisationId} ${o.points}`).join(', '),
      ]),
    });
  }

  blocks.push({ kind: 'heading', level: 1, text: w.decisions });
  blocks.push({ kind: 'heading', level: 2, text: w.targetPicture });
  blocks.push(...(state.targetPicture.trim() ? paragraphs(state.targetPicture, 'lead') : [para(w.noTargetPicture)]));
  blocks.push({ kind: 'heading', level: 2, text: w.focusAreas });
  for (const area of state.focusAreas) {
    blocks.push({ kind: 'heading', level: 3, text: area.name });
    blocks.push({
      kind: 'bullets',
      items: area.cardIds.map((id) => {
        const c = state.cards.find((x) => x.id === id);
        return [{ text: c?.text ?? w.none }, { text: ` — ${w.from.toLowerCase()} ${c?.organisationName ?? w.none}`, italic: true }];
      }),
    });
  }
  blocks.push(para(state.draftPlanId !== null ? w.draft(state.draftPlanId) : w.noDraft));

  return {
    title: state.title,
    subtitle: w.subtitle,
    meta: [state.federationName, today],
    runningHeader: `${state.federationName} — ${state.title}`,
    lang,
    blocks,
  };
}

/** The gap analysis as the room reads it (GapTable on screen): per area, what stands today and what the target picture says. */
function gapByArea(cards: readonly WorkshopCard[], clusters: readonly { id: number; name: string }[], w: (typeof WORDS)[Lang]): Block[] {
  const rows = gapRows(cards, clusters);
  if (rows.length === 0) return [];
  const list = (items: readonly WorkshopCard[]) => items.map((c) => `${c.text} (${c.organisationName})`).join('; ') || '–';
  return [
    { kind: 'heading', level: 2, text: w.gapByArea },
    {
      kind: 'table',
      columns: [
        { header: w.area, width: 2 },
        { header: w.stages.today, width: 4 },
        { header: w.stages.target, width: 4 },
      ],
      rows: rows.map((r): Cell[] => [r.area ?? w.noArea, list(r.today), list(r.target)]),
    },
  ];
}
