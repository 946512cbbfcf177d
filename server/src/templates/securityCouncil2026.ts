import { defaultRulesProfile, type CommitteeTemplate } from '@placard/shared';

/**
 * The committee Placard ships with: the Security Council of 2026 on drug cartels in
 * Mexico and South America, Mexico invited without vote, default rules. The briefing is
 * the user's background guide (the seed) as structured data, its wording kept as written.
 */
export const securityCouncil2026: CommitteeTemplate = {
  name: 'Security Council',
  agenda: ['Transnational organized crime: drug cartels in Mexico and South America'],
  // In the English alphabetical order of official names (the order of roll calls).
  members: [
    { code: 'BHR', name: 'Bahrain', shortName: 'Bahrain', p5: false },
    { code: 'CHN', name: 'China', shortName: 'China', p5: true },
    { code: 'COL', name: 'Colombia', shortName: 'Colombia', p5: false },
    {
      code: 'COD',
      name: 'Democratic Republic of the Congo',
      shortName: 'DR Congo',
      p5: false,
    },
    { code: 'DNK', name: 'Denmark', shortName: 'Denmark', p5: false },
    { code: 'FRA', name: 'France', shortName: 'France', p5: true },
    { code: 'GRC', name: 'Greece', shortName: 'Greece', p5: false },
    { code: 'LVA', name: 'Latvia', shortName: 'Latvia', p5: false },
    { code: 'LBR', name: 'Liberia', shortName: 'Liberia', p5: false },
    { code: 'PAK', name: 'Pakistan', shortName: 'Pakistan', p5: false },
    { code: 'PAN', name: 'Panama', shortName: 'Panama', p5: false },
    { code: 'RUS', name: 'Russian Federation', shortName: 'Russia', p5: true },
    { code: 'SOM', name: 'Somalia', shortName: 'Somalia', p5: false },
    {
      code: 'GBR',
      name: 'United Kingdom of Great Britain and Northern Ireland',
      shortName: 'United Kingdom',
      p5: true,
    },
    { code: 'USA', name: 'United States of America', shortName: 'United States', p5: true },
  ],
  invitees: [{ code: 'MEX', name: 'United Mexican States', shortName: 'Mexico' }],
  rules: defaultRulesProfile,
  briefing: {
    topic: 'Transnational organized crime: drug cartels in Mexico and South America',
    overview: [
      'Drug trafficking and organized crime in Mexico and South America remain major transnational security challenges. Powerful cartels like the Sinaloa Cartel, Jalisco New Generation Cartel, and various Colombian and Venezuelan networks control production, distribution, and smuggling of illegal drugs such as cocaine, methamphetamine, and increasingly fentanyl precursors. These networks erode rule of law, fuel corruption, and worsen violence that affects civilians, undermines local governance, and spills across borders.',
      'The UN addresses drug trafficking through agencies such as the United Nations Office on Drugs and Crime (UNODC), which supports member states with research, training, legal advice, and international cooperation. The UN Security Council, typically focused on threats to international peace and security, increasingly considers organized crime when it significantly destabilizes regions – as can be seen in South America.',
      'A central issue for the Security Council is whether large-scale cartel violence should be classified as a threat to international peace and security. While some argue that the destabilising effects of drug trafficking justify Council attention, others maintain that expanding the Council’s mandate risks undermining national sovereignty and over-securitising criminal justice issues.',
      'Another major debate concerns the balance between enforcement and prevention. While law enforcement operations can disrupt cartel activity, many delegations argue that long-term success requires addressing root causes such as poverty, corruption, and weak institutions. The Permanent Five differ significantly in how they prioritise these approaches, shaping the prospects for consensus within the Council.',
      'Drug cartels in Mexico and South America represent a complex transnational challenge that intersects with security, development, and human rights concerns. The Permanent Five members of the Security Council bring distinct perspectives shaped by their national interests and legal traditions. Understanding these positions is essential for effective diplomacy within a Model United Nations setting, where realistic resolutions must navigate competing priorities while promoting international cooperation and stability.',
    ],
    positions: [
      {
        code: 'USA',
        summary:
          'The U.S. faces direct consequences of drug cartel activity, with illegal drugs entering its markets and cartels smuggling weapons across the Mexico–U.S. border. The U.S. emphasizes law enforcement cooperation, intelligence sharing, and border security.\n\nBeginning in September 2025, the administration of U.S. President Donald J. Trump launched a highly controversial military campaign in the Caribbean Sea and eastern Pacific targeting vessels that the U.S. government described as linked to narcotics trafficking and “narco-terrorists.” The campaign was framed by the administration as part of a broader effort to disrupt transnational cartel networks and reduce the flow of illicit drugs toward the United States.',
        keyActions: [
          'Merida Initiative: A security cooperation agreement with Mexico providing training, equipment, and support for institutions countering organized crime.',
          'DEA (Drug Enforcement Administration) operations with Latin American partners to dismantle transnational networks.',
        ],
      },
      {
        code: 'CHN',
        summary:
          'China is primarily concerned with narcotics trafficking that affects its population and regional stability. It also focuses on precursor chemicals that flow to Latin America for synthetic drug production. China often frames drug trafficking as a development and public health issue, advocating for strong legal frameworks, state sovereignty, and cooperation through UNODC rather than Security Council intervention.',
        keyActions: [
          'China has cooperated with Latin American law enforcement to track chemical precursors and prosecute illegal shipments.',
          'It supports stronger international legal cooperation, including extradition treaties.',
        ],
      },
      {
        code: 'RUS',
        summary:
          'Russia frames drug trafficking as a global security threat that fuels instability. While most cartels are based in the Americas, Russia is concerned about drug flows into Europe and uses the topic to advance cooperation with Latin American states. Russia typically supports multilateral cooperation but prioritizes state-led security responses and partners that respect its geopolitical stance. It is cautious about any foreign intervention that might infringe on sovereignty.',
        keyActions: [
          'Russia participates in international drug control conventions and supports information exchange with Latin American partners.',
          'It also places emphasis on combating illegal financial flows tied to drug profits.',
        ],
      },
      {
        code: 'FRA',
        summary:
          'France approaches drug trafficking from a global security and public health perspective. It emphasizes the need for international legal frameworks, trafficking prevention, and addressing root causes such as poverty. France advocates for international cooperation in judicial reform, legal frameworks, and regional programs that address both supply and demand for illicit drugs.',
        keyActions: [
          'Supports UNODC initiatives on counter-drug capacity building and legal justice reform.',
          'Promotes stronger cooperation on preventing money laundering and asset recovery.',
        ],
      },
      {
        code: 'GBR',
        summary:
          'The UK links drug trafficking to broader transnational organized crime threats that undermine global security. It also focuses on drug demand reduction and public health outcomes. The UK often serves as a bridge between enforcement and prevention strategies, encouraging both law enforcement cooperation and social development programs.',
        keyActions: [
          'Contributes to international capacity-building to improve law enforcement collaboration.',
          'Backed UNODC research and policy work on reducing drug market harm.',
        ],
      },
    ],
    links: [
      { title: 'BBC: Mexico (video)', url: 'https://www.bbc.com/news/videos/cqlgz0xk5zyo' },
      { title: 'BBC: Mexico (audio)', url: 'https://www.bbc.com/audio/play/p0n3vvfx' },
      {
        title: 'Sky News: Mexico',
        url: 'https://news.sky.com/story/the-deadly-drug-raid-fuelling-speculation-about-what-the-us-is-doing-in-mexico-13535268',
      },
      {
        title: 'The Times: Mexico',
        url: 'https://www.nytimes.com/2026/04/21/world/americas/americans-cia-mexico-crash.html',
      },
      {
        title: 'The Guardian: South America',
        url: 'https://www.theguardian.com/us-news/2026/mar/05/hegseth-latin-america-drug-cartels',
      },
      {
        title: 'France 24: South America',
        url: 'https://www.france24.com/en/americas/20260307-trump-hosts-latin-america-allies-form-coalition-against-drug-cartels-shield',
      },
    ],
  },
};
