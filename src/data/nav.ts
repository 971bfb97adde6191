/** The site's views: the header navigation and the home page's entry points. Each view adds itself here. */
export interface NavItem {
  readonly path: string;
  readonly label: string;
  /** One sentence for the home page; items without one stay out of the entry points. */
  readonly blurb?: string;
}

export const NAV: readonly NavItem[] = [
  { path: 'decide/', label: 'Decide', blurb: 'Answer the questions that matter for your system and get RAG, fine-tuning or both ranked, with every reason, its sources and what would flip the answer.' },
  { path: 'graph/', label: 'Graph', blurb: 'See how criteria, use cases, trade-offs and approaches connect, and follow any relation.' },
  { path: 'cost/', label: 'Cost', blurb: 'When does fine-tuning’s upfront bill beat retrieval’s per-query tokens? Cumulative cost over time and the crossover month, from the articles’ figures.' },
  { path: 'evidence/', label: 'Evidence', blurb: 'What controlled studies measured where the articles disagree: every finding with its figure, models, task and the claims it bears on, in one sortable table.' },
  { path: 'browse/', label: 'Browse', blurb: 'Every approach, criterion, use case, trade-off, technique, pitfall, tool, source and finding, by kind.' },
  { path: 'about/', label: 'About' },
];
