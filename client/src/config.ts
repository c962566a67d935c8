/** The client's configuration: only VITE_* variables, validated at build time's values. */
import { z } from 'zod';

const ClientEnv = z.object({
  VITE_GRAPHQL_URL: z.string().min(1).default('/graphql'),
});

const parsed = ClientEnv.safeParse(import.meta.env);
if (!parsed.success) {
  throw new Error(
    `Invalid client configuration: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
  );
}

export const clientConfig = { graphqlUrl: parsed.data.VITE_GRAPHQL_URL } as const;
