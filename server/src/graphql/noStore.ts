/**
 * Every GraphQL answer is marked `cache-control: no-store`. Apollo's built-in cache-control plugin did this before,
 * but it also wraps every field resolver to collect per-field cache hints, which this API never sets, so every field of
 * every answer paid for a hook and a policy object. That plugin is turned off (ApolloServerPluginCacheControlDisabled)
 * and this one keeps its one visible effect, the header.
 */
import type { ApolloServerPlugin } from '@apollo/server';

export function noStorePlugin<TContext extends object>(): ApolloServerPlugin<TContext> {
  return {
    requestDidStart() {
      return Promise.resolve({
        willSendResponse({ response }) {
          response.http.headers.set('cache-control', 'no-store');
          return Promise.resolve();
        },
      });
    },
  };
}
