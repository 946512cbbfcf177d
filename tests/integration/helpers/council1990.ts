/**
 * A custom roster for admin-API tests: the Security Council of 1990 (the Council of
 * resolution 678), with Kuwait and Iraq invited. ISO codes of the time (SUN, ZAR).
 */
export const council1990 = {
  id: 'unsc-1990',
  name: 'Security Council (1990)',
  agenda: ['The situation between Iraq and Kuwait'],
  members: [
    { code: 'CAN', name: 'Canada', shortName: 'Canada', p5: false },
    { code: 'CHN', name: 'China', shortName: 'China', p5: true },
    { code: 'COL', name: 'Colombia', shortName: 'Colombia', p5: false },
    { code: 'CIV', name: "Côte d'Ivoire", shortName: "Côte d'Ivoire", p5: false },
    { code: 'CUB', name: 'Cuba', shortName: 'Cuba', p5: false },
    { code: 'ETH', name: 'Ethiopia', shortName: 'Ethiopia', p5: false },
    { code: 'FIN', name: 'Finland', shortName: 'Finland', p5: false },
    { code: 'FRA', name: 'France', shortName: 'France', p5: true },
    { code: 'MYS', name: 'Malaysia', shortName: 'Malaysia', p5: false },
    { code: 'ROU', name: 'Romania', shortName: 'Romania', p5: false },
    { code: 'SUN', name: 'Union of Soviet Socialist Republics', shortName: 'USSR', p5: true },
    {
      code: 'GBR',
      name: 'United Kingdom of Great Britain and Northern Ireland',
      shortName: 'United Kingdom',
      p5: true,
    },
    { code: 'USA', name: 'United States of America', shortName: 'United States', p5: true },
    { code: 'YEM', name: 'Yemen', shortName: 'Yemen', p5: false },
    { code: 'ZAR', name: 'Zaire', shortName: 'Zaire', p5: false },
  ],
  invitees: [
    { code: 'KWT', name: 'Kuwait', shortName: 'Kuwait' },
    { code: 'IRQ', name: 'Iraq', shortName: 'Iraq' },
  ],
  rules: { closureThreshold: 10 },
};
