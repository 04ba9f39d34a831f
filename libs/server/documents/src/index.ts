export * from './lib/result-document';
