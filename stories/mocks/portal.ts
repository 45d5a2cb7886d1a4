import { http, HttpResponse } from 'msw';
import { exampleAgencies, exampleLeaders, examplePortal } from '@vn-portal/schema/examples';
import { answer, type MockApi } from './api.js';

// Leaders' photos live on the portal (`https://portal.binhson.example/media/…`): any of them is
// answered with a neutral silhouette.
const portrait =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 30 40" width="300" height="400"><rect width="30" height="40" fill="#c9ced6"/><circle cx="15" cy="14" r="7" fill="#5b6470"/><rect x="5" y="24" width="20" height="16" rx="8" fill="#5b6470"/></svg>';
export const photos = http.get(`${new URL(examplePortal.url).origin}/media/*`, () =>
  HttpResponse.text(portrait, { headers: { 'Content-Type': 'image/svg+xml' } }),
);

export const portalMocks: MockApi = {
  getPortal: answer('getPortal', examplePortal),
  listLeaders: answer('listLeaders', exampleLeaders),
  listAgencies: answer('listAgencies', exampleAgencies),
};
