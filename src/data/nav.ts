/** The site's views: the header navigation and the home page's entry points. Each view adds itself here. */
export interface NavItem {
  readonly path: string;
  readonly label: string;
  /** One sentence for the home page; items without one stay out of the entry points. */
  readonly blurb?: string;
}

export const NAV: readonly NavItem[] = [
  { path: 'browse/', label: 'Browse', blurb: 'Every approach, criterion, use case, trade-off, technique, pitfall, tool and source, by kind.' },
  { path: 'graph/', label: 'Graph', blurb: 'See how criteria, use cases, trade-offs and approaches connect, and follow any relation.' },
  { path: 'about/', label: 'About' },
];
