export * from './actor.ts';
export * from './rulesProfile.ts';
export * from './template.ts';
