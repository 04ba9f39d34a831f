import { ANSWER_TTL_MS, CatalogueAnswerCache } from './catalogue-answer-cache';

describe('CatalogueAnswerCache', () => {
  it('should serve an answer by its exact URL until it is too old', () => {
    const cache = new CatalogueAnswerCache();
    cache.set('/api/v1/procedures?q=khai%20sinh', '{"items":[]}', 1000);
    expect(cache.get('/api/v1/procedures?q=khai%20sinh', 1000 + ANSWER_TTL_MS - 1)?.toString('utf8')).toBe('{"items":[]}');
    expect(cache.get('/api/v1/procedures?q=khai%20sinh&size=5', 1001)).toBeNull();
    expect(cache.get('/api/v1/procedures?q=khai%20sinh', 1000 + ANSWER_TTL_MS)).toBeNull();
  });

  it('should forget everything when the catalogue changes, and the oldest entry when full', () => {
    const cache = new CatalogueAnswerCache();
    for (let index = 0; index <= 2000; index += 1) cache.set(`/api/v1/procedures?page=${index}`, String(index), 5);
    expect(cache.get('/api/v1/procedures?page=0', 6)).toBeNull();
    expect(cache.get('/api/v1/procedures?page=2000', 6)?.toString('utf8')).toBe('2000');
    cache.clear();
    expect(cache.get('/api/v1/procedures?page=2000', 6)).toBeNull();
  });
});
