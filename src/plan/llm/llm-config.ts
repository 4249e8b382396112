/**
 * Settings of the optional LLM planner, read from the environment. The
 * planner is off unless both a base URL and a model are given.
 *
 *   DIORAMA_LLM_BASE_URL    OpenAI-compatible API root, e.g. http://localhost:11434/v1
 *   DIORAMA_LLM_MODEL       model name, e.g. llama3.1
 *   DIORAMA_LLM_API_KEY     bearer token (optional for local servers)
 *   DIORAMA_LLM_TIMEOUT_MS  how long to wait before falling back (default 20000)
 */
export interface LlmConfig {
  readonly baseUrl: string;
  readonly model: string;
  readonly apiKey: string | null;
  readonly timeoutMs: number;
}

/** Default wait for an answer before the embedded planner takes over. */
export const DEFAULT_LLM_TIMEOUT_MS = 20_000;

/** The LLM settings in an environment, or null when the LLM planner is not configured. */
export function llmConfigFromEnv(env: NodeJS.ProcessEnv = process.env): LlmConfig | null {
  const baseUrl = env.DIORAMA_LLM_BASE_URL?.trim();
  const model = env.DIORAMA_LLM_MODEL?.trim();
  if (!baseUrl || !model) return null;
  const timeout = Number(env.DIORAMA_LLM_TIMEOUT_MS);
  return {
    baseUrl: baseUrl.replace(/\/+$/, ''),
    model,
    apiKey: env.DIORAMA_LLM_API_KEY?.trim() || null,
    timeoutMs: Number.isFinite(timeout) && timeout > 0 ? Math.min(timeout, 600_000) : DEFAULT_LLM_TIMEOUT_MS,
  };
}
