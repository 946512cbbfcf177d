import { describe, expect, it } from 'vitest';
import { defaultRulesProfile } from './rulesDefaults.ts';
import { rulesProfileSchema } from './rulesProfile.ts';

describe('rules profile', () => {
  it('the schema fills every point with the plain defaults the web app shows', () => {
    expect(rulesProfileSchema.parse({})).toEqual(defaultRulesProfile);
    expect(Object.keys(defaultRulesProfile).sort()).toEqual(
      Object.keys(rulesProfileSchema.shape).sort(),
    );
  });
});
