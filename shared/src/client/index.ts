export * from './committeeClient.ts';
