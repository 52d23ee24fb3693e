import type { APIRoute } from 'astro';
import { dataPackage } from '../../data/schema-export.ts';
import pkg from '../../../package.json';

export const GET: APIRoute = ({ site }) =>
  new Response(JSON.stringify(dataPackage(site!.href, pkg.version), null, 2) + '\n', { headers: { 'Content-Type': 'application/json' } });
