export * from './actor.ts';
export * from './rulesProfile.ts';
export * from './rulesDefaults.ts';
export * from './template.ts';
export * from './committee/index.ts';
export * from './projection.ts';
export * from './clockOffset.ts';
export * from './journal/index.ts';
