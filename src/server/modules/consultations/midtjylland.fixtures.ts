import type { FastifyInstance } from 'fastify';
import { readStrategispor, STRATEGISPOR_TITLE } from './strategispor.fixtures';

/**
 * Region Midtjylland (Danish, its own model) with seed 003's Strategispor written through the
 * plan services' routes: the five spor at the top and their indsatser. Used by the consultation tests.
 */
export async function writeMidtjylland(app: FastifyInstance, cookie: string): Promise<{ organisationId: number; planId: number; sporIds: number[] }> {
  const post = async (url: string, payload: Record<string, unknown>) => {
    const res = await app.inject({ method: 'POST', url, headers: { cookie }, payload });
    if (res.statusCode >= 300) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
    return res.json<{ id: number }>();
  };
  const { id: organisationId } = await post('/api/organisations', { name: 'Region Midtjylland', language: 'da', template: 'midtjylland' });
  const { id: planId } = await post(`/api/organisations/${organisationId}/plans`, { title: STRATEGISPOR_TITLE, startYear: 2016, endYear: 2019 });
  const sporIds: number[] = [];
  for (const spor of readStrategispor().spor) {
    const { id } = await post(`/api/plans/${planId}/nodes`, { parentId: null, levelKey: 'track', name: spor.title });
    sporIds.push(id);
    for (const initiative of spor.initiatives) await post(`/api/plans/${planId}/nodes`, { parentId: id, levelKey: 'initiative', name: initiative });
  }
  return { organisationId, planId, sporIds };
}
